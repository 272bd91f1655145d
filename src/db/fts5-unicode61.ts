/**
 * FTS5's "unicode61" tokenizer with `remove_diacritics 2` (the one of migration *_concept_search),
 * in JS, so that the server can rank a few matching rows itself (src/db/fts5-rank.ts). Its tables
 * are SQLite's own (sqlite3.c 3.49: sqlite3Fts5UnicodeCategory with the categories "L* N* Co",
 * which makes unassigned code points token characters too; sqlite3Fts5UnicodeFold,
 * fts5_remove_diacritic, sqlite3Fts5UnicodeIsdiacritic), not JS's Unicode data, which is newer:
 * test/search-rank.test.ts compares it with SQLite's tokens for every code point.
 */

// Code points where "is a token character" flips, from 0 (not one) on: deltas in base 36
// (from sqlite3Fts5UnicodeCategory's tables; see the module comment).
const TOKEN_CHAR_TOGGLES =
  "0,1c,a,7,q,6,q,1b,1,7,2,1,1,3,2,1,3,1,n,1,v,1,cq,4,c,e,5,7,1,1,1,3l,5,1,8,1,5,2,1,1,32,1," +
  "3v,8,5s,6,15,2,4,1,1,1j,17,2,b,5,1,m,2,2,17,l,a,4,2,1,2r,1,1,f,2,7,f,2,1,e,1,1,1,1,u,r," +
  "2j,b,1m,9,2,4,s,4,1,9,1,3,1,5,2,f,q,3,2,1,3p,r,1,4,1i,3,1,i,1,7,a,4,a,1,g,3,1k,1,1,7,2,2," +
  "2,3,9,1,a,2,e,2,6,2,5,3,1k,1,1,5,4,2,2,3,3,1,u,2,3,1,b,3,1k,1,1,8,1,3,1,3,k,2,c,2,f,3,1k," +
  "1,1,7,2,2,2,3,8,2,a,2,c,1,h,1,1n,5,3,3,1,4,9,1,r,8,6,3,1m,7,1,3,1,4,7,2,b,2,r,1,2,2,1k,1," +
  "1,7,1,3,1,4,7,2,b,2,u,2,1m,7,1,3,1,4,9,1,a,2,l,1,8,2,1y,1,4,6,1,1,1,8,i,3,1o,1,2,7,4,1,7," +
  "9,a,2,2d,1,2,6,1,2,b,6,1f,v,k,c,1d,n,5,b,1,10,1,f,1,d,28,k,b,6,6,4,4,3,1,3,2,7,3,4,d,c,1," +
  "1,a,6,2j,1,gx,c,13,a,2u,1,h8,2,h,1,q,2,26,3,10,3,t,5,r,2,u,2,1s,z,1,4,1,1,y,f,4a,1,3a,c," +
  "4,c,4,1,3,2,2y,h,7,2,k,y,n,5,2,2,1h,a,1,t,2,1,w,7,1,6,2a,5,1b,h,l,z,3,3,u,d,1k,e,8,4,10," +
  "k,3,5,1q,2,1s,8,8,p,4,1,4,3,5n,13,l,4,cd,1,1,3,b,3,d,3,d,3,d,2,1,2t,5,6,a,5,b,5,h,q,m,x," +
  "f,2,1,4,1,2,a,1,1,3,5,6,1,1,1,1,1,1,4,1,b,2,4,5,5,4,1,1,1s,h0,c,13,p,b,29,26,m,e8,1,39,u," +
  "qh,3,a,az,6,4,3,7,4,1,2,34,1,e,1,2o,27,1,c,1w,q,1,2h,c,5y,q,c,4,5,3,p,9,7,5,2,5,3,2h,4,3," +
  "1,2i,1,44,2,4,a,w,10,s,v,b,u,8,1,f,w,a,13,f,1r,1,74,534,1s,h3k,1j,1j,2,7h,3,2n,g,w,1,28," +
  "8,8,n,9,2,2v,2,3b,1,3,1,4,1,n,9,a,4,1m,4,8,2,1e,h,9,2,g,i,6,3,17,a,n,d,b,1,w,4,1b,r,g,2," +
  "21,e,c,1,8,2,e,4,n,3,1,1,1g,1,1,3,2,2,5,2,1,1,s,2,b,7,3,2,6k,b,8pe,1,ou,2,3i,2,se,1,5cu," +
  "1,a,1,3s,g,ak,2,58,2,2,q,6,7,9,z,1,j,1,4,43,1,1,f,a,7,q,6,q,b,3e,7,1,7,a,5,76,3,1g,9,1l," +
  "h,6,c,1g,1a,bl,1,1c,1,w6,1,5j,1,v,1,5d,3,1,2,5,4,14,3,4,1,g,9,12,1,55,7,xs,3,1h,m,1e,3," +
  "19,i,1q,3,10,e,b,4,1o,3,1c,e,4,4,yq,d,2pk,4,esd,1a,g,4,j1p,6u,a,13,2,51,y,1y,56,2f,oa,1," +
  "p,1,v,1,p,1,v,1,p,1,v,1,p,1,v,1,p,1,4ks,2,7i,18,4,2s,c,f,2,e,2,f,1,f,1c,v,1,1o,4,17,23,t," +
  "d,17,5,9,7,2,4u,x,f,6,1,1y,3,k,c,11,1,5,l,h,f,1r,1,1,1,52,1,4,3,1q,2,4,c,o,43,1y,4,b,1c," +
  "1y,1m,38,gwi5,1,u,2o,3k,6o";
const TOGGLES = TOKEN_CHAR_TOGGLES.split(",").reduce<number[]>((acc, d) => {
  acc.push((acc.at(-1) ?? 0) + parseInt(d, 36));
  return acc;
}, []);

// Rules folding a range of code points to lower case: [first, flags, length] (aEntry in sqlite3.c).
// prettier-ignore
const FOLD_RULES = [
  65, 14, 26, 181, 64, 1, 192, 14, 23, 216, 14, 7, 256, 1, 48, 306, 1, 6, 313, 1, 16, 330, 1, 46,
  376, 116, 1, 377, 1, 6, 383, 104, 1, 385, 50, 1, 386, 1, 4, 390, 44, 1, 391, 0, 1, 393, 42, 2,
  395, 0, 1, 398, 32, 1, 399, 38, 1, 400, 40, 1, 401, 0, 1, 403, 42, 1, 404, 46, 1, 406, 52, 1,
  407, 48, 1, 408, 0, 1, 412, 52, 1, 413, 54, 1, 415, 56, 1, 416, 1, 6, 422, 60, 1, 423, 0, 1,
  425, 60, 1, 428, 0, 1, 430, 60, 1, 431, 0, 1, 433, 58, 2, 435, 1, 4, 439, 62, 1, 440, 0, 1,
  444, 0, 1, 452, 2, 1, 453, 0, 1, 455, 2, 1, 456, 0, 1, 458, 2, 1, 459, 1, 18, 478, 1, 18,
  497, 2, 1, 498, 1, 4, 502, 122, 1, 503, 134, 1, 504, 1, 40, 544, 110, 1, 546, 1, 18, 570, 70, 1,
  571, 0, 1, 573, 108, 1, 574, 68, 1, 577, 0, 1, 579, 106, 1, 580, 28, 1, 581, 30, 1, 582, 1, 10,
  837, 36, 1, 880, 1, 4, 886, 0, 1, 902, 18, 1, 904, 16, 3, 908, 26, 1, 910, 24, 2, 913, 14, 17,
  931, 14, 9, 962, 0, 1, 975, 4, 1, 976, 140, 1, 977, 142, 1, 981, 146, 1, 982, 144, 1, 984, 1, 24,
  1008, 136, 1, 1009, 138, 1, 1012, 130, 1, 1013, 128, 1, 1015, 0, 1, 1017, 152, 1, 1018, 0, 1,
  1021, 110, 3, 1024, 34, 16, 1040, 14, 32, 1120, 1, 34, 1162, 1, 54, 1216, 6, 1, 1217, 1, 14,
  1232, 1, 88, 1329, 22, 38, 4256, 66, 38, 4295, 66, 1, 4301, 66, 1, 7680, 1, 150, 7835, 132, 1,
  7838, 96, 1, 7840, 1, 96, 7944, 150, 8, 7960, 150, 6, 7976, 150, 8, 7992, 150, 8, 8008, 150, 6,
  8025, 151, 8, 8040, 150, 8, 8072, 150, 8, 8088, 150, 8, 8104, 150, 8, 8120, 150, 2, 8122, 126, 2,
  8124, 148, 1, 8126, 100, 1, 8136, 124, 4, 8140, 148, 1, 8152, 150, 2, 8154, 120, 2, 8168, 150, 2,
  8170, 118, 2, 8172, 152, 1, 8184, 112, 2, 8186, 114, 2, 8188, 148, 1, 8486, 98, 1, 8490, 92, 1,
  8491, 94, 1, 8498, 12, 1, 8544, 8, 16, 8579, 0, 1, 9398, 10, 26, 11264, 22, 47, 11360, 0, 1,
  11362, 88, 1, 11363, 102, 1, 11364, 90, 1, 11367, 1, 6, 11373, 84, 1, 11374, 86, 1, 11375, 80, 1,
  11376, 82, 1, 11378, 0, 1, 11381, 0, 1, 11390, 78, 2, 11392, 1, 100, 11499, 1, 4, 11506, 0, 1,
  42560, 1, 46, 42624, 1, 24, 42786, 1, 14, 42802, 1, 62, 42873, 1, 4, 42877, 76, 1, 42878, 1, 10,
  42891, 0, 1, 42893, 74, 1, 42896, 1, 4, 42912, 1, 10, 42922, 72, 1, 65313, 14, 26,
];
// prettier-ignore
const FOLD_OFFSETS = [
  1, 2, 8, 15, 16, 26, 28, 32, 37, 38, 40, 48, 63, 64, 69, 71, 79, 80, 116, 202, 203, 205, 206,
  207, 209, 210, 211, 213, 214, 217, 218, 219, 775, 7264, 10792, 10795, 23228, 23256, 30204, 54721,
  54753, 54754, 54756, 54787, 54793, 54809, 57153, 57274, 57921, 58019, 58363, 61722, 65268, 65341,
  65373, 65406, 65408, 65410, 65415, 65424, 65436, 65439, 65450, 65462, 65472, 65476, 65478, 65480,
  65482, 65488, 65506, 65511, 65514, 65521, 65527, 65528, 65529,
];
// Ranges of code points with a diacritic: first << 3 | length - 1 (aDia in sqlite3.c) ...
// prettier-ignore
const DIACRITIC_RANGES = [
  0, 1797, 1848, 1859, 1891, 1928, 1940, 1995, 2024, 2040, 2060, 2110, 2168, 2206, 2264, 2286,
  2344, 2383, 2472, 2488, 2516, 2596, 2668, 2732, 2782, 2842, 2894, 2954, 2984, 3000, 3028, 3336,
  3456, 3696, 3712, 3728, 3744, 3766, 3832, 3896, 3912, 3928, 3944, 3968, 4008, 4040, 4056, 4106,
  4138, 4170, 4202, 4234, 4266, 4296, 4312, 4344, 4408, 4424, 4442, 4472, 4488, 4504, 6148, 6198,
  6264, 6280, 6360, 6429, 6505, 6529, 61448, 61468, 61512, 61534, 61592, 61610, 61642, 61672,
  61688, 61704, 61726, 61784, 61800, 61816, 61836, 61880, 61896, 61914, 61948, 61998, 62062, 62122,
  62154, 62184, 62200, 62218, 62252, 62302, 62364, 62410, 62442, 62478, 62536, 62554, 62584, 62604,
  62640, 62648, 62656, 62664, 62730, 62766, 62830, 62890, 62924, 62974, 63032, 63050, 63082, 63118,
  63182, 63242, 63274, 63310, 63368, 63390,
];
// ... and the ASCII letter each range becomes (aChar): "." none (the code point is dropped), upper
// case where only remove_diacritics 2 removes it (the 0x80 bit in sqlite3.c).
const DIACRITIC_BASES =
  ".aceinouyyacdeeghijklnorstuuwyzouaiouUAgkoOjgnAaeiorusthaeOoOy........abCddEeEfghhiIklLlmnOprRrsStuUvwwxyzhtwyaAAAeEEioOOOuUUy";

const ASCII_TOKEN = /[a-z0-9]+/g;
// Only code units below 0x80.
const ASCII = /^[^\u0080-\uffff]*$/;

/** The last index of `table` (read with `at`, `count` entries) whose value is <= `key`. */
function floorIndex(count: number, at: (i: number) => number, key: number): number {
  let lo = 0;
  let hi = count - 1;
  let res = -1;
  while (hi >= lo) {
    const mid = (hi + lo) >> 1;
    if (key >= at(mid)) {
      res = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return res;
}

/** fts5_remove_diacritic(c, bComplex = 1): the ASCII letter under `c`, 0 to drop it, or `c`. */
function removeDiacritic(c: number): number {
  const i = floorIndex(DIACRITIC_RANGES.length, (k) => DIACRITIC_RANGES[k]!, (c << 3) | 7);
  const range = DIACRITIC_RANGES[i]!;
  if (c > (range >> 3) + (range & 7)) return c;
  const base = DIACRITIC_BASES[i]!;
  return base === "." ? 0 : base.toLowerCase().charCodeAt(0);
}

/** sqlite3Fts5UnicodeFold(c, 2): lower case without diacritics; 0 for a mark that is dropped. */
export function foldCodePoint(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 65536) {
    const i = floorIndex(FOLD_RULES.length / 3, (k) => FOLD_RULES[k * 3]!, c);
    const [first, flags, length] = [
      FOLD_RULES[i * 3]!,
      FOLD_RULES[i * 3 + 1]!,
      FOLD_RULES[i * 3 + 2]!,
    ];
    let ret = c;
    if (c < first + length && (0x01 & flags & (first ^ c)) === 0) {
      ret = (c + FOLD_OFFSETS[flags >> 1]!) & 0xffff;
    }
    return removeDiacritic(ret);
  }
  return c >= 66560 && c < 66600 ? c + 40 : c;
}

/** Whether FTS5 sees code point `c` as part of a token (letters, digits, private use, unassigned). */
export function isTokenChar(c: number): boolean {
  return floorIndex(TOGGLES.length, (k) => TOGGLES[k]!, c) % 2 === 1;
}

/** Combining marks that continue a token, and are then dropped (sqlite3Fts5UnicodeIsdiacritic). */
function isDiacritic(c: number): boolean {
  if (c < 768 || c > 817) return false;
  return c < 800 ? ((0x08029fdf >>> (c - 768)) & 1) === 1 : ((0x000361f8 >>> (c - 800)) & 1) === 1;
}

/** One token: its folded text and where it is in the text (string offsets, end exclusive). */
export interface Span {
  term: string;
  start: number;
  end: number;
}

/** The tokens FTS5's unicode61 (remove_diacritics 2) makes of `text`, in order, with offsets. */
export function tokenSpans(text: string): Span[] {
  if (ASCII.test(text)) {
    return Array.from(text.toLowerCase().matchAll(ASCII_TOKEN), (m) => ({
      term: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  }
  const spans: Span[] = [];
  let token: string | null = null;
  let start = 0;
  let end = 0;
  for (let i = 0; i < text.length;) {
    const at = i;
    let c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    // SQLite reads surrogates, U+FFFE and U+FFFF as U+FFFD (READ_UTF8).
    if ((c & 0xfffff800) === 0xd800 || (c & 0xfffffffe) === 0xfffe) c = 0xfffd;
    if (isTokenChar(c) || (token !== null && isDiacritic(c))) {
      if (token === null) [token, start] = ["", at];
      const folded = foldCodePoint(c);
      if (folded !== 0) token += String.fromCodePoint(folded);
      end = i;
    } else if (token !== null) {
      spans.push({ term: token, start, end });
      token = null;
    }
  }
  if (token !== null) spans.push({ term: token, start, end });
  return spans;
}

/** The tokens FTS5's unicode61 (remove_diacritics 2) makes of `text`, in order. */
export function tokenize(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_TOKEN) ?? [];
  return tokenSpans(text).map((s) => s.term);
}
