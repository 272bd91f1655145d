import type { Concept as ConceptModel } from "../generated/prisma/client.js";
import { asDate, normalizeRow } from "./rows.js";

/** The words searched for: every one must match (or any, when `any`), the last as a prefix. */
export interface SearchQuery {
  words: string[];
  any: boolean;
  kinds: string[];
}

/** One ranked match: the concept's columns, its tier (0 exact, 1 starts with, 2 other) and score. */
export type SearchRow = Omit<ConceptModel, "nameKey"> & { tier: number; score: number };

/** The text forms an exact (tier 0) or starts-with (tier 1) match compares with. */
export interface ExactForms {
  /** The folded name/alias key. */
  key: string;
  /** The same as a slug. */
  slugForm: string;
}

/** Marks around matching words in snippets (turned into <mark> after HTML-escaping). */
export const OPEN = "\u0001";
export const CLOSE = "\u0002";

/** What a page row's search document says: the best passage (marked) and which fields match. */
export interface SearchDetail {
  snippet: string;
  /** Indexes into the fields slug, name, aliases, summary, description, notes. */
  matched: number[];
}

/** One search: how many concepts match, one ranked page of them and what each page row says. */
export interface SearchResult {
  total: number;
  /** Ranked by tier, then score (higher first), then slug; empty past the end. */
  rows: SearchRow[];
  /** By concept id, for the rows of the page only. */
  details: Map<number, SearchDetail>;
}

/**
 * Full-text search in each database's own engine: FTS5 on SQLite (src/db/search-sqlite.ts),
 * tsvector + GIN on PostgreSQL (src/db/search-postgres.ts). Each open Db has one (`Db.search`).
 */
export interface SearchSql {
  search(q: SearchQuery, exact: ExactForms, take: number, offset: number): Promise<SearchResult>;
}

/** The arguments of the tier CASE (PostgreSQL): exact key, slug and alias, then their prefixes. */
export const tierArgs = ({ key, slugForm }: ExactForms) => [
  key,
  slugForm,
  key,
  likePrefix(key),
  likePrefix(slugForm),
  likePrefix(key),
];

/** A raw ranked row as a SearchRow: numbers and dates normalised. */
export function toSearchRow(raw: Record<string, unknown>): SearchRow {
  const r = normalizeRow<SearchRow>(raw);
  return { ...r, createdAt: asDate(r.createdAt), updatedAt: asDate(r.updatedAt) };
}

/** A raw page as ranked rows and, by concept id, what each row's search document says. */
export function toSearchPage(
  raw: Record<string, unknown>[],
  detailOf: (raw: Record<string, unknown>) => SearchDetail,
): Pick<SearchResult, "rows" | "details"> {
  const rows: SearchRow[] = [];
  const details = new Map<number, SearchDetail>();
  for (const r of raw) {
    const row = toSearchRow(r);
    rows.push(row);
    details.set(row.id, detailOf(r));
  }
  return { rows, details };
}

/** `value%` for LIKE, with LIKE's wildcards escaped by a backslash. */
export const likePrefix = (v: string) => `${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
