import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

// The competency questions of docs/questions.md (and the topic pages it links): every query runs
// on the seeded graph, and the concepts under its `answer` field must be exactly the answer that
// knowledge/merged.json gives for the question, taken from the page it cites, not from the seed.

const ROOT = path.resolve(import.meta.dirname, "..");
const DOCS = path.join(ROOT, "docs");

interface Question {
  question: string;
  answer: string[];
  /** "slug status [since]": lifecycle entries the answer must show, and the only ones of that status. */
  states?: string[];
}

interface Example {
  page: string;
  question: string;
  query: string;
}

const expected = new Map(
  (
    JSON.parse(fs.readFileSync(path.join(ROOT, "knowledge/merged.json"), "utf8")) as {
      questions: Question[];
    }
  ).questions.map((q) => [q.question, q]),
);

/** Each `### question` heading of a page with the first graphql fence under it. */
function examples(page: string): Example[] {
  const text = fs.readFileSync(path.join(DOCS, page), "utf8");
  return text
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const question = section.slice(0, section.indexOf("\n")).trim();
      const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
      return { page, question, query };
    });
}

const pages = [
  "questions.md",
  ...fs
    .readdirSync(path.join(DOCS, "questions"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `questions/${f}`),
];
const all = pages.flatMap(examples);

/** The slugs anywhere under a field named `answer`. */
function answerSlugs(value: unknown, inAnswer = false, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) answerSlugs(v, inAnswer, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "slug" && inAnswer && typeof v === "string") out.add(v);
      else answerSlugs(v, inAnswer || key === "answer", out);
    }
  }
  return out;
}

type Entry = { status: string; since: string };
const isEntry = (x: unknown): x is Entry =>
  !!x && typeof (x as Entry).status === "string" && typeof (x as Entry).since === "string";

/**
 * The lifecycle states a response shows, as "slug status since" and "slug status": a concept's
 * `lifecycle` or `status(asOf:)`, a related concept's relation `lifecycle` (read from the side of
 * the concept asked about), an entry of `changesBetween`.
 */
function statesShown(value: unknown, out = new Set<string>()): Set<string> {
  const add = (slug: string, status: string, since?: string) => {
    out.add(`${slug} ${status}`);
    if (since) out.add(`${slug} ${status} ${since}`);
  };
  if (Array.isArray(value)) for (const v of value) statesShown(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, any>;
    if (typeof o.slug === "string") {
      for (const l of Array.isArray(o.lifecycle) ? o.lifecycle : []) add(o.slug, l.status, l.since);
      if (typeof o.status === "string") add(o.slug, o.status);
    }
    const slug = o.concept?.slug;
    if (typeof slug === "string") {
      for (const l of o.relation?.lifecycle ?? []) if (isEntry(l)) add(slug, l.status, l.since);
      if (isEntry(o)) add(slug, o.status, o.since);
    }
    for (const v of Object.values(o)) statesShown(v, out);
  }
  return out;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

describe("docs/questions.md", () => {
  it("has at least 40 distinct questions, each known to knowledge/merged.json, with a named query", () => {
    expect(new Set(all.map((e) => e.question)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const e of all) {
      expect(expected.has(e.question), `${e.page}: "${e.question}"`).toBe(true);
      expect(e.query, e.question).toMatch(/^query [A-Z]\w+ [({]/);
    }
  });

  it("asks about lifecycle, about the graph as of a version and about what changed between two", () => {
    const queries = all.map((e) => e.query).join("\n");
    expect(queries).toMatch(/\blifecycle\b/);
    expect(queries).toMatch(/asOf: "1\.\d+"/);
    expect(queries).toMatch(/\bchangesBetween\(/);
    for (const q of [
      "What replaces PodSecurityPolicy?",
      "What happened to dockershim?",
      "Which kube-proxy modes exist and which is deprecated?",
    ])
      expect(all.map((e) => e.question)).toContain(q);
  });

  it.each(all.map((e) => [e.question, e] as const))("%s", async (_question, e) => {
    const q = expected.get(e.question)!;
    const res = await t.gql(e.query);
    expect(res.errors, e.page).toBeUndefined();
    expect([...answerSlugs(res.data)].sort(), e.page).toEqual([...q.answer].sort());
    if (!q.states) return;
    const shown = statesShown(res.data);
    for (const state of q.states) expect([...shown], e.page).toContain(state);
    // For each status the question names, nothing else shown has it ("which is deprecated?").
    for (const status of new Set(q.states.map((s) => s.split(" ")[1]))) {
      const named = q.states.filter((s) => s.split(" ")[1] === status);
      const long = named.some((s) => s.split(" ").length === 3) ? 3 : 2;
      const others = [...shown].filter(
        (s) => s.split(" ")[1] === status && s.split(" ").length === long && !named.includes(s),
      );
      expect(others, `${e.page}: other "${status}" states`).toEqual([]);
    }
  });
});
