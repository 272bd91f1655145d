import type { PrismaClient } from "../generated/prisma/client.js";
import { normalizeRow } from "./db.js";
import {
  type ExactForms,
  type SearchDetail,
  type SearchQuery,
  tierArgs,
  toSearchRow,
  type SearchSql,
} from "./search.js";

// Relative weights of slug, name, aliases, summary, description, notes in the ranking.
const WEIGHTS = "2.0, 10.0, 8.0, 3.0, 1.0, 1.0";
const FIELDS = 6;

/** The FTS5 MATCH expression: quoted words, the last one a prefix. */
function match(q: SearchQuery) {
  const quoted = q.words.map((w) => `"${w}"`);
  quoted[quoted.length - 1] += "*";
  return quoted.join(q.any ? " OR " : " AND ");
}

const kindClause = (kinds: string[]) =>
  kinds.length === 0 ? "" : `AND c.kind IN (${kinds.map(() => "?").join(", ")})`;

/** Search over the FTS5 table "ConceptSearch" (migration *_concept_search). */
export function sqliteSearch(prisma: PrismaClient): SearchSql {
  return {
    async count(q) {
      // Without a kind filter the FTS index alone can count (an order of magnitude faster).
      const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        q.kinds.length === 0
          ? `SELECT count(*) AS n FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?`
          : `SELECT count(*) AS n FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
       WHERE "ConceptSearch" MATCH ? ${kindClause(q.kinds)}`,
        match(q),
        ...q.kinds,
      );
      return normalizeRow<{ n: number }>(row!).n;
    },

    async page(q: SearchQuery, exact: ExactForms, take: number, offset: number) {
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT c.id, c.slug, c.name, c.kind, c.summary, c.description, c.docsUrl, c.version,
           c.createdAt, c.updatedAt,
           CASE WHEN c.nameKey = ? OR c.slug = ?
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key = ?) THEN 0
                WHEN c.nameKey LIKE ? ESCAPE '\\' OR c.slug LIKE ? ESCAPE '\\'
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key LIKE ? ESCAPE '\\') THEN 1
                ELSE 2 END AS tier,
           -bm25("ConceptSearch", ${WEIGHTS}) AS score
         FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
         WHERE "ConceptSearch" MATCH ? ${kindClause(q.kinds)}
         ORDER BY tier, score DESC, c.slug
         LIMIT ? OFFSET ?`,
        ...tierArgs(exact),
        match(q),
        ...q.kinds,
        take,
        offset,
      );
      return rows.map(toSearchRow);
    },

    /** Snippets and matched fields, computed only for the rows of the page. */
    async details(q, ids) {
      const highlights = Array.from(
        { length: FIELDS },
        (_, i) => `instr(highlight("ConceptSearch", ${i}, char(1), char(2)), char(1)) > 0 AS m${i}`,
      ).join(", ");
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT rowid AS id, snippet("ConceptSearch", -1, char(1), char(2), '…', 16) AS snippet, ${highlights}
       FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?
       AND rowid IN (${ids.map(() => "?").join(", ")})`,
        match(q),
        ...ids,
      );
      const out = new Map<number, SearchDetail>();
      for (const raw of rows) {
        const r = normalizeRow<Record<string, number | string>>(raw);
        out.set(Number(r.id), {
          snippet: String(r.snippet),
          matched: Array.from({ length: FIELDS }, (_, i) => i).filter(
            (i) => Number(r[`m${i}`]) === 1,
          ),
        });
      }
      return out;
    },
  };
}
