import { BadUserInputError } from "../errors.js";
import { findSecrets } from "./secrets.js";

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
 * Free text: trimmed (unless it is Markdown), length-checked, and refused when it holds a credential.
 * Returns the value to store.
 */
export function checkText(
  field: string,
  value: string,
  opts: { max: number; required?: boolean; multiline?: boolean },
): string {
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
  checkNoSecret(field, v);
  return v;
}

/** Refuses text that contains a credential, naming the kind but never echoing it. */
export function checkNoSecret(field: string, value: string): void {
  const [finding] = findSecrets(value);
  if (finding) {
    throw new BadUserInputError(
      field,
      `contains what looks like a credential (${finding.kind}); credentials are never stored: remove it`,
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
  tags.forEach((t, i) => out.add(checkSlug(`${field}[${i}]`, t.trim().toLowerCase(), LIMITS.tag)));
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
