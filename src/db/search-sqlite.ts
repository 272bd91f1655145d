import {
  type Fts5Totals,
  type Phrase,
  bm25,
  idf,
  phraseOf,
  spanFrequencies,
  readTotals,
  readVarints,
} from "./fts5-rank.js";
import { instances, matchedColumns, snippet } from "./fts5-snippet.js";
import { type Span, tokenSpans } from "./fts5-unicode61.js";
import {
  CONCEPT_FIELDS,
  FIELDS,
  SNIPPET,
  SQL,
  WEIGHTS,
  kindParams,
  match,
  phraseKey,
  tierParams,
  tiersParams,
} from "./search-sqlite-sql.js";
import {
  type ExactForms,
  type SearchDetail,
  type SearchQuery,
  type SearchResult,
  type SearchRow,
  type SearchSql,
  toSearchRow,
} from "./search.js";
import type { RawSqlite, RawStatement } from "./sqlite-raw.js";
import { asDate } from "./db.js";

/** When the server ranks the matches itself rather than SQLite's bm25(). */
export interface RankPolicy {
  /** Above this many matches SQLite ranks, without looking further. */
  upTo: number;
  /** Whether ranking `matches` rows here beats bm25(), whose IDF walks read `postings` entries. */
  worthIt(matches: number, postings: number): boolean;
}

/**
 * Measured on the bench graphs (1k and 100k concepts; bench/): ranking here costs ~6 µs a match
 * (reading the row's text and tokenizing it); bm25() costs ~90 µs, ~2 µs a match and ~0.1 µs per
 * posting of each phrase, walked on every query. Phrase counts are cached here, so the server
 * wins when the words are common and their combination selective (a typed name), and loses on
 * many matches of rare words.
 */
export const RANK_BY_COST: RankPolicy = {
  upTo: 5000,
  worthIt: (matches, postings) => 6 * matches <= 90 + 2 * matches + postings / 10,
};

/** Phrase counts kept at most, per version of the database (dropped together when it changes). */
const MAX_CACHED_PHRASES = 10_000;
/** Matching rows kept at most, per version of the database (~1 KB each: text and tokens). */
const MAX_CACHED_ROWS = 5_000;

/** The concept's columns of a search row, without its tier and score. */
type ConceptColumns = Omit<SearchRow, "tier" | "score">;

/**
 * What ranking and a page row's snippet read of one matching row: its concept, each indexed
 * column's text, and that text's tokens (null when this tokenizer counts other tokens than FTS5
 * did: then SQLite ranks and marks the row).
 */
interface MatchRow {
  concept: ConceptColumns;
  texts: string[];
  tokens: Span[][] | null;
}

/**
 * A MatchRow from its statement's raw row: id, the concept's columns (CONCEPT_FIELDS), the
 * texts, their sizes. The concept is one object literal, so every one has the same shape: an
 * object built key by key, and spreads of it, made each page row ~1.5 µs slower to copy and read.
 */
function matchRow(raw: unknown[]): MatchRow {
  const [, id, slug, name, kind, summary, description, docsUrl, version, createdAt, updatedAt] =
    raw;
  const concept: ConceptColumns = {
    id: Number(id),
    slug: slug as string,
    name: name as string,
    kind: kind as string,
    summary: summary as string,
    description: description as string,
    docsUrl: (docsUrl ?? null) as string | null,
    version: Number(version),
    createdAt: asDate(createdAt),
    updatedAt: asDate(updatedAt),
  };
  const at = 1 + CONCEPT_FIELDS.length;
  const texts = raw.slice(at, at + FIELDS).map((c) => (c == null ? "" : String(c)));
  const sizes = readVarints(raw[at + FIELDS] as Uint8Array);
  const tokens = texts.map((t) => tokenSpans(t));
  return {
    concept,
    texts,
    tokens: tokens.every((t, i) => t.length === (sizes[i] ?? 0)) ? tokens : null,
  };
}

interface Ranked {
  row: MatchRow;
  tier: number;
  score: number;
}

// Slugs are kebab-case ASCII: code-unit order is SQLite's byte order (BINARY collation).
const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Search over the FTS5 table "ConceptSearch" (migration *_concept_search) through raw prepared
 * statements on a read-only connection. Each search is one read transaction: it sees one
 * committed state, with every write committed before it. The matches are ranked here
 * (src/db/fts5-rank.ts) when `policy` says it is cheaper, else by SQLite's bm25(): both give the
 * same order and scores. The page rows' snippets and matched fields are computed here from their
 * indexed text (src/db/fts5-snippet.ts), as FTS5's snippet() and highlight() would. Phrase counts
 * and the rows read to rank (concept, text, tokens) are kept until the database changes (`PRAGMA
 * data_version`, checked at the start of every search): a search never sees an older state.
 */
export class SqliteSearch implements SearchSql {
  private readonly statements = new Map<string, RawStatement>();
  private version: unknown = null;
  private totals: Fts5Totals | null = null;
  private readonly hits = new Map<string, number>();
  private readonly rows = new Map<number, MatchRow>();
  private readonly read: (...args: Parameters<SqliteSearch["run"]>) => SearchResult;
  /** How many pages were ranked here and how many by SQLite's bm25() (for tests and tuning). */
  readonly ranked = { inServer: 0, bySqlite: 0 };

  /** `policy`: when the server ranks (RANK_BY_COST; tests force either way). */
  constructor(
    private readonly db: RawSqlite,
    private readonly policy: RankPolicy = RANK_BY_COST,
  ) {
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

  private run(q: SearchQuery, exact: ExactForms, take: number, offset: number): SearchResult {
    this.dropCacheIfChanged();
    const params = { match: match(q), ...kindParams(q.kinds) };
    const ids = this.stmt(SQL.ids(q.kinds)).pluck().all(params) as number[];
    const total = ids.length;
    if (total === 0 || offset >= total || take === 0) {
      return { total, rows: [], details: new Map() };
    }
    const last = q.words.length - 1;
    const parsed = q.words.map((w, i) => phraseOf(w, i === last));
    // A word FTS5 reads as several tokens (or none) is left to SQLite altogether.
    const phrases = parsed.every((p) => p !== null) ? (parsed as Phrase[]) : null;
    const ranked =
      phrases && this.worthRanking(q, total) ? this.rank(q, phrases, ids, exact) : null;
    this.ranked[ranked ? "inServer" : "bySqlite"]++;

    let rows: SearchRow[];
    let matched: Map<number, MatchRow>;
    if (ranked) {
      const page = ranked.slice(offset, offset + take);
      rows = page.map(({ row: { concept: c }, tier, score }) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        kind: c.kind,
        summary: c.summary,
        description: c.description,
        docsUrl: c.docsUrl,
        version: c.version,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        tier,
        score,
      }));
      matched = new Map(page.map(({ row }) => [row.concept.id, row]));
    } else {
      const page = { ...params, ...tierParams(exact), take, offset };
      rows = this.all<Record<string, unknown>>(SQL.page(q.kinds), page).map(toSearchRow);
      matched = this.matchRows(rows.map((r) => r.id));
    }
    const details = new Map<number, SearchDetail>();
    for (const { id } of rows) {
      const row = matched.get(id);
      const d = (phrases && row && this.detail(row, phrases)) || this.sqlDetail(params.match, id);
      if (d) details.set(id, d);
    }
    return { total, rows, details };
  }

  /**
   * The rows `ids` with their text and tokens (in no particular order; a row missing from a
   * table is missing here). Kept per version of the database, so that the rows a search ranks
   * are read and tokenized once, not on every search that matches them: on the bench's L graph
   * a typed name matches ~5.6 rows, ~4 µs each to read and ~3 µs to tokenize.
   */
  private matchRows(ids: number[]): Map<number, MatchRow> {
    const found = new Map<number, MatchRow>();
    const missing: number[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) found.set(id, row);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const raw = this.stmt(SQL.rows)
      .raw()
      .all({ ids: JSON.stringify(missing) }) as unknown[][];
    for (const r of raw) {
      const row = matchRow(r);
      found.set(row.concept.id, row);
      if (this.rows.size >= MAX_CACHED_ROWS) this.rows.clear();
      this.rows.set(row.concept.id, row);
    }
    return found;
  }

  private all<T>(sql: string, params: Record<string, unknown>): T[] {
    return this.stmt(sql).all(params) as T[];
  }

  /** `PRAGMA data_version` changes whenever another connection (or process) commits. */
  private dropCacheIfChanged() {
    const version = this.stmt(SQL.version).pluck().get();
    if (version !== this.version || this.hits.size > MAX_CACHED_PHRASES) {
      this.version = version;
      this.totals = null;
      this.hits.clear();
      this.rows.clear();
    }
  }

  /** How many rows hold `phrase` (a quoted word, maybe with `*`): a walk of its posting list. */
  private rowsWith(phrase: string): number {
    let n = this.hits.get(phrase);
    if (n === undefined) {
      n = this.stmt(SQL.hits).pluck().get(phrase) as number;
      this.hits.set(phrase, n);
    }
    return n;
  }

  /** Whether to rank `matches` rows here (counting each phrase's rows first, when not cached). */
  private worthRanking(q: SearchQuery, matches: number): boolean {
    if (matches > this.policy.upTo) return false;
    const postings = q.words.reduce((sum, _, i) => sum + this.rowsWith(phraseKey(q, i)), 0);
    return this.policy.worthIt(matches, postings);
  }

  /**
   * The matches ranked as the page statement would (tier, bm25, slug), or null where this
   * tokenizer might not see a row as FTS5 does: then SQLite ranks them.
   */
  private rank(q: SearchQuery, phrases: Phrase[], ids: number[], exact: ExactForms) {
    this.totals ??= readTotals(this.stmt(SQL.averages).pluck().get() as Uint8Array);
    const { rows: nRow, tokens } = this.totals;
    const avgdl = tokens / nRow;
    const idfs = q.words.map((_, i) => idf(nRow, this.rowsWith(phraseKey(q, i))));
    const tierRange = tiersParams(exact);
    if (!tierRange) return null;
    const tiers = new Map(this.stmt(SQL.tiers).raw().all(tierRange) as [number, number][]);
    const candidates = this.matchRows(ids);
    if (candidates.size !== ids.length) return null;
    const ranked: Ranked[] = [];
    for (const row of candidates.values()) {
      if (!row.tokens) return null;
      const freq = spanFrequencies(row.tokens, WEIGHTS, phrases);
      // Every phrase (any phrase, for "any word") is in a matching row, or the tokens differ.
      if (!(q.any ? freq.some((f) => f > 0) : freq.every((f) => f > 0))) return null;
      const size = row.tokens.reduce((a, t) => a + t.length, 0);
      const tier = tiers.get(row.concept.id) ?? 2;
      ranked.push({ row, tier, score: bm25(idfs, freq, size, avgdl) });
    }
    return ranked.sort(
      (a, b) =>
        a.tier - b.tier || b.score - a.score || bySlug(a.row.concept.slug, b.row.concept.slug),
    );
  }

  /** A row's snippet and matched fields from its tokens, or null when FTS5 saw other tokens. */
  private detail({ texts, tokens }: MatchRow, phrases: Phrase[]): SearchDetail | null {
    if (!tokens) return null;
    const inst = instances(tokens, phrases);
    if (inst.length === 0) return null;
    return {
      snippet: snippet(texts, tokens, inst, phrases.length, SNIPPET, SNIPPET.tokens),
      matched: matchedColumns(inst),
    };
  }

  /** A row's snippet and matched fields by SQLite (running the query again for that row). */
  private sqlDetail(matchExpr: string, id: number): SearchDetail | null {
    const r = this.stmt(SQL.detail).get({ match: matchExpr, id }) as
      Record<string, unknown> | undefined;
    if (!r) return null;
    return {
      snippet: String(r.snippet),
      matched: Array.from({ length: FIELDS }, (_, i) => i).filter((i) => r[`m${i}`] === 1),
    };
  }
}
