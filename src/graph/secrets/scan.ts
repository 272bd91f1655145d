import { ASSIGNMENT_RULES, kubeconfigCredential } from "./assignments.js";
import type { SecretKind, SecretRule } from "./kinds.js";
import { SECRETLINT_RULE } from "./secretlint.js";
import { TOKEN_RULES, encodedPrivateKey, privateKey } from "./tokens.js";
import { spanIn, viewsOf } from "./views.js";

/** A credential found in text: its kind, its whole span, and the line it starts on (1-based). */
export interface SecretFinding {
  kind: SecretKind;
  start: number;
  end: number;
  line: number;
}

/**
 * Every rule, most specific first: where spans of several rules overlap they become one finding
 * (covering all of them) named by the first rule's kind.
 */
const RULES: SecretRule[] = [
  privateKey,
  ...TOKEN_RULES,
  SECRETLINT_RULE,
  kubeconfigCredential,
  encodedPrivateKey,
  ...ASSIGNMENT_RULES,
];

/** One regex: the union of the hints with these flags. */
const union = (ignoreCase: boolean) =>
  new RegExp(
    RULES.filter((r) => r.hint.ignoreCase === ignoreCase)
      .map((r) => r.hint.source)
      .join("|") || "(?!)",
    ignoreCase ? "i" : "",
  );

/**
 * Text some rule needs (the union of their hints, in two regexes: with and without case):
 * most text has none of it, and two tests cost far less than running the rules (imports scan
 * every string).
 */
const PREFILTER = [union(false), union(true)];

/** Every credential in `text`, in order: overlapping matches merged, each span whole. */
export function scanSecrets(text: string): SecretFinding[] {
  if (!PREFILTER.some((p) => p.test(text))) return [];
  const spans: { kind: SecretKind; start: number; end: number; rank: number }[] = [];
  const views = viewsOf(text);
  RULES.forEach((rule, rank) => {
    const add = (s: { start: number; end: number; kind?: SecretKind }) => {
      if (s.end > s.start) spans.push({ ...s, kind: s.kind ?? rule.kind, rank });
    };
    if (rule.hint.test(text)) rule.find(text).forEach(add);
    for (const v of views) {
      if (rule.hint.test(v.text))
        rule.find(v.text).forEach((s) => add({ ...s, ...spanIn(v, s.start, s.end) }));
    }
  });
  if (spans.length === 0) return [];
  spans.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const merged: typeof spans = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (s.rank < last.rank) Object.assign(last, { kind: s.kind, rank: s.rank });
    } else merged.push({ ...s });
  }
  let line = 1;
  let at = 0;
  return merged.map(({ kind, start, end }) => {
    line += countNewlines(text, at, start);
    at = start;
    return { kind, start, end, line };
  });
}

/** True when `text` holds a credential. */
export const hasSecret = (text: string) => scanSecrets(text).length > 0;

export function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
