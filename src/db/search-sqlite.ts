import {
  type Fts5Totals,
  type Phrase,
  bm25,
  idf,
  phraseFrequencies,
  phraseOf,
  readTotals,
  readVarints,
} from "./fts5-rank.js";
import { instances, matchedColumns, snippet } from "./fts5-snippet.js";
import { tokenSpans } from "./fts5-unicode61.js";
import {
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

/** A row's indexed text: each column's text and token count. */
interface RowText {
  texts: string[];
  sizes: number[];
}

const rowText = (row: unknown[]): RowText => ({
  texts: row.slice(0, FIELDS).map((c) => (c == null ? "" : String(c))),
  sizes: readVarints(row[FIELDS] as Uint8Array),
});

interface Ranked extends RowText {
  id: number;
  tier: number;
  slug: string;
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
 * indexed text (src/db/fts5-snippet.ts), as FTS5's snippet() and highlight() would.
 */
export class SqliteSearch implements SearchSql {
  private readonly statements = new Map<string, RawStatement>();
  private version: unknown = null;
  private totals: Fts5Totals | null = null;
  private readonly hits = new Map<string, number>();
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
    let texts: Map<number, RowText>;
    if (ranked) {
      const page = ranked.slice(offset, offset + take);
      const concepts = new Map(
        this.all<Record<string, unknown>>(SQL.concepts, {
          ids: JSON.stringify(page.map((r) => r.id)),
        }).map((c) => [c.id as number, c]),
      );
      rows = page.map((r) => toSearchRow({ ...concepts.get(r.id), tier: r.tier, score: r.score }));
      texts = new Map(page.map((r) => [r.id, r]));
    } else {
      const page = { ...params, ...tierParams(exact), take, offset };
      rows = this.all<Record<string, unknown>>(SQL.page(q.kinds), page).map(toSearchRow);
      texts = new Map(this.texts(rows.map((r) => r.id)));
    }
    const details = new Map<number, SearchDetail>();
    for (const { id } of rows) {
      const text = texts.get(id);
      const d = (phrases && text && this.detail(text, phrases)) || this.sqlDetail(params.match, id);
      if (d) details.set(id, d);
    }
    return { total, rows, details };
  }

  /** The indexed text of rows `ids` (in no particular order). */
  private texts(ids: number[]): [number, RowText][] {
    const raw = this.stmt(SQL.texts)
      .raw()
      .all({ ids: JSON.stringify(ids) }) as unknown[][];
    return raw.map((r) => [r[0] as number, rowText(r.slice(1))]);
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
    const candidates = this.texts(ids);
    if (candidates.length !== ids.length) return null;
    const ranked: Ranked[] = [];
    for (const [id, text] of candidates) {
      const freq = phraseFrequencies(text.texts, text.sizes, WEIGHTS, phrases);
      // Every phrase (any phrase, for "any word") is in a matching row, or the tokens differ.
      if (!freq || !(q.any ? freq.some((f) => f > 0) : freq.every((f) => f > 0))) return null;
      const size = text.sizes.reduce((a, b) => a + b, 0);
      const [slug, tier] = [text.texts[0]!, tiers.get(id) ?? 2];
      ranked.push({ id, tier, slug, score: bm25(idfs, freq, size, avgdl), ...text });
    }
    return ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || bySlug(a.slug, b.slug));
  }

  /** A row's snippet and matched fields from its text, or null when its tokens differ from FTS5's. */
  private detail({ texts, sizes }: RowText, phrases: Phrase[]): SearchDetail | null {
    const columns = texts.map((t) => tokenSpans(t));
    if (columns.some((c, i) => c.length !== sizes[i])) return null;
    const inst = instances(columns, phrases);
    if (inst.length === 0) return null;
    return {
      snippet: snippet(texts, columns, inst, phrases.length, SNIPPET, SNIPPET.tokens),
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
