import type { SecretKind, SecretRule } from "./kinds.js";

/**
 * The project's own rules for credentials with a recognisable shape: private key blocks, JWTs
 * (also unsigned or glued to a word), prefixed tokens. No rule needs a word boundary before the
 * credential: one glued to a word ("tokeneyJ...") is still one. The scan runs these on text
 * with wrapped lines joined (see unwrap.ts), so a token split over lines is found whole.
 */

type Span = { start: number; end: number };

/** A rule that is one global regex; each whole match is a span. */
const pattern = (kind: SecretKind, hint: RegExp, re: RegExp): SecretRule => ({
  kind,
  hint,
  find: (text) =>
    [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
});

const PEM_BEGIN = /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;

/** A private key block, BEGIN to END; with no END, everything after BEGIN (all of it is the key). */
export const privateKey: SecretRule = {
  kind: "private-key",
  hint: /PRIVATE KEY/,
  find(text) {
    const spans: Span[] = [];
    PEM_BEGIN.lastIndex = 0;
    for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
      PEM_END.lastIndex = m.index + m[0].length;
      const end = PEM_END.exec(text);
      const stop = end ? end.index + end[0].length : text.length;
      spans.push({ start: m.index, end: stop });
      PEM_BEGIN.lastIndex = stop;
    }
    return spans;
  },
};

/** A private key block in base64 (kubeconfig `client-key-data`): "-----BEGIN" encodes as "LS0tLS1CRUdJTi". */
export const encodedPrivateKey: SecretRule = {
  kind: "private-key",
  hint: /LS0tLS1CRUdJTi/,
  find: (text) =>
    [...text.matchAll(/LS0tLS1CRUdJTi[A-Za-z0-9+/=]{40,}/g)]
      .filter((m) => /PRIVATE KEY/.test(Buffer.from(m[0].slice(0, 120), "base64").toString()))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
};

/** base64url text as UTF-8. */
const decode = (s: string) => Buffer.from(s, "base64url").toString("utf8");

/**
 * JSON Web Tokens, ServiceAccount tokens among them: a header that is JSON (`eyJ` is `{"`), a
 * payload, and a signature that may be empty (`alg: none`) or missing (a token cut short).
 */
const jwt: SecretRule = {
  kind: "jwt",
  hint: /eyJ/,
  find: (text) =>
    [...text.matchAll(/eyJ[A-Za-z0-9_-]{7,}\.[A-Za-z0-9_.-]*/g)]
      .filter((m) => {
        const [header = "", payload = ""] = m[0].split(".");
        const head = decode(header);
        return (
          head.startsWith('{"') && (/"(?:alg|typ|kid)"/.test(head) || payload.startsWith("eyJ"))
        );
      })
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
};

/**
 * Prefixed tokens and JWTs. Token characters may not continue past a match (`(?![...])`): a
 * longer run is something else.
 */
export const TOKEN_RULES: SecretRule[] = [
  jwt,
  pattern("kg-api-key", /kg_/, /kg_[0-9A-Za-z]{40}(?![0-9A-Za-z])/g),
  pattern(
    "aws-access-key-id",
    /A(?:KIA|SIA|GPA|IDA|ROA|IPA|NPA|NVA|3T)/,
    /(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Z0-9])/g,
  ),
  pattern("google-api-key", /AIza/, /AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g),
  pattern(
    "github-token",
    /gh[pousr]_|github_pat_/,
    /(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
  ),
  pattern("slack-token", /xox|xapp-/, /(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}/g),
  // secretlint has these too, but not glued to a word (a letter may not come before them).
  pattern("npm-token", /npm_/, /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g),
  pattern("sendgrid-api-key", /SG\./, /SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/g),
  pattern("shopify-token", /shp/, /shp(?:pa|ca|at|ss)_[a-fA-F0-9]{32,64}(?![A-Za-z0-9])/g),
  pattern("linear-api-key", /lin_api_/, /lin_api_[a-zA-Z0-9_]{32,128}(?![a-zA-Z0-9_])/g),
  pattern("anthropic-api-key", /sk-ant-/, /sk-ant-[a-z]{3}\d{2}-[A-Za-z0-9_-]{80,128}/g),
  pattern(
    "openai-api-key",
    /sk-/,
    /sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/g,
  ),
  pattern(
    "slack-webhook",
    /hooks\.slack\.com/i,
    /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{8,}/gi,
  ),
];
