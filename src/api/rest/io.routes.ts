import { Type } from "typebox";
import type { Services } from "../../graph/services.js";
import { EXPORT_FORMATS, FORMAT_ALIASES, renderExport } from "../../io/export/index.js";
import { MAX_DEPTH } from "../../io/export/neighbourhood.js";
import { IMPORT_FORMATS, logProgress, runImport } from "../../io/import/index.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";

/** What an import did (or, with dryRun, would do), as GraphQL `ImportReport`. */
const importReport = S.partial(
  {
    dryRun: Type.Boolean(),
    created: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    skipped: Type.Integer(),
    items: Type.Array(
      S.partial({
        kind: S.str("concept, relation, relationType or note."),
        key: S.str("Slug, source|type|target or owner."),
        status: S.str("created, updated, unchanged or skipped."),
        origin: S.str("Where in the input, e.g. k8s-notes.md:12."),
      }),
      {
        description:
          "What happened to each record, in input order; at most IMPORT_REPORT_MAX_ITEMS of them (the counts are exact).",
      },
    ),
    itemsTruncated: Type.Boolean({
      description: "True when `items` was cut at IMPORT_REPORT_MAX_ITEMS.",
    }),
    problems: S.strings("Input left out, one line each."),
    redactions: Type.Array(
      S.partial({
        record: S.str('The record or file it was in: "concepts[3]", "k8s-notes.md".'),
        field: S.str('Its field ("summary"), or "content" for a file.'),
        kind: S.str("What it looked like, as in the [REDACTED:<kind>] left in its place."),
        line: Type.Integer({ description: "Its first line, in the file or the field." }),
        location: S.str('Where it was found in one: "k8s-notes.md:46", "concepts[3].summary".'),
      }),
      { description: "Credentials removed before storing, and where each was found." },
    ),
  },
  S.example(X.io.report),
);

/** Export (and import) routes: the graph as files other tools open. */
export function ioRoutes(app: S.Api, services: Services) {
  const tags = ["export and import"];
  app.get(
    "/export",
    {
      schema: {
        tags,
        operationId: "exportGraph",
        summary:
          "The graph (or the neighbourhood of root) in an export format; byte-identical for the same graph.",
        querystring: Type.Object({
          format: Type.String({
            description: `Output format: ${EXPORT_FORMATS.join(", ")}; also by the names people type (${Object.keys(FORMAT_ALIASES).join(", ")}), in any case.`,
            examples: ["dot"],
          }),
          ...S.optional({
            root: S.str("Only the neighbourhood of this concept (slug).", "etcd"),
            depth: Type.Integer({
              minimum: 0,
              maximum: MAX_DEPTH,
              description: "How many relations away from root (default 2).",
              examples: [1],
            }),
          }),
        }),
        response: {
          200: Type.String({
            description: "The export, in the format's media type.",
            examples: [X.io.dot],
          }),
          ...S.errors(400, 404),
        },
      },
    },
    async (req, reply) => {
      const out = renderExport(await services.graphData.load(), req.query, services.traversal);
      const name = req.query.root ? `kg-${req.query.root}` : "kg";
      return reply
        .type(`${out.contentType}; charset=utf-8`)
        .header("content-disposition", `inline; filename="${name}.${out.extension}"`)
        .send(out.text);
    },
  );

  app.post(
    "/import",
    {
      schema: {
        tags,
        operationId: "importGraph",
        summary:
          "Imports the project's JSON, Markdown outline notes or a Kubernetes glossary folder in one transaction; reports what was (or, with dryRun, would be) created, updated and left alone.",
        body: Type.Object(
          {
            format: S.oneOf(IMPORT_FORMATS, "Input format."),
            ...S.optional({
              content: S.str("The text of one file (json, markdown)."),
              files: Type.Array(Type.Object({ name: Type.String(), content: Type.String() }), {
                description: "The files of a glossary folder.",
              }),
              source: S.str("URI cited on everything imported, e.g. file:///notes/k8s-notes.md."),
              dryRun: Type.Boolean({ description: "Report only; write nothing." }),
              skipInvalid: Type.Boolean({
                description: "Leave out (and report) invalid records instead of importing nothing.",
              }),
            }),
          },
          S.body(X.io.import),
        ),
        response: { 200: importReport, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) => {
      const { dryRun, skipInvalid, ...request } = req.body;
      const onProgress = logProgress(req.log);
      return runImport(services, request, { dryRun, skipInvalid, onProgress });
    },
  );
}
