import type { Config } from "../../config.js";
import { normalizeRow } from "../../db/client.js";
import { BadUserInputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Concept } from "../concept/concept.service.js";
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
  /** Relevance (higher is better): BM25 over the weighted fields. */
  score: number;
}

const CURSOR = "search";
// Relative weights of slug, name, aliases, summary, description, notes in the ranking.
const WEIGHTS = "2.0, 10.0, 8.0, 3.0, 1.0, 1.0";
const MAX_TEXT = 200;
const OPEN = "\u0001";
const CLOSE = "\u0002";

type Row = Concept & { tier: number; score: number };

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Ranked full-text search over concepts (SQLite FTS5, kept in sync by triggers in every write). */
export class SearchService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
  ) {}

  /**
   * Concepts matching every word of `text` (the last word as a prefix, so "kube-sch" finds
   * kube-scheduler), or any word when none matches them all. Exact slug, name and alias
   * matches come first, then names starting with the text, then by BM25.
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
    if (text.length > MAX_TEXT) {
      throw new BadUserInputError("text", `must be at most ${MAX_TEXT} characters`);
    }
    checkNoSecret("text", text);
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) throw new BadUserInputError("text", "must contain a letter or digit");
    const kindList = (kinds ?? []).map((k, i) => checkKind(`kinds[${i}]`, k));
    if (kindList.length > LIMITS.tags) {
      throw new BadUserInputError("kinds", `at most ${LIMITS.tags} kinds`);
    }

    const quoted = words.map((w) => `"${w}"`);
    quoted[quoted.length - 1] += "*";
    const all = quoted.join(" AND ");
    let match = all;
    let totalCount = await this.count(all, kindList);
    if (totalCount === 0 && words.length > 1) {
      match = quoted.join(" OR ");
      totalCount = await this.count(match, kindList);
    }
    if (totalCount === 0 || offset >= totalCount || take === 0) {
      return { items: [], hasNextPage: false, hasPreviousPage: offset > 0, totalCount };
    }

    const key = foldKey(text);
    const slugForm = key.replace(/ /g, "-");
    const esc = (v: string) => `${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = (
      await this.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT c.id, c.slug, c.name, c.kind, c.summary, c.description, c.docsUrl, c.version,
           c.createdAt, c.updatedAt,
           CASE WHEN c.nameKey = ? OR c.slug = ?
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key = ?) THEN 0
                WHEN c.nameKey LIKE ? ESCAPE '\\' OR c.slug LIKE ? ESCAPE '\\'
                  OR EXISTS (SELECT 1 FROM "Alias" a WHERE a.conceptId = c.id AND a.key LIKE ? ESCAPE '\\') THEN 1
                ELSE 2 END AS tier,
           -bm25("ConceptSearch", ${WEIGHTS}) AS score
         FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
         WHERE "ConceptSearch" MATCH ? ${this.kindClause(kindList)}
         ORDER BY tier, score DESC, c.slug
         LIMIT ? OFFSET ?`,
        key,
        slugForm,
        key,
        esc(key),
        esc(slugForm),
        esc(key),
        match,
        ...kindList,
        take,
        offset,
      )
    ).map((r) => normalizeRow<Row>(r));
    const details = await this.details(
      match,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r, i) => {
        const d = details.get(r.id);
        return {
          cursor: encodeCursor(CURSOR, offset + i + 1),
          node: {
            concept: {
              id: r.id,
              slug: r.slug,
              name: r.name,
              kind: r.kind,
              summary: r.summary,
              description: r.description,
              docsUrl: r.docsUrl,
              version: r.version,
              createdAt: new Date(r.createdAt),
              updatedAt: new Date(r.updatedAt),
            },
            exact: r.tier === 0,
            matched: d?.matched ?? [],
            snippet: d?.snippet ?? escapeHtml(r.summary),
            score: r.score,
          },
        };
      }),
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      totalCount,
    };
  }

  private kindClause(kinds: string[]) {
    if (kinds.length === 0) return "";
    return `AND c.kind IN (${kinds.map(() => "?").join(", ")})`;
  }

  private async count(match: string, kinds: string[]): Promise<number> {
    // Without a kind filter the FTS index alone can count (an order of magnitude faster).
    const [row] = await this.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      kinds.length === 0
        ? `SELECT count(*) AS n FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?`
        : `SELECT count(*) AS n FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
       WHERE "ConceptSearch" MATCH ? ${this.kindClause(kinds)}`,
      match,
      ...kinds,
    );
    return normalizeRow<{ n: number }>(row!).n;
  }

  /** Snippets and matched fields, computed only for the rows of the page. */
  private async details(match: string, ids: number[]) {
    const highlights = SEARCH_FIELDS.map(
      (_, i) => `instr(highlight("ConceptSearch", ${i}, char(1), char(2)), char(1)) > 0 AS m${i}`,
    ).join(", ");
    const rows = await this.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT rowid AS id, snippet("ConceptSearch", -1, char(1), char(2), '…', 16) AS snippet, ${highlights}
       FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?
       AND rowid IN (${ids.map(() => "?").join(", ")})`,
      match,
      ...ids,
    );
    const out = new Map<number, { snippet: string; matched: SearchField[] }>();
    for (const raw of rows) {
      const r = normalizeRow<Record<string, number | string>>(raw);
      out.set(Number(r.id), {
        snippet: escapeHtml(String(r.snippet))
          .replaceAll(OPEN, "<mark>")
          .replaceAll(CLOSE, "</mark>"),
        matched: SEARCH_FIELDS.filter((_, i) => Number(r[`m${i}`]) === 1),
      });
    }
    return out;
  }
}
