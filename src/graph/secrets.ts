/**
 * Credential detection. Every path that accepts text (mutations, REST, imports, the seed)
 * runs it, so that no token, key or password is ever stored, logged or served.
 */

export interface SecretFinding {
  /** What kind of credential it looks like. */
  kind: string;
  /** Character offset of the match in the text. */
  index: number;
  length: number;
}

const PATTERNS: { kind: string; re: RegExp }[] = [
  // JWTs, including Kubernetes ServiceAccount tokens: base64url header.payload.signature.
  { kind: "JSON Web Token", re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // A JWT cut short (two segments) is still a credential fragment.
  { kind: "JSON Web Token", re: /\beyJ[A-Za-z0-9_-]{16,}\.eyJ[A-Za-z0-9_-]{16,}/g },
  { kind: "PEM private key", re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g },
  { kind: "AWS access key id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  {
    kind: "AWS secret access key",
    re: /aws_secret_access_key\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}/gi,
  },
  { kind: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g },
  { kind: "Slack token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: "knowledge graph API key", re: /\bkg_[0-9A-Za-z]{40}\b/g },
  // scheme://user:password@host (a bare user@host is fine).
  { kind: "password in URL", re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]+:[^\s/?#@]+@[^\s/?#]+/gi },
  // kubeconfig and similar YAML: client-key-data / token fields with a long value.
  {
    kind: "kubeconfig credential",
    re: /\b(?:client-key-data|client-certificate-data|token|password)\s*:\s*["']?[A-Za-z0-9+/=._-]{24,}/gi,
  },
];

/**
 * Text every pattern above needs somewhere in a match (a superset, case-insensitive): most text
 * has none of it, and one test of this is far cheaper than running every pattern (imports check
 * millions of short strings).
 */
const CANDIDATE =
  /eyJ|-----BEGIN|AKIA|ASIA|aws_secret|AIza|gh[pousr]_|github_pat_|xox[abposr]-|kg_|:\/\/|client-|token|password/i;

/** Returns every credential-looking span in `text`, in order of position. */
export function findSecrets(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  if (!CANDIDATE.test(text)) return found;
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      // Earlier patterns are more specific: a span overlapping one already found is not a new finding.
      if (!found.some((f) => index < f.index + f.length && f.index < end)) {
        found.push({ kind, index, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Replaces every credential-looking span with `[REDACTED <kind>]`. */
export function redactSecrets(text: string): { text: string; findings: SecretFinding[] } {
  const findings = findSecrets(text);
  let out = text;
  for (const f of [...findings].reverse()) {
    out = `${out.slice(0, f.index)}[REDACTED ${f.kind}]${out.slice(f.index + f.length)}`;
  }
  return { text: out, findings };
}
