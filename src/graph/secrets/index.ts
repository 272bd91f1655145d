/**
 * Credential detection: every path that accepts text (mutations, REST, imports, the seed,
 * search) runs it, so that no token, key or password is ever stored, logged or served. Writes
 * and queries refuse such text (see checkNoSecret in ../validation.ts); imports redact it.
 */
export type { SecretKind } from "./kinds.js";
export { type SecretFinding, hasSecret, scanSecrets } from "./scan.js";
export { REDACTION_MARK, redactSecrets } from "./redact.js";
