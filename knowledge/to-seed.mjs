#!/usr/bin/env node
// Writes the merged graph (knowledge/merged.json, from merge.mjs --write) as the seed's data files
// (seed/concepts.ts, relations.ts, relation-types.ts, notes.ts), in the shapes of seed/types.ts.
// Usage: node knowledge/merge.mjs --write && node knowledge/to-seed.mjs && npx prettier --write seed
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const seed = path.join(here, "../seed");
const merged = JSON.parse(fs.readFileSync(path.join(here, "merged.json"), "utf8"));

const pick = (o, keys) =>
  Object.fromEntries(
    keys
      .filter((k) => o[k] != null && !(Array.isArray(o[k]) && !o[k].length))
      .map((k) => [k, o[k]]),
  );

const concepts = merged.concepts.map((c) =>
  pick(c, [
    "slug",
    "name",
    "kind",
    "summary",
    "description",
    "tags",
    "aliases",
    "docsUrl",
    "docsPath",
    "scope",
    "apiVersion",
    "lifecycle",
    "formerSlugs",
    "cites",
  ]),
);
const relations = merged.relations.map((r) =>
  pick(r, ["source", "type", "target", "description", "qualifiers", "lifecycle", "cites"]),
);
const types = merged.relationTypes.map((t) =>
  pick(t, [
    "key",
    "label",
    "inverseLabel",
    "description",
    "parent",
    "symmetric",
    "sourceKinds",
    "targetKinds",
  ]),
);
const notes = merged.notes.map((n) => pick(n, ["concept", "relation", "body", "author", "cites"]));

const write = (file, type, name, rows) =>
  fs.writeFileSync(
    path.join(seed, file),
    `// Generated from knowledge/drafts by knowledge/merge.mjs and knowledge/to-seed.mjs: edit the drafts.\nimport type { ${type} } from "./types.js";\n\nexport const ${name}: ${type}[] = ${JSON.stringify(rows, null, 2)};\n`,
  );
write("concepts.ts", "SeedConcept", "SEED_CONCEPTS", concepts);
write("relations.ts", "SeedRelation", "SEED_RELATIONS", relations);
write("relation-types.ts", "SeedRelationType", "SEED_RELATION_TYPES", types);
write("notes.ts", "SeedNote", "SEED_NOTES", notes);
console.log(
  `seed: ${concepts.length} concepts, ${relations.length} relations, ${types.length} relation types, ${notes.length} notes`,
);
