import type { PrismaClient } from "../generated/prisma/client.js";
import { normalizeRow } from "./rows.js";
import { CLOSE, OPEN, type SearchQuery, type SearchSql, tierArgs, toSearchPage } from "./search.js";

/**
 * Search over the "ConceptSearch" table's tsvector (GIN index; migration *_concept_search), in
 * PostgreSQL's own engine: `@@` finds, ts_rank_cd() ranks, ts_headline() cuts the passage.
 */

// ts_rank_cd weights of the classes D, C, B, A (see the migration): name and aliases A, summary
// B, slug C, description and notes D: the proportions of SQLite's BM25 weights.
const WEIGHTS = "{0.1, 0.2, 0.3, 1.0}";
/** The indexed fields, in the order `matched` numbers them (as FTS5's columns). */
const FIELDS = ["slug", "name", "aliases", "summary", "description", "notes"] as const;
/**
 * ts_headline's options: at most 16 words, as many as fit (so a short field shows whole), no
 * short words dropped at the ends. The marks are control characters: a parameter, not SQL text.
 */
const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=16, MinWords=15, ShortWord=0`;
/** How a field is split into words, as the migration's tsvector does it: ASCII punctuation too. */
const WORDS_OF = (text: string) =>
  `to_tsvector('simple', regexp_replace(${text}, '[[:punct:]]+', ' ', 'g'))`;
// ts_headline's parser reads "<...>" as markup and drops it: it sees these characters instead.
const ANGLES = `'<>', E'\\x03\\x04'`;
const UNANGLES = `E'\\x03\\x04', '<>'`;

/** A word of the query as a tsquery term: the last one a prefix (`:*`). Words are letters and digits. */
const term = (q: SearchQuery, i: number) =>
  i === q.words.length - 1 ? `${q.words[i]}:*` : q.words[i]!;
/** The tsquery: words ANDed (or ORed), the last one a prefix. */
const tsquery = (q: SearchQuery) => q.words.map((_, i) => term(q, i)).join(q.any ? " | " : " & ");

/** `$n` placeholders from `from` on. */
const params = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => `$${from + i}`).join(", ");
const kindClause = (kinds: string[], from: number) =>
  kinds.length === 0 ? "" : `AND c.kind IN (${params(kinds.length, from)})`;

/** The matches of the tsquery $1 (of the kinds from $2 on). */
const MATCHES = (
  kinds: string[],
) => `FROM "ConceptSearch" s JOIN "Concept" c ON c.id = s."conceptId",
    to_tsquery('simple', $1) AS query
  WHERE s.document @@ query ${kindClause(kinds, 2)}`;

/**
 * One page ranked by tier then ts_rank_cd(), with the number of matches (counted before LIMIT).
 * For the page's rows only: which fields hold a word of the query ($k+2, one tsquery term each),
 * and the headline of the field holding the most of them (the first such, in FIELDS order).
 */
function page(kinds: string[]) {
  const k = kinds.length;
  const [tiers, terms, take, offset] = [k + 2, k + 8, k + 9, k + 10];
  return `SELECT c.id, c.slug, c.name, c.kind, c.summary, c.description, c."docsUrl", c.version,
      c."createdAt", c."updatedAt", h.tier, h.score, h.total, f.matched,
      translate(ts_headline('simple', translate(f.best, ${ANGLES}), h.query, $${k + 11}),
        ${UNANGLES}) AS headline, f.best
    FROM (
      SELECT c.id, c.slug, query,
        CASE WHEN c."nameKey" = $${tiers} OR c.slug = $${tiers + 1}
            OR EXISTS (SELECT 1 FROM "Alias" a WHERE a."conceptId" = c.id AND a.key = $${tiers + 2})
          THEN 0
          WHEN c."nameKey" LIKE $${tiers + 3} ESCAPE '\\' OR c.slug LIKE $${tiers + 4} ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM "Alias" a
              WHERE a."conceptId" = c.id AND a.key LIKE $${tiers + 5} ESCAPE '\\')
          THEN 1
          ELSE 2 END AS tier,
        ts_rank_cd('${WEIGHTS}', s.document, query, 1)::float8 AS score,
        count(*) OVER ()::int AS total
      ${MATCHES(kinds)}
      ORDER BY tier, score DESC, c.slug
      LIMIT $${take} OFFSET $${offset}
    ) h
    JOIN "Concept" c ON c.id = h.id
    JOIN "ConceptSearch" s ON s."conceptId" = h.id
    CROSS JOIN LATERAL (
      SELECT array_agg(i - 1 ORDER BY i) FILTER (WHERE words > 0) AS matched,
        (array_agg(text ORDER BY words DESC, i))[1] AS best
      FROM (
        SELECT field.i, field.text, (
            SELECT count(*) FROM unnest($${terms}::text[]) t
            WHERE ${WORDS_OF("field.text")} @@ to_tsquery('simple', t)
          ) AS words
        FROM unnest(ARRAY[${FIELDS.map((f) => `s."${f}"`).join(", ")}])
          WITH ORDINALITY AS field(text, i)
      ) fields
    ) f
    ORDER BY h.tier, h.score DESC, h.slug`;
}

/** A headline with "…" where it cuts its field (ts_headline marks no cut). */
function withEllipses(headline: string, field: string): string {
  const plain = headline.replaceAll(OPEN, "").replaceAll(CLOSE, "");
  const at = field.indexOf(plain);
  if (plain === "" || at < 0) return headline;
  const before = field.slice(0, at).trim() === "" ? "" : "…";
  const after = field.slice(at + plain.length).trim() === "" ? "" : "…";
  return `${before}${headline}${after}`;
}

/** Search in PostgreSQL: one statement a page (a second one counts a page past the end). */
export function postgresSearch(prisma: PrismaClient): SearchSql {
  return {
    async search(q, exact, take, offset) {
      const raw = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        page(q.kinds),
        tsquery(q),
        ...q.kinds,
        ...tierArgs(exact),
        q.words.map((_, i) => term(q, i)),
        take,
        offset,
        HEADLINE,
      );
      let total = raw.length > 0 ? Number(raw[0]!.total) : 0;
      if (raw.length === 0 && (offset > 0 || take === 0)) {
        const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
          `SELECT count(*)::int AS n ${MATCHES(q.kinds)}`,
          tsquery(q),
          ...q.kinds,
        );
        total = normalizeRow<{ n: number }>(row!).n;
      }
      const ranked = toSearchPage(raw, (r) => ({
        snippet: withEllipses(String(r.headline ?? ""), String(r.best ?? "")),
        matched: ((r.matched as number[] | null) ?? []).map(Number),
      }));
      return { total, ...ranked };
    },
  };
}
