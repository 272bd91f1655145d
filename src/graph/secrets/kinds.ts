/** What a credential found in text looks like (kebab-case: it is shown as `[REDACTED:<kind>]`). */
export type SecretKind =
  | "private-key"
  | "jwt"
  | "kg-api-key"
  | "aws-access-key-id"
  | "aws-secret-access-key"
  | "google-api-key"
  | "github-token"
  | "slack-token"
  | "slack-webhook"
  | "npm-token"
  | "openai-api-key"
  | "anthropic-api-key"
  | "linear-api-key"
  | "sendgrid-api-key"
  | "shopify-token"
  | "1password-token"
  | "url-credential"
  | "database-connection-string"
  | "kubeconfig-credential"
  | "kubernetes-secret-data"
  | "bootstrap-token"
  | "credential-assignment";

/** A span of text that holds a credential, whole: removing [start, end) leaves no part of it. */
export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
}

/**
 * One detection rule: `hint` is a cheap test that every match passes (a superset of them), and
 * `find` returns the spans, each of the rule's `kind` unless it names its own.
 */
export interface SecretRule {
  kind: SecretKind;
  hint: RegExp;
  find(text: string): { start: number; end: number; kind?: SecretKind }[];
}

/** Values that stand for a credential rather than being one: `${TOKEN}`, `<password>`, `****`. */
const PLACEHOLDER =
  /^[<[{(]|[>\]})]$|\$\{|\{\{|\$\(|%[A-Z_]+%|^\$[A-Za-z_]|\*{3}|x{4}|\.{3}|REDACTED|example|changeme|placeholder|your[-_]|^(?:true|false|null|none|nil|undefined)$/i;

/** Words that name a credential rather than being one (`scheme://user:password@host`). */
const STAND_IN = /^(?:password|passwd|pass|secret|token|key|pwd|credentials?)$/i;

/** True when `value` is a template, a reference or a stand-in, not a credential. */
export const isPlaceholder = (value: string) => PLACEHOLDER.test(value) || STAND_IN.test(value);

/**
 * True when a value given to a password/secret/token key looks like a real credential: long
 * enough, one word, not a placeholder or a path, and not plain prose ("changeme",
 * "my-app-secret"): digits with letters, a symbol, or a long mixed-case string.
 */
export function looksLikeCredential(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || isPlaceholder(value)) return false;
  if (/^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(value)) return false;
  const letters = /[A-Za-z]/.test(value);
  const digits = /[0-9]/.test(value);
  const symbols = /[^A-Za-z0-9._-]/.test(value);
  const mixed = /[a-z]/.test(value) && /[A-Z]/.test(value.slice(1));
  return (letters && digits) || symbols || (mixed && value.length >= 16);
}
