#!/usr/bin/env node
// Merges the topic drafts (knowledge/drafts/*.json) into one graph (knowledge/merged.json) and
// reports what keeps it from being seed data: unknown slugs or types, concepts with fewer than two
// relations, missing descriptions or cites, questions whose one-hop answer differs (or whose
// lifecycle states and changes the drafts do not hold).
// Usage: node knowledge/merge.mjs [--write]
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const read = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
const vocabulary = read(path.join(here, "vocabulary.json"));
const types = new Map(vocabulary.map((t) => [t.key, t]));
/** Where a concept defined by two topics is kept from. */
const OWNER = {
  "kube-dns": "networking",
  "metrics-server": "platform",
  "liveness-probe": "workloads",
  "readiness-probe": "workloads",
  "startup-probe": "workloads",
};
const drafts = fs
  .readdirSync(path.join(here, "drafts"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => read(path.join(here, "drafts", f)));

const problems = [];
const concepts = new Map();
for (const d of drafts) {
  for (const c of d.concepts) {
    const had = concepts.get(c.slug);
    if (!had || OWNER[c.slug] === d.topic) {
      const merged = { ...c, topic: d.topic };
      if (had) {
        merged.aliases = [...new Set([...(c.aliases ?? []), ...(had.aliases ?? [])])];
        merged.tags = [...new Set([...(c.tags ?? []), ...(had.tags ?? [])])];
      }
      concepts.set(c.slug, merged);
    } else {
      had.aliases = [...new Set([...(had.aliases ?? []), ...(c.aliases ?? [])])];
    }
  }
}

const relations = new Map();
for (const d of drafts) {
  for (const r of d.relations) {
    const key = `${r.source} ${r.type} ${r.target}`;
    const had = relations.get(key);
    if (had) {
      const cites = [...had.cites, ...(r.cites ?? [])];
      had.cites = [...new Map(cites.map((c) => [`${c.source} ${c.locator}`, c])).values()];
      continue;
    }
    relations.set(key, { ...r, cites: r.cites ?? [] });
  }
}

const degree = new Map();
for (const r of relations.values()) {
  for (const end of ["source", "target"]) {
    if (!concepts.has(r[end]))
      problems.push(`relation ${r.source} ${r.type} ${r.target}: no concept ${r[end]}`);
    degree.set(r[end], (degree.get(r[end]) ?? 0) + 1);
  }
  if (!types.has(r.type)) problems.push(`relation ${r.source} ${r.type} ${r.target}: unknown type`);
  if (r.cites.length === 0) problems.push(`relation ${r.source} ${r.type} ${r.target}: no cite`);
}
const sentences = (t) => (t ?? "").split(/(?<=[.!?])\s+(?=[A-Z0-9`(])/).filter(Boolean).length;
for (const c of concepts.values()) {
  if ((degree.get(c.slug) ?? 0) < 2)
    problems.push(`concept ${c.slug}: ${degree.get(c.slug) ?? 0} relation(s)`);
  const n = sentences(c.description);
  if (n < 2 || n > 5) problems.push(`concept ${c.slug}: description of ${n} sentence(s)`);
  if (!(c.cites ?? []).length) problems.push(`concept ${c.slug}: no cite`);
  for (const cite of [...(c.cites ?? [])]) {
    const line = /^L(\d+)/.exec(cite.locator)?.[1];
    if (cite.source === "notes" && Number(line) > 44)
      problems.push(`concept ${c.slug}: cites notes ${cite.locator}`);
  }
}

// Citations resolve as kg lint reads them: k8s-docs locators are /docs/ paths (blog posts are
// "web" citations with the full URL), lifecycle and qualifier cites a /docs/ path, URL or notes line.
const citeOk = (c) => /^(\/docs\/|https?:\/\/|notes:L\d)/.test(c);
const checkCites = (what, x) => {
  for (const c of x.cites ?? [])
    if (c.source === "k8s-docs" && !c.locator.startsWith("/docs/"))
      problems.push(`${what}: k8s-docs locator ${c.locator} is not a /docs/ path`);
  for (const l of x.lifecycle ?? [])
    if (l.cite && !citeOk(l.cite)) problems.push(`${what}: lifecycle cite ${l.cite}`);
  if (x.qualifiers?.cite && !citeOk(x.qualifiers.cite))
    problems.push(`${what}: qualifier cite ${x.qualifiers.cite}`);
};
for (const c of concepts.values()) checkCites(`concept ${c.slug}`, c);
for (const r of relations.values()) checkCites(`relation ${r.source} ${r.type} ${r.target}`, r);

// An alias names one concept only: not another's slug or name, nor another's alias.
const fold = (v) =>
  v
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, " ");
const owners = new Map();
for (const c of concepts.values()) for (const n of [c.slug, c.name]) owners.set(fold(n), c.slug);
for (const c of concepts.values())
  for (const a of c.aliases ?? []) {
    const owner = owners.get(fold(a));
    if (owner && owner !== c.slug) problems.push(`concept ${c.slug}: alias "${a}" names ${owner}`);
    else owners.set(fold(a), c.slug);
  }

// The slugs of today's seed must all stay (as concepts or as former slugs).
const seedSlugs = [
  ...fs
    .readFileSync(path.join(here, "../seed/concepts.ts"), "utf8")
    .matchAll(/slug: "([a-z0-9-]+)"/g),
].map((m) => m[1]);
const former = new Set([...concepts.values()].flatMap((c) => c.formerSlugs ?? []));
for (const s of seedSlugs)
  if (!concepts.has(s) && !former.has(s)) problems.push(`seed slug ${s} is gone`);

// Each question's answer is its one-hop neighbourhood through the type (and its subtypes).
const subtypes = (key) => [
  key,
  ...vocabulary.filter((t) => t.parent === key).flatMap((t) => subtypes(t.key)),
];
const questions = drafts.flatMap((d) => d.questions ?? []);
// A version compared as kg does ("1.9" < "1.10"); a date compared as text.
const vcmp = (a, b) => a.localeCompare(b, "en", { numeric: true });
const entries = (x) => x.lifecycle ?? [];
for (const q of questions) {
  const want = [...q.answer].sort();
  for (const s of want) if (!concepts.has(s)) problems.push(`question "${q.question}": no ${s}`);
  if (q.type) {
    const keys = new Set(subtypes(q.type));
    const got = [...relations.values()]
      .filter(
        (r) =>
          keys.has(r.type) && (q.direction === "out" ? r.source === q.from : r.target === q.from),
      )
      .map((r) => (q.direction === "out" ? r.target : r.source));
    const have = [...new Set(got)].sort();
    if (!want.every((w) => have.includes(w)))
      problems.push(`question "${q.question}": wants ${want}, one hop gives ${have}`);
  }
  if (q.changesBetween) {
    const [from, to] = q.changesBetween;
    const inRange = (l) => vcmp(l.since, from) > 0 && vcmp(l.since, to) <= 0;
    const have = [...concepts.values()].filter((c) => entries(c).some(inRange)).map((c) => c.slug);
    if (have.sort().join() !== want.join())
      problems.push(`question "${q.question}": wants ${want}, the lifecycles give ${have}`);
  }
  // "slug status [since]": an entry of that concept, or of a relation between it and q.from.
  for (const state of q.states ?? []) {
    const [slug, status, since] = state.split(" ");
    const holders = [
      concepts.get(slug),
      ...[...relations.values()].filter(
        (r) =>
          (r.source === q.from && r.target === slug) || (r.target === q.from && r.source === slug),
      ),
    ];
    const found = holders.some((h) =>
      entries(h ?? {}).some((l) => l.status === status && (!since || l.since === since)),
    );
    if (!found) problems.push(`question "${q.question}": no lifecycle entry "${state}"`);
  }
}

const merged = {
  relationTypes: vocabulary,
  concepts: [...concepts.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
  relations: [...relations.values()],
  notes: drafts.flatMap((d) => d.notes ?? []),
  questions,
  changes: drafts.flatMap((d) => (d.changes ?? []).map((c) => ({ topic: d.topic, ...c }))),
};
console.log(
  `${merged.concepts.length} concepts, ${merged.relations.length} relations, ${merged.notes.length} notes, ${questions.length} questions, ${problems.length} problem(s)`,
);
for (const p of problems) console.log(`  - ${p}`);
if (process.argv.includes("--write")) {
  fs.writeFileSync(path.join(here, "merged.json"), `${JSON.stringify(merged, null, 2)}\n`);
}
process.exitCode = problems.length ? 1 : 0;
