import { type Span, tokenize } from "./fts5-unicode61.js";

/**
 * FTS5's bm25() (sqlite3.c 3.49, fts5Bm25Function), computed in the server for a few rows: the
 * same formula and the same operations in the same order, so the scores equal SQLite's (up to the
 * last bit of `log`). What SQLite recomputes on every query by walking each phrase's whole
 * posting list, the number of rows holding each phrase, is given by the caller (who caches it).
 */

const K1 = 1.2;
const B = 0.75;

/** One phrase of a MATCH expression: a single folded token, `prefix` when it ends with `*`. */
export interface Phrase {
  term: string;
  prefix: boolean;
}

/**
 * The phrase FTS5 makes of a quoted query word, or null when the word is not exactly one token
 * (the server then leaves the ranking to SQLite).
 */
export function phraseOf(word: string, prefix: boolean): Phrase | null {
  const tokens = tokenize(word);
  return tokens.length === 1 ? { term: tokens[0]!, prefix } : null;
}

/** SQLite varints (big-endian, 7 bits a byte, the ninth byte whole), as FTS5 stores its sizes. */
export function readVarints(blob: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < blob.length) {
    let v = 0;
    let n = 0;
    for (;;) {
      const byte = blob[i++] ?? 0;
      if (n === 8) {
        v = v * 256 + byte;
        break;
      }
      v = v * 128 + (byte & 0x7f);
      n++;
      if ((byte & 0x80) === 0) break;
    }
    out.push(v);
  }
  return out;
}

/** The table-wide numbers of bm25: rows, and tokens over all columns (the averages record). */
export interface Fts5Totals {
  rows: number;
  tokens: number;
}

/** FTS5's averages record (id 1 of the `_data` table): the row count, then each column's tokens. */
export function readTotals(averages: Uint8Array): Fts5Totals {
  const [rows = 0, ...columns] = readVarints(averages);
  return { rows, tokens: columns.reduce((a, b) => a + b, 0) };
}

/** IDF of a phrase held by `hits` of `rows` rows, clamped to 1e-6 as FTS5 does. */
export function idf(rows: number, hits: number): number {
  const v = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/** Each phrase's frequency in one row of `columns` (its tokens): the sum of the column weights of its instances. */
export function spanFrequencies(
  columns: readonly Span[][],
  weights: readonly number[],
  phrases: readonly Phrase[],
): number[] {
  const freq = phrases.map(() => 0);
  for (let c = 0; c < columns.length; c++) {
    const w = weights[c]!;
    for (const { term: token } of columns[c]!) {
      for (let p = 0; p < phrases.length; p++) {
        const { term, prefix } = phrases[p]!;
        if (prefix ? token.startsWith(term) : token === term) freq[p]! += w;
      }
    }
  }
  return freq;
}

/** bm25 of one row (positive: higher is better; SQL `bm25()` returns it negated). */
export function bm25(
  idfs: readonly number[],
  freq: readonly number[],
  size: number,
  avgdl: number,
) {
  let score = 0.0;
  for (let i = 0; i < idfs.length; i++) {
    score += idfs[i]! * ((freq[i]! * (K1 + 1.0)) / (freq[i]! + K1 * (1 - B + (B * size) / avgdl)));
  }
  return score;
}
