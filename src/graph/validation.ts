import { BadUserInputError } from "../errors.js";
import { scanSecrets } from "./secrets/index.js";

/** Length limits of stored text, shared by every service. */
export const LIMITS = {
  slug: 100,
  name: 200,
  kind: 40,
  summary: 500,
  description: 20_000,
  alias: 200,
  tag: 50,
  tags: 30,
  aliases: 50,
  url: 2_000,
  relationTypeKey: 60,
  label: 100,
  noteBody: 20_000,
  author: 100,
  locator: 500,
  sourceTitle: 300,
  sources: 20,
} as const;

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KIND_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Folds a name for comparison: lower case, trimmed, runs of spaces, dashes and underscores as one space. */
export function foldKey(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, " ");
}

/** A kebab-case identifier (concept slug, relation type key). */
export function checkSlug(field: string, value: string, max: number = LIMITS.slug): string {
  checkNoSecret(field, value);
  if (value.length === 0) throw new BadUserInputError(field, "must not be empty");
  if (value.length > max) throw new BadUserInputError(field, `must be at most ${max} characters`);
  if (!SLUG_RE.test(value)) {
    throw new BadUserInputError(
      field,
      `"${value}" is not kebab-case: use lower-case letters, digits and single dashes, e.g. "kube-apiserver"`,
    );
  }
  return value;
}

/** A kind such as "component" or "resource". */
export function checkKind(field: string, value: string): string {
  checkNoSecret(field, value);
  const v = value.trim();
  if (v.length === 0) throw new BadUserInputError(field, "must not be empty");
  if (v.length > LIMITS.kind || !KIND_RE.test(v)) {
    throw new BadUserInputError(
      field,
      `"${value}" is not a valid kind: lower-case kebab-case, at most ${LIMITS.kind} characters`,
    );
  }
  return v;
}

/**
 * Free text: trimmed (unless it is Markdown), length-checked, and refused when it holds a
 * credential or a control character (see checkPlain). Returns the value to store.
 */
export function checkText(
  field: string,
  value: string,
  opts: { max: number; required?: boolean; multiline?: boolean },
): string {
  // First: a credential is named as one, whatever else is wrong with the text.
  checkNoSecret(field, value);
  const v = opts.multiline ? value : value.trim();
  if (opts.required && v.trim().length === 0) {
    throw new BadUserInputError(field, "must not be empty");
  }
  if (v.length > opts.max) {
    throw new BadUserInputError(field, `must be at most ${opts.max} characters (got ${v.length})`);
  }
  if (!opts.multiline && /[\r\n]/.test(v)) {
    throw new BadUserInputError(field, "must be a single line");
  }
  checkPlain(field, v, opts);
  return v;
}

/**
 * Refuses text that contains a credential anywhere in it (also split over lines), naming its
 * kind and line (extensions `kind` and `line`) but never echoing it.
 */
export function checkNoSecret(field: string, value: string): void {
  const [finding] = scanSecrets(value);
  if (finding) {
    throw new BadUserInputError(
      field,
      `contains what looks like a credential (${finding.kind}) on line ${finding.line}; credentials are never stored: remove it`,
      { line: finding.line, kind: finding.kind },
    );
  }
}

/** C0 and C1 controls, bidirectional overrides and isolates, lone surrogates. */
const UNPLAIN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The same, less the line breaks and tabs that multi-line text (descriptions, notes) may hold. */
const UNPLAIN_MULTILINE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses characters that hide or reorder what a reader sees: control characters (multi-line
 * text keeps \n, \r and \t), bidirectional overrides (U+202A-U+202E, U+2066-U+2069) and lone
 * surrogates. Names the character by its code point, never echoing the text.
 */
export function checkPlain(field: string, value: string, opts: { multiline?: boolean } = {}) {
  const m = (opts.multiline ? UNPLAIN_MULTILINE : UNPLAIN).exec(value);
  if (m) {
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    throw new BadUserInputError(
      field,
      `contains U+${code} at character ${m.index + 1}: control characters, bidirectional overrides and lone surrogates are not allowed`,
    );
  }
}

/** An absolute http(s) URL. */
export function checkUrl(field: string, value: string): string {
  const v = checkText(field, value, { max: LIMITS.url, required: true });
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new BadUserInputError(field, `"${v}" is not an absolute URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BadUserInputError(field, "must be an http or https URL");
  }
  return v;
}

/** A source URI: any absolute URI (https:, urn:, file:, ...). */
export function checkUri(field: string, value: string): string {
  const v = checkText(field, value, { max: LIMITS.url, required: true });
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(v)) {
    throw new BadUserInputError(
      field,
      `"${v}" is not an absolute URI (e.g. https://... or urn:...)`,
    );
  }
  return v;
}

/** A list of tags: each kebab-case, de-duplicated, at most LIMITS.tags. */
export function checkTags(field: string, tags: string[]): string[] {
  if (tags.length > LIMITS.tags) {
    throw new BadUserInputError(field, `at most ${LIMITS.tags} tags`);
  }
  const out = new Set<string>();
  tags.forEach((t, i) => {
    // Before lower-casing, which would hide a token's shape (and the message echoes the tag).
    checkNoSecret(`${field}[${i}]`, t);
    out.add(checkSlug(`${field}[${i}]`, t.trim().toLowerCase(), LIMITS.tag));
  });
  return [...out].sort();
}

/** A positive page size no larger than `max`. */
export function checkFirst(
  field: string,
  value: number | undefined | null,
  def: number,
  max: number,
) {
  if (value === undefined || value === null) return def;
  if (!Number.isInteger(value) || value < 0) {
    throw new BadUserInputError(field, "must be a non-negative integer");
  }
  if (value > max) throw new BadUserInputError(field, `must be at most ${max}`);
  return value;
}
