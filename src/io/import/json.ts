import { z } from "zod";
import { BadUserInputError } from "../../errors.js";
import { hasSecret } from "../../graph/secrets/index.js";
import { JSON_FORMAT } from "../export/json.js";
import type { Status } from "../../graph/lifecycle/lifecycle.model.js";
import type { GraphData } from "../../graph/transfer/graph-data.js";
import { type ImportBatch, type Redaction, emptyBatch, redact } from "./records.js";

const citation = z.object({ uri: z.string(), locator: z.string().default("") });
const str = z.string();
const nullable = z.string().nullable().default(null);
const lifecycle = z
  .array(z.object({ status: str, since: str, cite: z.string().default("") }))
  .default([]);
const qualifiers = z
  .object({
    since: nullable,
    until: nullable,
    isDefault: z.boolean().nullable().default(null),
    note: nullable,
    cite: nullable,
  })
  .nullable()
  .default(null);

const doc = z.object({
  format: z.literal(JSON_FORMAT.name),
  version: z.literal(JSON_FORMAT.version),
  sources: z.array(z.object({ uri: str, title: str })).default([]),
  relationTypes: z
    .array(
      z.object({
        key: str,
        label: str,
        inverseLabel: str,
        description: z.string().default(""),
        sourceKinds: z.array(str).nullable().default(null),
        targetKinds: z.array(str).nullable().default(null),
        symmetric: z.boolean().default(false),
        parent: nullable,
      }),
    )
    .default([]),
  concepts: z
    .array(
      z.object({
        slug: str,
        name: str,
        kind: str,
        summary: str,
        description: z.string().default(""),
        docsUrl: nullable,
        scope: nullable,
        apiVersion: nullable,
        lifecycle,
        tags: z.array(str).default([]),
        aliases: z.array(str).default([]),
        sources: z.array(citation).default([]),
      }),
    )
    .default([]),
  relations: z
    .array(
      z.object({
        source: str,
        type: str,
        target: str,
        description: nullable,
        qualifiers,
        lifecycle,
        sources: z.array(citation).default([]),
      }),
    )
    .default([]),
  notes: z
    .array(
      z.object({
        concept: nullable,
        relation: z.object({ source: str, type: str, target: str }).nullable().default(null),
        body: str,
        author: nullable,
        sources: z.array(citation).default([]),
      }),
    )
    .default([]),
});

/**
 * Redacts every string of a freshly parsed JSON value in place, naming each finding by its JSON
 * path. In place and with the path built only for a finding: an import of 600k records holds
 * millions of strings, and copying them all (or their paths) costs more than the check itself.
 */
function redactDeep(value: unknown, path: (string | number)[], out: Redaction[]): unknown {
  if (typeof value === "string") {
    if (!hasSecret(value)) return value;
    // "concepts[3]" and "summary" for ["concepts", 3, "summary"].
    const cut = path.length > 2 && typeof path[1] === "number" ? 2 : 0;
    return redact(value, out, jsonPath(path.slice(0, cut)), jsonPath(path.slice(cut)));
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      value[i] = redactDeep(value[i], path, out);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) {
      path.push(k);
      obj[k] = redactDeep(obj[k], path, out);
      path.pop();
    }
  }
  return value;
}

/** "concepts[3].summary" for ["concepts", 3, "summary"]. */
const jsonPath = (path: (string | number)[]) =>
  path.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    "",
  );

/** Reads the project's own JSON export as graph data (fields it lacks get their defaults). */
export function parseGraphJson(content: string): GraphData {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    throw new BadUserInputError("content", `is not valid JSON (${(err as Error).message})`);
  }
  const parsed = doc.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadUserInputError(
      `content.${issue.path.join(".")}`.replace(/\.$/, ""),
      issue.message,
    );
  }
  const { sources, relationTypes, concepts, relations, notes } = parsed.data;
  return {
    sources,
    relationTypes,
    concepts: concepts.map((c) => ({
      ...c,
      lifecycle: c.lifecycle.map((e) => ({ ...e, status: e.status as Status })),
    })),
    relations: relations.map((r) => ({
      ...r,
      lifecycle: r.lifecycle.map((e) => ({ ...e, status: e.status as Status })),
    })),
    notes,
  };
}

/** Parses the project's own JSON export into records (replace mode: importing it twice changes nothing). */
export function parseJsonImport(content: string): ImportBatch {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    throw new BadUserInputError("content", `is not valid JSON (${(err as Error).message})`);
  }
  const batch = emptyBatch();
  const parsed = doc.safeParse(redactDeep(raw, [], batch.redactions));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadUserInputError(
      `content.${issue.path.join(".")}`.replace(/\.$/, ""),
      `${issue.message} (expected the ${JSON_FORMAT.name} JSON export, version ${JSON_FORMAT.version})`,
    );
  }
  const d = parsed.data;
  batch.sources = d.sources;
  batch.relationTypes = d.relationTypes.map((record, i) => ({
    origin: `relationTypes[${i}]`,
    mode: "replace",
    record,
  }));
  batch.concepts = d.concepts.map((record, i) => ({
    origin: `concepts[${i}]`,
    mode: "replace",
    record,
  }));
  batch.relations = d.relations.map((record, i) => ({ origin: `relations[${i}]`, record }));
  batch.notes = d.notes.map((n, i) => ({ origin: `notes[${i}]`, ...n }));
  return batch;
}
