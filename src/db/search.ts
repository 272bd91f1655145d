import type { Concept as ConceptModel, PrismaClient } from "../generated/prisma/client.js";
import { type Provider, asDate, normalizeRow } from "./db.js";
import { postgresSearch } from "./search-postgres.js";
import { sqliteSearch } from "./search-sqlite.js";

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

/** Full-text search in each database's own engine: FTS5 on SQLite, tsvector + GIN on PostgreSQL. */
export interface SearchSql {
  count(q: SearchQuery): Promise<number>;
  page(q: SearchQuery, exact: ExactForms, take: number, offset: number): Promise<SearchRow[]>;
  details(q: SearchQuery, ids: number[]): Promise<Map<number, SearchDetail>>;
}

/** The search statements for `provider`. */
export function searchSql(provider: Provider, prisma: PrismaClient): SearchSql {
  return provider === "postgresql" ? postgresSearch(prisma) : sqliteSearch(prisma);
}

/** `value%` for LIKE, with LIKE's wildcards escaped by a backslash. */
/** The arguments of the tier CASE both dialects share: exact key, slug and alias, then their prefixes. */
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

export const likePrefix = (v: string) => `${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
