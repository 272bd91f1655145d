// The OpenAPI document as served: Redocly's recommended lint, an operationId, a tag and examples
// on every operation, every example valid against its schema, and the examples true of the
// seeded graph (replayed against it).
import { type NormalizedProblem, createConfig, lintFromString } from "@redocly/openapi-core";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, bearer, startTestApp } from "./helpers.js";

let t: TestApp;
let text: string;
let doc: any;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
  text = await (await fetch(`${t.url}/api/openapi.json`)).text();
  doc = JSON.parse(text);
});
afterAll(() => t.close());

interface Operation {
  method: string;
  path: string;
  op: any;
}

const METHODS = ["get", "put", "post", "patch", "delete"];
const operations = (): Operation[] =>
  Object.entries(doc.paths).flatMap(([path, item]: [string, any]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m, path, op: item[m] })),
  );
const name = ({ method, path }: Operation) => `${method.toUpperCase()} ${path}`;
const hasExample = (media: any) => media.example !== undefined || media.examples !== undefined;

const show = (p: NormalizedProblem) =>
  `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(", ")}`;

describe("Redocly lint (recommended ruleset)", () => {
  it("finds no errors and no warnings; examples are checked as errors", async () => {
    const strict = { severity: "error", allowAdditionalProperties: false } as const;
    const config = await createConfig({
      extends: ["recommended"],
      rules: {
        "no-invalid-media-type-examples": strict,
        "no-invalid-parameter-examples": strict,
        "no-invalid-schema-examples": strict,
        "operation-operationId": "error",
        "operation-tag-defined": "error",
      },
    });
    const problems = await lintFromString({ source: text, absoluteRef: "openapi.json", config });
    const errors = problems.filter((p) => p.severity === "error").map(show);
    const warnings = problems.filter((p) => p.severity === "warn").map(show);
    expect(errors, errors.join("\n")).toEqual([]);
    expect(warnings, warnings.join("\n")).toEqual([]);
  });
});

describe("every operation", () => {
  it("has a unique camelCase operationId and a declared tag", () => {
    const ops = operations();
    expect(ops.length).toBe(37);
    const ids = ops.map(({ op }) => op.operationId);
    for (const [i, id] of ids.entries()) expect(id, name(ops[i]!)).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const declared = doc.tags.map((tag: { name: string }) => tag.name);
    for (const o of ops) {
      expect(o.op.tags, name(o)).toHaveLength(1);
      expect(declared, name(o)).toContain(o.op.tags[0]);
    }
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
  });

  it("has examples: its body, its success answer, its path and required parameters", () => {
    const missing: string[] = [];
    for (const o of operations()) {
      for (const [type, media] of Object.entries(o.op.requestBody?.content ?? {})) {
        if (!hasExample(media)) missing.push(`${name(o)}: body ${type}`);
      }
      const success = Object.keys(o.op.responses).filter((s) => s.startsWith("2"));
      expect(success, name(o)).toHaveLength(1);
      for (const [type, media] of Object.entries(o.op.responses[success[0]!].content ?? {})) {
        if (!hasExample(media)) missing.push(`${name(o)}: ${success[0]} ${type}`);
      }
      for (const p of o.op.parameters ?? []) {
        if (p.required && !hasExample(p)) missing.push(`${name(o)}: parameter ${p.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Every example in the document: media and parameter examples, and schemas' `examples`. */
function* examplesIn(node: any, at: string): Generator<{ at: string; schema: any; value: any }> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* examplesIn(item, `${at}/${i}`);
    return;
  }
  if (!node || typeof node !== "object") return;
  if (node.schema && typeof node.schema === "object") {
    if (node.example !== undefined) yield { at, schema: node.schema, value: node.example };
    for (const [key, ex] of Object.entries<any>(node.examples ?? {})) {
      yield { at: `${at}/examples/${key}`, schema: node.schema, value: ex.value };
    }
  } else if (Array.isArray(node.examples)) {
    for (const value of node.examples) yield { at, schema: node, value };
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") yield* examplesIn(value, `${at}/${key}`);
  }
}

describe("the examples", () => {
  it("each validate against their schema (ajv, JSON Schema 2020-12, no coercion)", () => {
    // The ajv package fastify validates requests with (8; the top-level ajv is eslint's 6).
    const fromHere = createRequire(import.meta.url);
    const fromFastify = createRequire(fromHere.resolve("fastify"));
    const fromCompiler = createRequire(fromFastify.resolve("@fastify/ajv-compiler"));
    const { Ajv2020 } = fromCompiler("ajv/dist/2020.js");
    const addFormats = fromCompiler("ajv-formats").default;
    // No coercion, no defaults, nothing removed: stricter than fastify, which drops unknown fields.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // Shared shapes are referenced as #/components/schemas/<name>: give them a home ajv resolves.
    ajv.addSchema({ $id: "components", $defs: doc.components.schemas });
    const inComponents = (schema: unknown) =>
      JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/'),
      );

    const found = [
      ...examplesIn(doc.paths, "#/paths"),
      ...examplesIn(doc.components, "#/components"),
    ];
    expect(found.length).toBeGreaterThan(100);
    const invalid: string[] = [];
    for (const { at, schema, value } of found) {
      const validate = ajv.compile(inComponents(schema));
      if (!validate(value)) invalid.push(`${at}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(invalid).toEqual([]);
  });

  /** An operation's path and query string from its parameters' examples. */
  function exampleUrl({ path, op }: Operation) {
    const query = new URLSearchParams();
    let url = path;
    for (const p of op.parameters ?? []) {
      if (p.example === undefined) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(p.example));
      else query.set(p.name, String(p.example));
    }
    return query.size > 0 ? `${url}?${query}` : url;
  }

  /** Calls an operation with its examples; its status (and, when not ok, what it said). */
  async function replay(o: Operation) {
    const media = o.op.requestBody?.content["application/json"];
    const res = await fetch(`${t.url}${exampleUrl(o)}`, {
      method: o.method.toUpperCase(),
      headers: {
        ...bearer(t.adminKey),
        ...(media ? { "content-type": "application/json" } : {}),
      },
      body: media ? JSON.stringify(media.example) : undefined,
    });
    const body = await res.text();
    return { status: `${name(o)}: ${res.status}${res.ok ? "" : ` ${body.slice(0, 200)}`}`, body };
  }

  /** Reads whose example is their very answer on the seeded graph, timestamps aside. */
  const EXACT = [
    ...["getConcept", "getRelation", "getRelationType", "getNote", "getNeighborhood"],
    ...["findPaths", "exportGraph", "getChangesCursor"],
  ];
  const stamps = /"(createdAt|updatedAt)":"[^"]*"/g;
  const withoutStamps = (json: string) => JSON.parse(json.replace(stamps, '"$1":"(time)"'));

  it("find what they name in the seeded graph: every read answers 200 with them", async () => {
    const reads = operations().filter((o) => o.method === "get");
    const answers = await Promise.all(reads.map(replay));
    expect(answers.map((a) => a.status)).toEqual(reads.map((o) => `${name(o)}: 200`));
    // When one of these fails, the seed changed: bring src/api/rest/examples.ts up to date.
    const exact = reads.flatMap((o, i) => (EXACT.includes(o.op.operationId) ? [i] : []));
    expect(exact).toHaveLength(EXACT.length);
    for (const i of exact) {
      const example = reads[i]!.op.responses["200"].content["application/json"].example;
      const body = answers[i]!.body;
      if (typeof example === "string") expect(body, name(reads[i]!)).toBe(example);
      else
        expect(withoutStamps(body), name(reads[i]!)).toEqual(
          withoutStamps(JSON.stringify(example)),
        );
    }
  });

  it("are accepted: every write, replayed in turn (deletes last), succeeds", async () => {
    const order = ["post", "put", "patch"];
    const byMethod = (method: string) => operations().filter((o) => o.method === method);
    // Deletes in reverse: an alias, a relation, ... before the concept they belong to.
    const writes = [...order.flatMap(byMethod), ...byMethod("delete").reverse()];
    const answers: string[] = [];
    for (const o of writes) answers.push((await replay(o)).status);
    const success = (o: Operation) => Object.keys(o.op.responses).find((s) => s.startsWith("2"));
    expect(answers).toEqual(writes.map((o) => `${name(o)}: ${success(o)}`));
  });
});
