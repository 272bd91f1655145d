import type { PrismaClient } from "../generated/prisma/client.js";
import { normalizeRow } from "./db.js";
import {
  CLOSE,
  type ExactForms,
  OPEN,
  type SearchDetail,
  type SearchQuery,
  type SearchRow,
  type SearchSql,
  tierArgs,
  toSearchRow,
} from "./search.js";

// ts_rank weights of the classes D, C, B, A (see migration *_concept_search): name and aliases
// A, summary B, slug C, description and notes D: the proportions of SQLite's BM25 weights.
const WEIGHTS = "{0.1, 0.2, 0.3, 1.0}";
const FIELDS = ["slug", "name", "aliases", "summary", "description", "notes"] as const;
const SNIPPET_WORDS = 16;

/** The tsquery: words ANDed (or ORed), the last one a prefix (`:*`). Words are letters and digits only. */
function tsquery(q: SearchQuery) {
  return q.words
    .map((w, i) => (i === q.words.length - 1 ? `${w}:*` : w))
    .join(q.any ? " | " : " & ");
}

/** `$n` placeholders from `from` on. */
const params = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => `$${from + i}`).join(", ");

const kindClause = (kinds: string[], from: number) =>
  kinds.length === 0 ? "" : `AND c.kind IN (${params(kinds.length, from)})`;

/** Search over the "ConceptSearch" table's tsvector (GIN index), kept current by triggers. */
export function postgresSearch(prisma: PrismaClient): SearchSql {
  const sql = {
    async count(q: SearchQuery) {
      const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT count(*)::int AS n FROM "ConceptSearch" s JOIN "Concept" c ON c.id = s."conceptId"
         WHERE s.document @@ to_tsquery('simple', $1) ${kindClause(q.kinds, 2)}`,
        tsquery(q),
        ...q.kinds,
      );
      return normalizeRow<{ n: number }>(row!).n;
    },

    async page(
      q: SearchQuery,
      exact: ExactForms,
      take: number,
      offset: number,
    ): Promise<SearchRow[]> {
      const k = q.kinds.length;
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT c.id, c.slug, c.name, c.kind, c.summary, c.description, c."docsUrl", c.version,
           c."createdAt", c."updatedAt",
           CASE WHEN c."nameKey" = $1 OR c.slug = $2
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a."conceptId" = c.id AND a.key = $3) THEN 0
                WHEN c."nameKey" LIKE $4 ESCAPE '\\' OR c.slug LIKE $5 ESCAPE '\\'
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a."conceptId" = c.id AND a.key LIKE $6 ESCAPE '\\') THEN 1
                ELSE 2 END AS tier,
           ts_rank('${WEIGHTS}', s.document, query, 1)::float8 AS score
         FROM "ConceptSearch" s JOIN "Concept" c ON c.id = s."conceptId",
           to_tsquery('simple', $7) AS query
         WHERE s.document @@ query ${kindClause(q.kinds, 8)}
         ORDER BY tier, score DESC, c.slug
         LIMIT $${8 + k} OFFSET $${9 + k}`,
        ...tierArgs(exact),
        tsquery(q),
        ...q.kinds,
        take,
        offset,
      );
      return rows.map(toSearchRow);
    },

    /** Snippets and matched fields of the page's rows, from their stored search text. */
    async details(q: SearchQuery, ids: number[]) {
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT "conceptId" AS id, ${FIELDS.map((f) => `"${f}"`).join(", ")}
         FROM "ConceptSearch" WHERE "conceptId" IN (${params(ids.length, 1)})`,
        ...ids,
      );
      const out = new Map<number, SearchDetail>();
      for (const raw of rows) {
        const r = normalizeRow<Record<string, string | number>>(raw);
        out.set(
          Number(r.id),
          highlight(
            FIELDS.map((f) => String(r[f] ?? "")),
            q,
          ),
        );
      }
      return out;
    },
  };
  return {
    async search(q, exact, take, offset) {
      const total = await sql.count(q);
      if (total === 0 || offset >= total || take === 0) {
        return { total, rows: [], details: new Map() };
      }
      const rows = await sql.page(q, exact, take, offset);
      const details = await sql.details(
        q,
        rows.map((r) => r.id),
      );
      return { total, rows, details };
    },
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The passage of at most 16 words with the most query words, from the field that has the most,
 * with the matching words marked (as SQLite's FTS5 snippet() does), and the fields that match.
 */
export function highlight(fields: string[], q: SearchQuery): SearchDetail {
  const last = q.words.length - 1;
  const hit = (word: string) => {
    const w = word.toLowerCase();
    return q.words.findIndex((x, i) => (i === last ? w.startsWith(x) : w === x));
  };
  let best: { field: number; score: number } | null = null;
  const matched: number[] = [];
  const tokens = fields.map((text) =>
    [...text.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      term: hit(m[0]),
    })),
  );
  tokens.forEach((list, field) => {
    const terms = new Set(list.filter((t) => t.term >= 0).map((t) => t.term));
    if (terms.size === 0) return;
    matched.push(field);
    const score = terms.size * 1000 + list.filter((t) => t.term >= 0).length;
    if (!best || score > best.score) best = { field, score };
  });
  if (!best) return { snippet: "", matched };
  const { field } = best as { field: number };
  const list = tokens[field]!;
  const text = fields[field]!;
  // The window of SNIPPET_WORDS tokens holding the most distinct terms (then the most hits).
  let from = 0;
  let bestScore = -1;
  for (let s = 0; s < Math.max(1, list.length - SNIPPET_WORDS + 1); s++) {
    const window = list.slice(s, s + SNIPPET_WORDS).filter((t) => t.term >= 0);
    const score = new Set(window.map((t) => t.term)).size * 1000 + window.length;
    if (score > bestScore) [bestScore, from] = [score, s];
  }
  const to = Math.min(list.length, from + SNIPPET_WORDS) - 1;
  let out = from > 0 ? "…" : "";
  let pos = from > 0 ? list[from]!.start : 0;
  for (let i = from; i <= to; i++) {
    const t = list[i]!;
    out += text.slice(pos, t.start);
    out +=
      t.term >= 0 ? `${OPEN}${text.slice(t.start, t.end)}${CLOSE}` : text.slice(t.start, t.end);
    pos = t.end;
  }
  out += to < list.length - 1 ? "…" : text.slice(pos);
  return { snippet: out, matched };
}
