import type { FastifyInstance } from "fastify";
import type { Services } from "../../graph/services.js";
import { EXPORT_FORMATS, renderExport } from "../../io/export/index.js";
import { MAX_DEPTH } from "../../io/export/neighbourhood.js";
import { IMPORT_FORMATS, type ImportRequest, runImport } from "../../io/import/index.js";
import * as S from "./schemas.js";

/** Export (and import) routes: the graph as files other tools open. */
export function ioRoutes(app: FastifyInstance, services: Services) {
  app.get<{ Querystring: { format: string; root?: string; depth?: number } }>(
    "/export",
    {
      schema: {
        tags: ["export and import"],
        summary:
          "The graph (or the neighbourhood of root) as json, graphml, dot, cypher, turtle, jsonld, csv-nodes, csv-edges or mermaid; byte-identical for the same graph.",
        querystring: {
          type: "object",
          properties: {
            format: { type: "string", enum: EXPORT_FORMATS, description: "Output format." },
            root: { type: "string", description: "Only the neighbourhood of this concept (slug)." },
            depth: {
              type: "integer",
              minimum: 0,
              maximum: MAX_DEPTH,
              description: "How many relations away from root (default 2).",
            },
          },
          required: ["format"],
        },
        response: {
          200: { description: "The export, in the format's media type.", type: "string" },
          ...S.errors(400, 404),
        },
      },
    },
    async (req, reply) => {
      const out = renderExport(await services.graphData.load(), req.query);
      const name = req.query.root ? `kg-${req.query.root}` : "kg";
      return reply
        .type(`${out.contentType}; charset=utf-8`)
        .header("content-disposition", `inline; filename="${name}.${out.extension}"`)
        .send(out.text);
    },
  );

  app.post<{ Body: ImportRequest & { dryRun?: boolean; skipInvalid?: boolean } }>(
    "/import",
    {
      schema: {
        tags: ["export and import"],
        summary:
          "Imports the project's JSON, Markdown outline notes or a Kubernetes glossary folder in one transaction; reports what was (or, with dryRun, would be) created, updated and left alone.",
        body: {
          type: "object",
          properties: {
            format: { type: "string", enum: [...IMPORT_FORMATS], description: "Input format." },
            content: { type: "string", description: "The text of one file (json, markdown)." },
            files: {
              type: "array",
              description: "The files of a glossary folder.",
              items: {
                type: "object",
                properties: { name: { type: "string" }, content: { type: "string" } },
                required: ["name", "content"],
              },
            },
            source: {
              type: "string",
              description: "URI cited on everything imported, e.g. file:///notes/k8s-notes.md.",
            },
            dryRun: { type: "boolean", description: "Report only; write nothing." },
            skipInvalid: {
              type: "boolean",
              description: "Leave out (and report) invalid records instead of importing nothing.",
            },
          },
          required: ["format"],
          additionalProperties: false,
        },
        response: { 200: S.importReport, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) => {
      const { dryRun, skipInvalid, ...request } = req.body;
      return runImport(services, request, { dryRun, skipInvalid });
    },
  );
}
