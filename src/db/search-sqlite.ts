import { type ExactForms, type SearchQuery, type SearchSql, toSearchPage } from "./search.js";
import type { RawSqlite, RawStatement } from "./sqlite-raw.js";

/**
 * Search over the FTS5 table "ConceptSearch" (migration *_concept_search) and Concept, in
 * SQLite's own engine: MATCH finds, bm25() ranks, snippet() cuts the passage and highlight()
 * tells which columns match.
 */

// Relative weights of slug, name, aliases, summary, description, notes in bm25().
const WEIGHTS = [2.0, 10.0, 8.0, 3.0, 1.0, 1.0] as const;
const FIELDS = WEIGHTS.length;
/** snippet()'s ellipsis and size in tokens. */
const ELLIPSIS = "…";
const SNIPPET_TOKENS = 16;

/** Word `i` of `q` as an FTS5 phrase: quoted, a prefix when it is the last. */
const phrase = (q: SearchQuery, i: number) =>
  `"${q.words[i]}"${i === q.words.length - 1 ? "*" : ""}`;

/** The FTS5 MATCH expression: quoted words (letters and digits only), the last one a prefix. */
const match = (q: SearchQuery) =>
  q.words.map((_, i) => phrase(q, i)).join(q.any ? " OR " : " AND ");

const kindClause = (kinds: string[]) =>
  kinds.length === 0 ? "" : `AND c.kind IN (${kinds.map((_, i) => `:k${i}`).join(", ")})`;
const kindParams = (kinds: string[]) => Object.fromEntries(kinds.map((k, i) => [`k${i}`, k]));

// Exact (0), starts with (1), other (2). Prefixes by substr(), not LIKE: a LIKE pattern bound as
// a parameter makes SQLite prepare the statement again whenever its value changes.
const TIER = `CASE WHEN c.nameKey = :key OR c.slug = :slug
      OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key = :key) THEN 0
    WHEN substr(c.nameKey, 1, length(:key)) = :key OR substr(c.slug, 1, length(:slug)) = :slug
      OR EXISTS (SELECT 1 FROM "Alias" a
        WHERE a.conceptId = c.id AND substr(a.key, 1, length(:key)) = :key) THEN 1
    ELSE 2 END`;

const MATCHES = (
  kinds: string[],
) => `FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
    WHERE "ConceptSearch" MATCH :match ${kindClause(kinds)}`;

/** How many concepts match: counted first, so that a search matching nothing stops there. */
const count = (kinds: string[]) => `SELECT count(*) ${MATCHES(kinds)}`;

/**
 * One page, ranked by tier then bm25(). snippet() and highlight() run for the page's rows only:
 * the match is walked once more (CROSS JOIN keeps it the outer loop; the page is an indexed
 * temporary table), cheaper than matching again for each page row.
 */
const page = (kinds: string[]) => `WITH h AS MATERIALIZED (
    SELECT c.id, c.slug, ${TIER} AS tier,
      -bm25("ConceptSearch", ${WEIGHTS.map((w) => w.toFixed(1)).join(", ")}) AS score
    ${MATCHES(kinds)}
    ORDER BY tier, score DESC, c.slug
    LIMIT :take OFFSET :offset
  )
  SELECT c.id, c.slug, c.name, c.kind, c.summary, c.description, c.docsUrl, c.version,
    c.createdAt, c.updatedAt, h.tier, h.score,
    snippet("ConceptSearch", -1, char(1), char(2), '${ELLIPSIS}', ${SNIPPET_TOKENS}) AS snippet,
    ${Array.from(
      { length: FIELDS },
      (_, i) => `instr(highlight("ConceptSearch", ${i}, char(1), char(2)), char(1)) > 0 AS m${i}`,
    ).join(", ")}
  FROM "ConceptSearch" CROSS JOIN h ON h.id = "ConceptSearch".rowid
  JOIN "Concept" c ON c.id = h.id
  WHERE "ConceptSearch" MATCH :match
  ORDER BY h.tier, h.score DESC, h.slug`;

/**
 * Search through raw prepared statements on a read-only connection: one statement counts the
 * matches, one reads the page. Each search is one read transaction, so both see one committed
 * state, with every write committed before it.
 */
export class SqliteSearch implements SearchSql {
  private readonly statements = new Map<string, RawStatement>();
  private readonly read: (
    ...args: Parameters<SqliteSearch["run"]>
  ) => ReturnType<SqliteSearch["run"]>;

  constructor(private readonly db: RawSqlite) {
    this.read = db.transaction((q, exact, take, offset) => this.run(q, exact, take, offset));
  }

  search(q: SearchQuery, exact: ExactForms, take: number, offset: number) {
    return Promise.resolve(this.read(q, exact, take, offset));
  }

  private stmt(sql: string): RawStatement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private run(q: SearchQuery, { key, slugForm }: ExactForms, take: number, offset: number) {
    const params = { match: match(q), ...kindParams(q.kinds) };
    const total = Number(this.stmt(count(q.kinds)).pluck().get(params));
    const raw =
      total > offset && take > 0
        ? (this.stmt(page(q.kinds)).all({
            ...params,
            key,
            slug: slugForm,
            take,
            offset,
          }) as Record<string, unknown>[])
        : [];
    const ranked = toSearchPage(raw, (r) => ({
      snippet: String(r.snippet),
      matched: Array.from({ length: FIELDS }, (_, i) => i).filter((i) => Number(r[`m${i}`]) === 1),
    }));
    return { total, ...ranked };
  }
}
