import type { Config } from "../../config.js";
import { CLOSE, OPEN, type SearchSql } from "../../db/search.js";
import { BadUserInputError } from "../../errors.js";
import { escapeHtml } from "../../html.js";
import type { Concept } from "../concept/concept.model.js";
import { type Page, decodeCursor, encodeCursor } from "../pagination.js";
import { LIMITS, checkFirst, checkKind, checkNoSecret, foldKey } from "../validation.js";

/** The parts of a concept that search looks at, in the FTS5 table's column order. */
export const SEARCH_FIELDS = [
  "slug",
  "name",
  "aliases",
  "summary",
  "description",
  "notes",
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One search result: the concept, why it matched and how well. */
export interface SearchHit {
  concept: Concept;
  /** True when the text is the concept's slug, name or one of its aliases. */
  exact: boolean;
  /** Which fields contain the words searched for. */
  matched: SearchField[];
  /** The best-matching passage, HTML-escaped, with the matching words in <mark>...</mark>. */
  snippet: string;
  /** Relevance (higher is better): the engine's bm25() (SQLite) or ts_rank_cd() (PostgreSQL). */
  score: number;
}

const CURSOR = "search";
const MAX_TEXT = 200;

/**
 * Ranked full-text search over concepts, in the database's own engine (SQLite FTS5, PostgreSQL
 * tsvector; both kept in sync by triggers in every write): see src/db/search.ts.
 */
export class SearchService {
  constructor(
    private readonly sql: SearchSql,
    private readonly config: Config,
    /** The read index: a hit's concept with its scope and lifecycle, which search rows lack. */
    private readonly index?: { concept(id: number): Concept | undefined },
  ) {}

  /**
   * Concepts matching every word of `text` (the last word as a prefix, so "kube-sch" finds
   * kube-scheduler), or any word when none matches them all. Exact slug, name and alias
   * matches come first, then names starting with the text, then by relevance.
   */
  async search(
    text: string,
    kinds?: string[] | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<SearchHit>> {
    const take = checkFirst("first", first, this.config.defaultPageSize, this.config.maxPageSize);
    const offset = after ? Number(decodeCursor("after", CURSOR, after)) : 0;
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new BadUserInputError("after", "is not a cursor returned by this connection");
    }
    checkNoSecret("text", text);
    if (text.length > MAX_TEXT) {
      throw new BadUserInputError("text", `must be at most ${MAX_TEXT} characters`);
    }
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) throw new BadUserInputError("text", "must contain a letter or digit");
    const kindList = (kinds ?? []).map((k, i) => checkKind(`kinds[${i}]`, k));
    if (kindList.length > LIMITS.tags) {
      throw new BadUserInputError("kinds", `at most ${LIMITS.tags} kinds`);
    }

    const key = foldKey(text);
    const exact = { key, slugForm: key.replace(/ /g, "-") };
    let query = { words, any: false, kinds: kindList };
    let result = await this.sql.search(query, exact, take, offset);
    if (result.total === 0 && words.length > 1) {
      query = { ...query, any: true };
      result = await this.sql.search(query, exact, take, offset);
    }
    const { total: totalCount, rows, details } = result;
    return {
      items: rows.map((r, i) => {
        const d = details.get(r.id);
        return {
          cursor: encodeCursor(CURSOR, offset + i + 1),
          node: {
            concept: this.index?.concept(r.id) ?? {
              scope: null,
              apiVersion: null,
              lifecycle: [],
              id: r.id,
              slug: r.slug,
              name: r.name,
              kind: r.kind,
              summary: r.summary,
              description: r.description,
              docsUrl: r.docsUrl,
              version: r.version,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
            },
            exact: r.tier === 0,
            matched: (d?.matched ?? []).map((f) => SEARCH_FIELDS[f]!),
            snippet: d?.snippet
              ? escapeHtml(d.snippet).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>")
              : escapeHtml(r.summary),
            score: r.score,
          },
        };
      }),
      hasNextPage: take > 0 && offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      totalCount,
    };
  }
}
