import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanSecrets } from "../src/graph/secrets/index.js";
import { type TestApp, bearer, startTestApp } from "./helpers.js";
import { CONTEXTS, type Sample, secretSamples } from "./secret-corpus.js";

/**
 * Every write path over real HTTP (GraphQL and REST), with every kind of credential of the
 * generated corpus: refused with BAD_USER_INPUT naming the field, line and kind, never echoed;
 * afterwards no fragment of any of them is in the database (history and search index included),
 * the change feed, an export or the logs. Imports redact each whole and report where.
 */

const samples = secretSamples();
const fragments = samples.flatMap((s) => s.fragments);

type Send = (t: TestApp, text: string) => Promise<Refusal>;
interface Refusal {
  code?: unknown;
  field?: unknown;
  line?: unknown;
  kind?: unknown;
  message?: unknown;
}

const gql =
  (query: string, vars: (text: string) => Record<string, unknown>) =>
  async (t: TestApp, text: string) => {
    const e = (await t.gql(query, vars(text))).errors?.[0];
    return { ...e?.extensions, message: e?.message };
  };

async function rest(t: TestApp, method: string, path: string, body?: unknown) {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: { ...bearer(t.adminKey), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

const viaRest =
  (method: string, path: (text: string) => string, body: ((text: string) => unknown) | null) =>
  async (t: TestApp, text: string) =>
    (await rest(t, method, path(text), body?.(text))).body.error as Refusal;

const CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const concept = (over: Record<string, unknown>) => ({
  input: { slug: "c-new", name: "New", kind: "component", summary: "A concept.", ...over },
});

/** Each write slot: the field the refusal must name, and how to send text to it. */
const SLOTS: [field: string, send: Send][] = [
  ["input.slug", gql(CONCEPT, (x) => concept({ slug: x }))],
  ["input.name", gql(CONCEPT, (x) => concept({ name: x }))],
  ["input.kind", gql(CONCEPT, (x) => concept({ kind: x }))],
  ["input.summary", gql(CONCEPT, (x) => concept({ summary: x }))],
  ["input.description", gql(CONCEPT, (x) => concept({ description: x }))],
  ["input.tags[0]", gql(CONCEPT, (x) => concept({ tags: [x] }))],
  ["input.aliases[0]", gql(CONCEPT, (x) => concept({ aliases: [x] }))],
  [
    "input.sources[0].title",
    gql(CONCEPT, (x) => concept({ sources: [{ uri: "urn:x", title: x }] })),
  ],
  ["input.sources[0].uri", gql(CONCEPT, (x) => concept({ sources: [{ uri: x }] }))],
  [
    "input.description",
    gql(
      `mutation($d: String!) { updateConcept(slug: "pod", input: { description: $d }) { slug } }`,
      (x) => ({ d: x }),
    ),
  ],
  [
    "alias",
    gql(`mutation($a: String!) { addAlias(slug: "pod", alias: $a) { slug } }`, (x) => ({ a: x })),
  ],
  [
    "input.label",
    gql(
      `mutation($l: String!) { createRelationType(input: { key: "k-new", label: $l, inverseLabel: "x" }) { key } }`,
      (x) => ({ l: x }),
    ),
  ],
  [
    "input.description",
    gql(
      `mutation($d: String!) { createRelation(input: { source: "pod", type: "runs-on", target: "node", description: $d }) { id } }`,
      (x) => ({ d: x }),
    ),
  ],
  [
    "input.body",
    gql(`mutation($b: String!) { addNote(input: { concept: "pod", body: $b }) { id } }`, (x) => ({
      b: x,
    })),
  ],
  [
    "input.author",
    gql(
      `mutation($a: String!) { addNote(input: { concept: "pod", body: "ok", author: $a }) { id } }`,
      (x) => ({ a: x }),
    ),
  ],
  [
    "input.name",
    gql(
      `mutation($n: String!) { createApiKey(input: { name: $n, role: "reader" }) { secret } }`,
      (x) => ({ n: x }),
    ),
  ],
  ["text", gql(`query($q: String!) { search(text: $q) { totalCount } }`, (x) => ({ q: x }))],
  [
    "input.summary",
    viaRest(
      "POST",
      () => "/api/v1/concepts",
      (x) => concept({ summary: x }).input,
    ),
  ],
  [
    "input.description",
    viaRest(
      "PATCH",
      () => "/api/v1/concepts/pod",
      (x) => ({ description: x }),
    ),
  ],
  [
    "alias",
    viaRest(
      "POST",
      () => "/api/v1/concepts/pod/aliases",
      (x) => ({ alias: x }),
    ),
  ],
  [
    "input.body",
    viaRest(
      "POST",
      () => "/api/v1/notes",
      (x) => ({ concept: "pod", body: x }),
    ),
  ],
  [
    "input.name",
    viaRest(
      "POST",
      () => "/api/v1/keys",
      (x) => ({ name: x, role: "reader" }),
    ),
  ],
  ["text", viaRest("GET", (x) => `/api/v1/search?text=${encodeURIComponent(x)}`, null)],
];

describe("credentials on every write path", { timeout: 120_000 }, () => {
  let t: TestApp;
  const log = new PassThrough();
  let logged = "";
  log.on("data", (d: Buffer) => (logged += d.toString()));

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: "info" }, { logStream: log });
    for (const [slug, kind] of [
      ["pod", "resource"],
      ["node", "resource"],
    ]) {
      await t.gql(CONCEPT, concept({ slug, name: slug, kind }));
    }
    await t.gql(
      `mutation { createRelationType(input: { key: "runs-on", label: "runs on", inverseLabel: "runs" }) { key } }`,
    );
  });
  afterAll(() => t.close());

  const expectRefused = (r: Refusal, field: string, text: string, what: string) => {
    const first = scanSecrets(text)[0]!;
    expect(r, what).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
      line: first.line,
      kind: first.kind,
    });
    expect(r.message, what).toContain(`(${first.kind})`);
    for (const f of fragments) expect(String(r.message), what).not.toContain(f);
  };

  it("refuses every kind on every slot, naming field, line and kind", async () => {
    for (const [field, send] of SLOTS) {
      for (const s of samples) {
        expectRefused(await send(t, s.text), field, s.text, `${field} <- ${s.label}`);
      }
    }
  });

  it("refuses every context of every kind in a note body and a description", async () => {
    const slots = SLOTS.filter(([f]) => f === "input.body" || f === "input.description");
    for (const [field, send] of slots.slice(0, 2)) {
      for (const s of samples) {
        for (const c of CONTEXTS) {
          const text = c.wrap(s);
          expectRefused(await send(t, text), field, text, `${field} <- ${s.label} ${c.name}`);
        }
      }
    }
  });

  it("redacts a credential echoed in a path (404) and in the logs", async () => {
    for (const s of samples.filter((x: Sample) => !/\s/.test(x.text))) {
      const res = await rest(t, "GET", `/api/v1/nothing/${encodeURIComponent(s.text)}`);
      expect(res.status).toBe(404);
      for (const f of s.fragments) expect(JSON.stringify(res.body)).not.toContain(f);
      await rest(t, "GET", `/api/v1/concepts/${encodeURIComponent(s.text)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(logged).toContain("request completed");
    for (const f of fragments) expect(logged).not.toContain(f);
  });

  it("left nothing of any of them in the database, history, search, changes or an export", async () => {
    const stored = await t.storedText();
    const changes = await rest(t, "GET", "/api/v1/changes?first=100");
    const exported = await (await fetch(`${t.url}/api/v1/export?format=json`)).text();
    for (const f of fragments) {
      expect(stored).not.toContain(f);
      expect(JSON.stringify(changes.body)).not.toContain(f);
      expect(exported).not.toContain(f);
    }
  });
});

describe("control characters on every plain slot", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.gql(CONCEPT, concept({ slug: "pod", name: "pod" }));
  });
  afterAll(() => t.close());

  const BAD = ["a\u0000b", "a\u0007b", "a\u0085b", "a\u202eb", "a\u2067b", "a\ud800b", "a\tb"];
  const PLAIN = ["input.name", "input.tags[0]", "input.aliases[0]", "input.slug"];

  /** Refused naming the field; a lone surrogate is refused sooner, by the JSON body reader, naming the variable. */
  const expectRefused = (
    res: { errors?: { extensions?: any }[] },
    fields: string[],
    what: string,
  ) => {
    expect(res.errors?.[0]?.extensions?.code, what).toBe("BAD_USER_INPUT");
    expect(fields, what).toContain(res.errors?.[0]?.extensions?.field);
  };

  it.each(BAD.map((b) => [JSON.stringify(b), b]))(
    "refuses %s in names, slugs, tags, aliases, authors",
    async (_n, bad) => {
      for (const field of PLAIN) {
        const key = field.replace(/^input\.|\[0\]$/g, "");
        const value = key === "tags" || key === "aliases" ? [bad] : bad;
        const res = await t.gql(CONCEPT, concept({ [key]: value }));
        expectRefused(res, [field, `variables.${field}`], `${field} ${JSON.stringify(bad)}`);
      }
      const note = await t.gql(
        `mutation($a: String!) { addNote(input: { concept: "pod", body: "ok", author: $a }) { id } }`,
        { a: bad },
      );
      expectRefused(note, ["input.author", "variables.a"], `author ${JSON.stringify(bad)}`);
    },
  );

  it("keeps line breaks and tabs in descriptions and notes, refuses the rest there too", async () => {
    const ok = await t.gql(
      `mutation($b: String!) { addNote(input: { concept: "pod", body: $b }) { body } }`,
      { b: "line one\n\tindented\r\nline three" },
    );
    expect(ok.errors).toBeUndefined();
    for (const bad of BAD.filter((b) => !b.includes("\t"))) {
      const res = await t.gql(
        `mutation($d: String!) { updateConcept(slug: "pod", input: { description: $d }) { slug } }`,
        { d: bad },
      );
      expectRefused(res, ["input.description", "variables.d"], JSON.stringify(bad));
    }
  });

  it("refuses the record in an import, reporting it and changing nothing", async () => {
    const before = await t.snapshot();
    const doc = {
      format: "k8s-knowledge-graph",
      version: 1,
      concepts: [{ slug: "bidi", name: "bi\u202edi", kind: "concept", summary: "s" }],
    };
    const res = await t.gql(
      `mutation($c: String!) { importGraph(input: { format: "json", content: $c }) { created } }`,
      { c: JSON.stringify(doc) },
    );
    expect(res.errors?.[0]?.message).toMatch(/^concepts\[0\]: input\.name: contains U\+202E/);
    expect(await t.snapshot()).toBe(before);
  });
});
