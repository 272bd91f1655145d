/**
 * Other readings of a text that a credential may hide in: with JSON/string escapes undone
 * (`\"`, `\n`: a manifest pasted as a JSON string) and with wrapped lines joined (a token split
 * over lines). Each view maps its offsets back to the original, so a span found in a view is
 * redacted whole in the original.
 */

export interface View {
  text: string;
  /** Offset in the original text of each offset of `text`, plus one entry for its end. */
  offsets: Int32Array;
}

/** `text` with each match of `re` replaced by `replace(match)`; null when nothing matches. */
function rewrite(text: string, re: RegExp, replace: (m: RegExpExecArray) => string): View | null {
  const matches = [...text.matchAll(re)];
  if (matches.length === 0) return null;
  const offsets = new Int32Array(text.length + 1);
  let out = "";
  let at = 0;
  const keep = (to: number) => {
    for (let i = at; i < to; i++) offsets[out.length + i - at] = i;
    out += text.slice(at, to);
  };
  for (const m of matches) {
    keep(m.index);
    const by = replace(m);
    for (let i = 0; i < by.length; i++) offsets[out.length + i] = m.index;
    out += by;
    at = m.index + m[0].length;
  }
  keep(text.length);
  offsets[out.length] = text.length;
  return { text: out, offsets: offsets.subarray(0, out.length + 1) };
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t" };
const ESCAPE = /\\(["'\\/nrt])/g;

/**
 * A line break between token characters where the next line holds nothing but token characters
 * (after indentation or a `>` quote mark; maybe closed by a quote, comma or bracket).
 */
const WRAP =
  /(?<=[A-Za-z0-9_+/=.-])[ \t]*\r?\n[ \t>]*(?=[A-Za-z0-9_+/=.-]+["',\]}]*[ \t]*(?:\r?\n|$))/g;

/** A line holding one plain word ("Outro", "then."): after a token, more likely text than its tail. */
const PLAIN_WORD = /^[A-Z]?[a-z]+[.]?$/;

/** A view of a view, mapped to the original. */
const compose = (outer: View, inner: View): View => ({
  text: inner.text,
  offsets: inner.offsets.map((o) => outer.offsets[o]!),
});

/** The text of the line a wrap match leads to (without indentation or a closing quote). */
const nextLine = (text: string, m: RegExpExecArray) => {
  const from = m.index + m[0].length;
  const end = text.indexOf("\n", from);
  return text.slice(from, end < 0 ? text.length : end).replace(/["',\]}\s]+$/, "");
};

/** The views of `text` that differ from it (none for most text). */
export function viewsOf(text: string): View[] {
  const views: View[] = [];
  const unescaped = text.includes("\\")
    ? rewrite(text, ESCAPE, (m) => ESCAPES[m[1]!] ?? m[1]!)
    : null;
  if (unescaped) views.push(unescaped);
  for (const base of [text, unescaped?.text]) {
    if (base === undefined || !base.includes("\n")) continue;
    const add = (v: View | null) => {
      if (v) views.push(base === text ? v : compose(unescaped!, v));
    };
    // Every wrap joined (a token's tail may look like a word), and again without joining words
    // (a token's right edge, checked by its rule, then stays where the text goes on).
    const all = rewrite(base, WRAP, () => "");
    add(all);
    if (all) add(rewrite(base, WRAP, (m) => (PLAIN_WORD.test(nextLine(base, m)) ? m[0] : "")));
  }
  return views;
}

/** A span of a view as a span of the original text. */
export const spanIn = (v: View, start: number, end: number) => ({
  start: v.offsets[start]!,
  end: v.offsets[end]!,
});
