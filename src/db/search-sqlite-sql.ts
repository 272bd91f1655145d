import { CLOSE, type ExactForms, OPEN, type SearchQuery } from "./search.js";

/**
 * The statements of SQLite search (src/db/search-sqlite.ts) over the FTS5 table "ConceptSearch"
 * (migration *_concept_search), its shadow tables (`_data`, `_content`, `_docsize`) and Concept.
 */

// Relative weights of slug, name, aliases, summary, description, notes in the ranking.
export const WEIGHTS = [2.0, 10.0, 8.0, 3.0, 1.0, 1.0] as const;
export const FIELDS = WEIGHTS.length;
/** snippet()'s arguments: marks (turned into <mark> after HTML-escaping), ellipsis, tokens. */
export const SNIPPET = { open: OPEN, close: CLOSE, ellipsis: "…", tokens: 16 };

/** Word `i` of `q` as an FTS5 phrase: quoted, a prefix when it is the last. */
export const phraseKey = (q: SearchQuery, i: number) =>
  `"${q.words[i]}"${i === q.words.length - 1 ? "*" : ""}`;

/** The FTS5 MATCH expression: quoted words, the last one a prefix. */
export const match = (q: SearchQuery) =>
  q.words.map((_, i) => phraseKey(q, i)).join(q.any ? " OR " : " AND ");

const kindClause = (kinds: string[]) =>
  kinds.length === 0 ? "" : `AND c.kind IN (${kinds.map((_, i) => `:k${i}`).join(", ")})`;
export const kindParams = (kinds: string[]) =>
  Object.fromEntries(kinds.map((k, i) => [`k${i}`, k]));

// Exact (0), starts with (1), other (2). Prefixes by substr(), not LIKE: a LIKE pattern bound as
// a parameter makes SQLite prepare the statement again whenever its value changes.
const TIER = `CASE WHEN c.nameKey = :key OR c.slug = :slug
      OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key = :key) THEN 0
    WHEN substr(c.nameKey, 1, length(:key)) = :key OR substr(c.slug, 1, length(:slug)) = :slug
      OR EXISTS (SELECT 1 FROM "Alias" a
        WHERE a.conceptId = c.id AND substr(a.key, 1, length(:key)) = :key) THEN 1
    ELSE 2 END`;
export const tierParams = ({ key, slugForm }: ExactForms) => ({ key, slug: slugForm });

/**
 * The least string above every string that starts with `p`, in SQLite's BINARY order (UTF-8
 * bytes, which is code point order), or null when there is none.
 */
export function prefixEnd(p: string): string | null {
  const cps = Array.from(p, (c) => c.codePointAt(0)!);
  while (cps.length > 0) {
    const last = cps.pop()!;
    if (last < 0x10ffff) return String.fromCodePoint(...cps, last === 0xd7ff ? 0xe000 : last + 1);
  }
  return null;
}

/** The concepts of tier 0 or 1 (see TIER), by index ranges: as many rows as names with the prefix. */
const TIERS = `SELECT id, min(tier) FROM (
    SELECT id, nameKey <> :key AS tier FROM "Concept"
      WHERE nameKey >= :key AND nameKey < :keyEnd
    UNION ALL SELECT id, slug <> :slug FROM "Concept"
      WHERE slug >= :slug AND slug < :slugEnd
    UNION ALL SELECT conceptId, key <> :key FROM "Alias"
      WHERE key >= :key AND key < :keyEnd
  ) GROUP BY id`;
/** TIERS's parameters, or null for a text of U+10FFFF alone (no string sorts above its prefixes). */
export function tiersParams({ key, slugForm }: ExactForms) {
  const [keyEnd, slugEnd] = [prefixEnd(key), prefixEnd(slugForm)];
  return keyEnd === null || slugEnd === null ? null : { key, keyEnd, slug: slugForm, slugEnd };
}

/** The Concept columns of a search row, in the order the statements read them. */
export const CONCEPT_FIELDS = [
  "id",
  "slug",
  "name",
  "kind",
  "summary",
  "description",
  "docsUrl",
  "version",
  "createdAt",
  "updatedAt",
] as const;
const CONCEPT_COLUMNS = CONCEPT_FIELDS.map((f) => `c."${f}"`).join(", ");

export const SQL = {
  version: `PRAGMA data_version`,
  averages: `SELECT block FROM "ConceptSearch_data" WHERE id = 1`,
  hits: `SELECT count(*) FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?`,
  /** The matching rows' ids: their number is the total. */
  ids: (kinds: string[]) =>
    kinds.length === 0
      ? `SELECT rowid FROM "ConceptSearch" WHERE "ConceptSearch" MATCH :match`
      : `SELECT c.id FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
         WHERE "ConceptSearch" MATCH :match ${kindClause(kinds)}`,
  tiers: TIERS,
  /**
   * Rows by id: the id, the concept's columns, the indexed text (column 0 is the slug) and its
   * token counts.
   */
  rows: `SELECT j.value, ${CONCEPT_COLUMNS}, s.c0, s.c1, s.c2, s.c3, s.c4, s.c5, d.sz
    FROM json_each(:ids) j JOIN "Concept" c ON c.id = j.value
    JOIN "ConceptSearch_content" s ON s.id = j.value JOIN "ConceptSearch_docsize" d ON d.id = j.value`,
  /** One page ranked by SQLite's bm25(). */
  page: (kinds: string[]) => `SELECT ${CONCEPT_COLUMNS}, ${TIER} AS tier,
      -bm25("ConceptSearch", ${WEIGHTS.map((w) => w.toFixed(1)).join(", ")}) AS score
    FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
    WHERE "ConceptSearch" MATCH :match ${kindClause(kinds)}
    ORDER BY tier, score DESC, c.slug
    LIMIT :take OFFSET :offset`,
  /** One row's snippet and matched fields by SQLite (`rowid IN (...)` is no cheaper). */
  detail: `SELECT snippet("ConceptSearch", -1, char(1), char(2), '${SNIPPET.ellipsis}',
        ${SNIPPET.tokens}) AS snippet,
      ${Array.from(
        { length: FIELDS },
        (_, i) => `instr(highlight("ConceptSearch", ${i}, char(1), char(2)), char(1)) > 0 AS m${i}`,
      ).join(", ")}
    FROM "ConceptSearch" WHERE "ConceptSearch" MATCH :match AND rowid = :id`,
};
