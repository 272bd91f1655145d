import { type SecretFinding, countNewlines, scanSecrets } from "./scan.js";

/** What stands in for a removed credential: `[REDACTED:private-key]`. */
export const redactionMark = (kind: string) => `[REDACTED:${kind}]`;

/** Matches the marks `redactSecrets` leaves. */
export const REDACTION_MARK = /\[REDACTED:[a-z0-9-]+\]/g;

/**
 * Replaces every credential in `text`, whole, with its mark. With `keepLines` the mark is
 * followed by as many line breaks as the credential spanned, so that later lines keep their
 * numbers (imports cite them).
 */
export function redactSecrets(
  text: string,
  opts: { keepLines?: boolean } = {},
): { text: string; findings: SecretFinding[] } {
  const findings = scanSecrets(text);
  if (findings.length === 0) return { text, findings };
  let out = "";
  let at = 0;
  for (const f of findings) {
    const breaks = opts.keepLines ? "\n".repeat(countNewlines(text, f.start, f.end)) : "";
    out += `${text.slice(at, f.start)}${redactionMark(f.kind)}${breaks}`;
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}
