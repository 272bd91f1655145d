/**
 * Cost of the credential scan: microseconds per typical string (the seed's names, summaries,
 * descriptions and notes), per string that passes the prefilter, per string holding a
 * credential; and the scan's share of parsing a 10,000-record JSON import.
 *
 *   npx tsx bench/secret-scan.ts
 */
import { performance } from "node:perf_hooks";
import * as seed from "../seed/index.js";
import { scanSecrets } from "../src/graph/secrets/index.js";
import { JSON_FORMAT } from "../src/io/export/json.js";
import { parseJsonImport } from "../src/io/import/json.js";

const stringsOf = (v: unknown): string[] =>
  typeof v === "string"
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(stringsOf)
      : v && typeof v === "object"
        ? Object.values(v).flatMap(stringsOf)
        : [];

/** Mean microseconds per call of `fn` over `items`, repeated until at least 300 ms passed. */
function usPer(items: string[], fn: (s: string) => unknown): number {
  for (const s of items) fn(s); // warm-up
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 300) {
    for (const s of items) fn(s);
    calls += items.length;
  }
  return ((performance.now() - start) * 1000) / calls;
}

const typical = stringsOf(seed);
const hinted = typical.filter((s) =>
  /eyJ|PRIVATE KEY|token|secret|password|key|:\/\/|data|\.[a-z0-9]{16}/i.test(s),
);
const jwt = [
  Buffer.from('{"alg":"RS256","kid":"bench"}').toString("base64url"),
  Buffer.from('{"sub":"system:serviceaccount:default:bench"}').toString("base64url"),
  "c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmUtc2lnbmF0dXJl",
].join(".");
const withSecret = typical.slice(0, 200).map((s) => `${s} token: ${jwt}`);

const avgLen = (xs: string[]) => Math.round(xs.reduce((n, s) => n + s.length, 0) / xs.length);
console.log(`typical strings (${typical.length} from seed/, mean ${avgLen(typical)} chars):`);
console.log(`  ${usPer(typical, scanSecrets).toFixed(2)} us per string`);
console.log(`strings passing the prefilter (${hinted.length}, mean ${avgLen(hinted)} chars):`);
console.log(`  ${usPer(hinted, scanSecrets).toFixed(2)} us per string`);
console.log(`strings holding a JWT (${withSecret.length}, mean ${avgLen(withSecret)} chars):`);
console.log(`  ${usPer(withSecret, scanSecrets).toFixed(2)} us per string`);

// A 10,000-record import: 5,000 concepts and 5,000 notes made of the seed's own text.
const concepts = seed.SEED_CONCEPTS;
const notes = seed.SEED_NOTES;
const doc = JSON.stringify({
  format: JSON_FORMAT.name,
  version: JSON_FORMAT.version,
  concepts: Array.from({ length: 5000 }, (_, i) => {
    const c = concepts[i % concepts.length]!;
    return {
      slug: `${c.slug}-${i}`,
      name: `${c.name} ${i}`,
      kind: c.kind,
      summary: c.summary,
      description: c.description ?? "",
      tags: c.tags ?? [],
      aliases: (c.aliases ?? []).map((a) => `${a} ${i}`),
    };
  }),
  notes: Array.from({ length: 5000 }, (_, i) => ({
    concept: `${concepts[i % concepts.length]!.slug}-${i}`,
    body: notes[i % notes.length]!.body,
    author: null,
  })),
});
const strings = stringsOf(JSON.parse(doc));
const time = (fn: () => unknown, runs = 5) => {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
};
const scanOnly = time(() => strings.forEach(scanSecrets));
const parse = time(() => parseJsonImport(doc));
console.log(
  `10,000-record JSON import (${strings.length} strings, ${(doc.length / 1e6).toFixed(1)} MB):`,
);
console.log(`  scan of every string: ${scanOnly.toFixed(1)} ms`);
console.log(`  whole parse (JSON.parse, scan and redaction, schema): ${parse.toFixed(1)} ms`);
