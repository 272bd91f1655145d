import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

/**
 * Random documents, variables, REST bodies, headers and paths thrown at the running app: every
 * answer is a client error or a success, never a 500, a stack trace, or a hang; the app still
 * answers its health check afterwards. Seeded, so a failure can be replayed (fast-check prints it).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true", BODY_LIMIT: "65536" });
});
afterAll(() => t.close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

interface Answer {
  status: number;
  text: string;
}

async function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, text: await res.text() };
}

function sane(a: Answer, what: string) {
  expect(a.status, `${what} -> ${a.text.slice(0, 300)}`).toBeLessThan(500);
  expect(a.text, what).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
  expect(a.text, what).not.toMatch(/\b(SELECT|INSERT|UPDATE) .+ FROM\b/);
}

const FIELDS = [
  "concept",
  "concepts",
  "lookup",
  "search",
  "neighborhood",
  "paths",
  "relations",
  "relation",
  "relationTypes",
  "relationType",
  "stats",
  "note",
  "history",
  "changes",
  "whoami",
  "sources",
  "slug",
  "name",
  "kind",
  "summary",
  "description",
  "related",
  "edges",
  "node",
  "nodes",
  "totalCount",
  "pageInfo",
  "label",
  "direction",
  "steps",
  "text",
  "__typename",
  "__schema",
  "__type",
  "types",
  "fields",
  "createConcept",
  "updateConcept",
  "addAlias",
  "addNote",
  "importGraph",
  "graphChanged",
  "bogus",
];
const ARGS = [
  "slug",
  "first",
  "after",
  "text",
  "depth",
  "limit",
  "from",
  "to",
  "filter",
  "input",
  "name",
  "id",
  "alias",
  "maxDepth",
];

const name = fc.constantFrom(...FIELDS);
const literal: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.integer({ min: -5, max: 1_000_000_000 }).map(String),
    fc.double({ noNaN: true }).map((d) => String(d)),
    fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
    fc.constantFrom(
      "true",
      "false",
      "null",
      "$v",
      "$first",
      "OUT",
      "IN",
      '"etcd"',
      '"pod"',
      '"\\u00e9"',
    ),
    fc.array(tie("value"), { maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...ARGS), tie("value")), { maxLength: 3 })
      .map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(", ")} }`),
  ),
})).value;

const selection: fc.Arbitrary<string> = fc.letrec<{ set: string }>((tie) => ({
  set: fc
    .array(
      fc.oneof(
        { depthSize: "small" },
        name,
        fc
          .tuple(
            fc.option(fc.constantFrom("a", "b", "x1")),
            name,
            fc.array(fc.tuple(fc.constantFrom(...ARGS), literal), { maxLength: 2 }),
            fc.option(tie("set")),
          )
          .map(
            ([alias, f, args, sub]) =>
              `${alias ? `${alias}: ` : ""}${f}${args.length ? `(${args.map(([k, v]) => `${k}: ${v}`).join(", ")})` : ""}${sub ? ` ${sub}` : ""}`,
          ),
        fc.constantFrom(
          "...F",
          "... on Concept { slug }",
          "slug @include(if: $v)",
          "name @skip(if: true)",
        ),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((xs) => `{ ${xs.join(" ")} }`),
})).set;

const document = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("query", "mutation", "subscription", "query Q($v: Boolean, $first: Int)", ""),
      selection,
      fc.option(selection),
    )
    .map(([op, sel, frag]) => `${op} ${sel}${frag ? ` fragment F on Concept ${frag}` : ""}`),
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 100, unit: "binary" }),
  fc.stringMatching(/^[{}()[\]:$@!.,"a-z0-9 \n]{0,120}$/),
  // Several operations in one document, named or not.
  fc
    .tuple(fc.constantFrom("query", "query A", "mutation", "query B"), selection, selection)
    .map(([op, a, b]) => `${op} ${a} query C ${b}`),
);

const variables = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }),
  fc.record({ v: fc.jsonValue({ maxDepth: 2 }), first: fc.jsonValue({ maxDepth: 1 }) }),
);

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant("admin"),
  fc.string({ maxLength: 60 }),
  fc.stringMatching(/^Bearer kg_[A-Za-z0-9]{0,45}$/),
);

const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,200}$/);

function headersOf(auth: string | undefined, extra: Record<string, string>) {
  const h: Record<string, string> = { ...extra };
  if (auth === "admin") h.authorization = `Bearer ${t.adminKey}`;
  else if (auth !== undefined) h.authorization = auth;
  return h;
}

describe("fuzz: no client input makes a 500, a crash or a hang", () => {
  it("random GraphQL documents and variables over POST /graphql", async () => {
    await fc.assert(
      fc.asyncProperty(
        document,
        variables,
        fc.option(fc.string({ maxLength: 10 })),
        authorization,
        async (query, vars, opName, auth) => {
          const body = JSON.stringify({
            query,
            variables: vars,
            operationName: opName ?? undefined,
          });
          const headers = headersOf(auth, { "content-type": "application/json" });
          // Twice: the second run of a document may take the compiled hot lane.
          for (let i = 0; i < 2; i++) sane(await send("POST", "/graphql", headers, body), body);
        },
      ),
      { numRuns: RUNS, seed: 20261204 },
    );
  });

  it("random bodies, content types and headers on /graphql", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom(
          "application/json",
          "application/graphql",
          "text/plain",
          "application/json; charset=latin1",
          "multipart/form-data",
          "",
          "application/x-www-form-urlencoded",
        ),
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
        authorization,
        headerValue,
        headerValue,
        async (body, type, method, auth, requestId, accept) => {
          const headers = headersOf(auth, {
            ...(type ? { "content-type": type } : {}),
            "x-request-id": requestId,
            accept: accept || "*/*",
            "apollo-require-preflight": "true",
          });
          const path = method === "GET" ? `/graphql?query=${encodeURIComponent(body)}` : "/graphql";
          sane(await send(method, path, headers, body), `${method} ${type} ${body}`);
        },
      ),
      { numRuns: RUNS, seed: 20261205 },
    );
  });

  it("random REST paths, methods and bodies", async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "api",
        "v1",
        "concepts",
        "relations",
        "relation-types",
        "notes",
        "history",
        "export",
        "import",
        "graph",
        "neighborhood",
        "paths",
        "search",
        "keys",
        "etcd",
        "pod",
        "..",
        ".",
        "",
        "%2e%2e",
        "%61pi",
        "%00",
        "%ff",
        "%ED%A0%80",
        "x".repeat(300),
      ),
      fc.stringMatching(/^[A-Za-z0-9%._~-]{0,12}$/),
    );
    const path = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `/${s.join("/")}`),
      fc
        .tuple(
          fc.constantFrom(
            "/api/v1/concepts",
            "/api/v1/relations",
            "/api/v1/search",
            "/api/v1/export",
            "/api/v1/neighborhood/etcd",
            "/api/v1/paths",
          ),
          fc.stringMatching(/^[a-z=&%0-9]{0,40}$/),
        )
        .map(([p, q]) => `${p}?${q}`),
    );
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"),
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom("application/json", "text/plain", "", "text/markdown"),
        authorization,
        async (p, method, body, type, auth) => {
          const headers = headersOf(auth, type ? { "content-type": type } : {});
          sane(await send(method, p, headers, body), `${method} ${p} ${body}`);
        },
      ),
      { numRuns: RUNS * 2, seed: 20261206 },
    );
  });

  it("still answers its health check", async () => {
    expect((await send("GET", "/healthz", {})).status).toBe(200);
  });
});
