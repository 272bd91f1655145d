import type { Phrase } from "./fts5-rank.js";
import type { Span } from "./fts5-unicode61.js";

/**
 * FTS5's snippet() and which columns highlight() would mark (sqlite3.c 3.49, fts5_aux.c), for
 * one row of single-token phrases, from the row's tokens: the same output as SQLite's, without
 * running the query again for the row.
 */

/** One phrase instance: which phrase, in which column, at which token. */
export interface Instance {
  phrase: number;
  column: number;
  offset: number;
}

/** The row's phrase instances in FTS5's order (xInst): by column, offset, then phrase. */
export function instances(columns: readonly Span[][], phrases: readonly Phrase[]): Instance[] {
  const out: Instance[] = [];
  columns.forEach((spans, column) =>
    spans.forEach(({ term }, offset) =>
      phrases.forEach(({ term: t, prefix }, phrase) => {
        if (prefix ? term.startsWith(t) : term === t) out.push({ phrase, column, offset });
      }),
    ),
  );
  return out;
}

/** The columns holding an instance (where highlight() would insert a mark). */
export const matchedColumns = (inst: readonly Instance[]) =>
  [...new Set(inst.map((i) => i.column))].sort((a, b) => a - b);

/** Coalesced instances of one column (fts5CInstIterNext; every phrase is one token long). */
class CInstIter {
  start = -1;
  end = -1;
  private i = 0;

  constructor(
    private readonly inst: readonly Instance[],
    private readonly column: number,
  ) {
    this.next();
  }

  next() {
    this.start = -1;
    this.end = -1;
    for (; this.i < this.inst.length; this.i++) {
      const { column, offset } = this.inst[this.i]!;
      if (column !== this.column) continue;
      if (this.start < 0) [this.start, this.end] = [offset, offset];
      else if (offset <= this.end) this.end = Math.max(this.end, offset);
      else break;
    }
  }
}

/** The first token of each sentence of a column (fts5SentenceFinderCb). */
function sentenceStarts(text: string, spans: readonly Span[]): number[] {
  const starts: number[] = [];
  spans.forEach(({ start }, pos) => {
    if (pos === 0) return starts.push(0);
    let i = start - 1;
    let c = "";
    for (; i >= 0; i--) {
      c = text[i]!;
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") break;
    }
    if (i !== start - 1 && (c === "." || c === ":")) starts.push(pos);
  });
  return starts;
}

/** fts5SnippetScore: 1000 per distinct phrase and 1 per repeat in [pos, pos + nToken). */
function snippetScore(
  inst: readonly Instance[],
  nPhrase: number,
  column: number,
  docSize: number,
  pos: number,
  nToken: number,
): { score: number; adjusted: number } {
  const seen = new Uint8Array(nPhrase);
  const end = pos + nToken;
  let score = 0;
  let first = -1;
  let last = 0;
  for (const { phrase, column: c, offset } of inst) {
    if (c !== column || offset < pos || offset >= end) continue;
    score += seen[phrase] ? 1 : 1000;
    seen[phrase] = 1;
    if (first < 0) first = offset;
    last = offset + 1;
  }
  let adjusted = first - Math.trunc((nToken - (last - first)) / 2);
  if (adjusted + nToken > docSize) adjusted = docSize - nToken;
  return { score, adjusted: Math.max(0, adjusted) };
}

/**
 * snippet(table, -1, open, close, ellipsis, nToken) of one row: `texts` and `columns` (their
 * tokens) per column; the number of tokens of each column is its docsize.
 */
export function snippet(
  texts: readonly string[],
  columns: readonly Span[][],
  inst: readonly Instance[],
  nPhrase: number,
  marks: { open: string; close: string; ellipsis: string },
  nToken: number,
): string {
  let bestColumn = 0;
  let bestStart = 0;
  let bestScore = 0;
  for (let col = 0; col < columns.length; col++) {
    const docSize = columns[col]!.length;
    const firsts = sentenceStarts(texts[col]!, columns[col]!);
    for (const { column, offset } of inst) {
      if (column !== col) continue;
      const s = snippetScore(inst, nPhrase, col, docSize, offset, nToken);
      if (s.score > bestScore) [bestScore, bestColumn, bestStart] = [s.score, col, s.adjusted];
      if (firsts.length > 0 && docSize > nToken) {
        let jj = 0;
        while (jj < firsts.length - 1 && !(firsts[jj + 1]! > offset)) jj++;
        const sentence = firsts[jj]!;
        if (sentence < offset) {
          const score =
            snippetScore(inst, nPhrase, col, docSize, sentence, nToken).score +
            (sentence === 0 ? 120 : 100);
          if (score > bestScore) [bestScore, bestColumn, bestStart] = [score, col, sentence];
        }
      }
    }
  }
  return highlightRange(
    texts[bestColumn]!,
    columns[bestColumn]!,
    new CInstIter(inst, bestColumn),
    bestStart,
    nToken,
    marks,
  );
}

/** The tokens [from, from + nToken) of one column with instances marked (fts5HighlightCb). */
function highlightRange(
  text: string,
  spans: readonly Span[],
  iter: CInstIter,
  from: number,
  nToken: number,
  { open, close, ellipsis }: { open: string; close: string; ellipsis: string },
): string {
  const rangeEnd = from + nToken - 1;
  let out = from > 0 ? ellipsis : "";
  let off = 0;
  let isOpen = false;
  while (iter.start >= 0 && iter.start < from) iter.next();
  for (let pos = from; pos <= rangeEnd && pos < spans.length; pos++) {
    const { start, end } = spans[pos]!;
    if (from > 0 && pos === from) off = start;
    if (isOpen && (pos <= iter.start || iter.start < 0) && start > off) {
      out += close;
      isOpen = false;
    }
    if (pos === iter.start && !isOpen) {
      out += text.slice(off, start) + open;
      off = start;
      isOpen = true;
    }
    if (pos === iter.end) {
      if (!isOpen) {
        out += open;
        isOpen = true;
      }
      out += text.slice(off, end);
      off = end;
      iter.next();
    }
    if (pos === rangeEnd) {
      if (isOpen) {
        if (iter.start >= 0 && pos >= iter.start) {
          out += text.slice(off, end);
          off = end;
        }
        out += close;
        isOpen = false;
      }
      out += text.slice(off, end);
      off = end;
    }
  }
  if (isOpen) out += close;
  return out + (rangeEnd >= spans.length - 1 ? text.slice(off) : ellipsis);
}
