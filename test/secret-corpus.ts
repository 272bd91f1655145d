/**
 * A generated corpus of credentials, built at run time (no credential-shaped string sits in the
 * repository): every kind the detector knows, in the contexts text carries them in. Each sample
 * lists `fragments`: pieces of the secret that must never be stored, whole or in part.
 */

let seed = 20250101;
/** Deterministic random characters from `alphabet`. */
function random(n: number, alphabet: string): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = `${LOWER}${LOWER.toUpperCase()}0123456789`;
const B64 = `${ALNUM}+/`;
const alnum = (n: number) => `${random(n - 2, ALNUM)}a7`;
const upper = (n: number) => random(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const lines = (s: string, width: number) => s.match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");

export interface Sample {
  /** The kind the detector must report. */
  kind: string;
  label: string;
  text: string;
  /** Pieces of the secret (each at least 12 characters) that must appear nowhere once refused or redacted. */
  fragments: string[];
  /** The same secret split over lines. */
  split: string;
}

const chunks = (s: string) => (s.match(/.{12}/g) ?? []).filter((c) => !/^[A-Za-z]+$/.test(c));

function pem(label: string, magic: string): Sample {
  const body = magic + random(600, B64);
  const dashes = "-----";
  const text = `${dashes}BEGIN ${label} KEY${dashes}\n${lines(body, 64)}\n${dashes}END ${label} KEY${dashes}`;
  return {
    kind: "private-key",
    label,
    text,
    fragments: chunks(body),
    split: text.replace(/\n/g, "\r\n"),
  };
}

function jwt(label: string, header: object, signed: boolean): Sample {
  const parts = [
    b64url(header),
    b64url({ iss: "kubernetes/serviceaccount", sub: `system:serviceaccount:default:${alnum(8)}` }),
    signed ? random(86, `${ALNUM}_-`) : "",
  ];
  const token = parts.join(".");
  return {
    kind: "jwt",
    label,
    text: token,
    fragments: chunks(token.slice(20)),
    split: lines(token, 24),
  };
}

const token = (kind: string, label: string, value: string): Sample => ({
  kind,
  label,
  text: value,
  fragments: chunks(value.slice(4)),
  split: lines(value, 24),
});

const valued = (kind: string, label: string, make: (v: string) => string, v: string): Sample => ({
  kind,
  label,
  text: make(v),
  fragments: chunks(v),
  split: make(lines(v, 24)),
});

/** One sample per form of each kind. */
export function secretSamples(): Sample[] {
  const keyData = b64(pem("EC PRIVATE", "MHcCAQEE").text);
  const saToken = jwt("sa", { alg: "RS256", kid: alnum(12) }, true).text;
  const password = `Pw-${alnum(14)}!`;
  const secretKey = random(40, B64);
  const samples: Sample[] = [
    pem("RSA PRIVATE", "MIIEowIBAAKCAQEA"),
    pem("OPENSSH PRIVATE", "b3BlbnNzaC1rZXktdjEAAAAA"),
    pem("PRIVATE", "MIIEvQIBADANBgkqhkiG9w0B"),
    (() => {
      const body = `lQOYBF${random(500, B64)}`;
      const d = "-----";
      const text = `${d}BEGIN PGP PRIVATE KEY BLOCK${d}\nVersion: GnuPG v2\n\n${lines(body, 64)}\n=${random(4, B64)}\n${d}END PGP PRIVATE KEY BLOCK${d}`;
      const split = text.replace(/\n/g, "\r\n");
      return { kind: "private-key", label: "PGP", text, fragments: chunks(body), split };
    })(),
    jwt("signed", { alg: "RS256", kid: alnum(10) }, true),
    jwt("alg none", { alg: "none", typ: "JWT" }, false),
    token("kg-api-key", "kg", `kg_${alnum(40)}`),
    token("aws-access-key-id", "id", `AKIA${upper(16)}`),
    valued("aws-secret-access-key", "env", (v) => `AWS_SECRET_ACCESS_KEY=${v}`, secretKey),
    valued("aws-secret-access-key", "json", (v) => `{"SecretAccessKey": "${v}"}`, random(40, B64)),
    token("google-api-key", "google", `AIza${random(35, `${ALNUM}_-`)}`),
    token("github-token", "classic", `ghp_${alnum(36)}`),
    token("github-token", "fine-grained", `github_pat_${alnum(22)}_${alnum(59)}`),
    token(
      "slack-token",
      "bot",
      `xoxb-${random(12, "0123456789")}-${random(13, "0123456789")}-${alnum(24)}`,
    ),
    token(
      "slack-token",
      "app",
      `xapp-1-A${upper(10)}-${random(13, "0123456789")}-${alnum(64).toLowerCase()}`,
    ),
    valued(
      "slack-webhook",
      "webhook",
      (v) => `https://hooks.slack.com/services/T${upper(8)}/B${upper(10)}/${v}`,
      alnum(24),
    ),
    token("npm-token", "npm", `npm_${alnum(36)}`),
    token("sendgrid-api-key", "sendgrid", `SG.${alnum(22)}.${alnum(43)}`),
    token("openai-api-key", "openai", `sk-${alnum(20)}${"T3Blbk"}FJ${alnum(20)}`),
    token("linear-api-key", "linear", `lin_api_${alnum(40)}`),
    valued("url-credential", "redis", (v) => `redis://:${v}@cache.internal:6379/0`, alnum(20)),
    valued(
      "database-connection-string",
      "postgres",
      (v) => `postgres://app:${v}@db.internal:5432/app`,
      alnum(18),
    ),
    valued(
      "kubeconfig-credential",
      "yaml client-key-data",
      (v) =>
        `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64("cert")}\n    client-key-data: ${v}\n`,
      keyData,
    ),
    valued(
      "kubeconfig-credential",
      "json client-key-data",
      (v) =>
        JSON.stringify({ kind: "Config", users: [{ name: "a", user: { "client-key-data": v } }] }),
      keyData,
    ),
    valued(
      "kubeconfig-credential",
      "json token",
      (v) =>
        JSON.stringify({ kind: "Config", users: [{ name: "a", user: { token: v } }] }, null, 2),
      alnum(48),
    ),
    valued(
      "kubeconfig-credential",
      "yaml password",
      (v) =>
        `kind: Config\nusers:\n- name: basic\n  user:\n    username: admin\n    password: ${v}\n`,
      password,
    ),
    valued(
      "kubernetes-secret-data",
      "yaml data",
      (v) =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${b64("admin")}\n  password: ${v}\n`,
      b64(password),
    ),
    valued(
      "kubernetes-secret-data",
      "yaml stringData",
      (v) =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  config.yaml: |\n    url: db.internal\n    key: ${v}\n`,
      alnum(24),
    ),
    valued(
      "kubernetes-secret-data",
      "json data",
      (v) => JSON.stringify({ apiVersion: "v1", kind: "Secret", data: { "tls.key": v } }, null, 2),
      b64(alnum(30)),
    ),
    token("bootstrap-token", "bootstrap", `${random(5, LOWER)}7.${random(15, LOWER)}3`),
    valued("credential-assignment", "json password", (v) => `{"password": "${v}"}`, password),
    valued("credential-assignment", "yaml secret", (v) => `clientSecret: ${v}`, alnum(32)),
    valued("credential-assignment", "env", (v) => `export DB_PASSWORD=${v}`, password),
    valued("credential-assignment", "flag", (v) => `mysql --password=${v} app`, password),
    valued(
      "jwt",
      "kubeconfig token",
      (v) => `kind: Config\nusers:\n- user:\n    token: ${v}`,
      saToken,
    ),
  ];
  return samples;
}

export interface Context {
  name: string;
  wrap(s: Sample): string;
}

const indent = (s: string, pad: string) => s.replace(/\n/g, `\n${pad}`);

/** The contexts a credential arrives in. */
export const CONTEXTS: Context[] = [
  { name: "bare", wrap: (s) => s.text },
  { name: "json string", wrap: (s) => JSON.stringify({ note: s.text }) },
  { name: "yaml value", wrap: (s) => `config:\n  value: |\n    ${indent(s.text, "    ")}\n` },
  { name: "markdown fence", wrap: (s) => `Setup:\n\n\`\`\`yaml\n${s.text}\n\`\`\`\n` },
  { name: "after punctuation", wrap: (s) => `(see:${s.text});` },
  { name: "glued to a word", wrap: (s) => `value_${s.text}` },
  { name: "split over lines", wrap: (s) => s.split },
];
