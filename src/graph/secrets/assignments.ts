import { type SecretRule, isPlaceholder, looksLikeCredential } from "./kinds.js";

/**
 * The project's own rules for credentials given as a value: kubeconfig fields, Kubernetes Secret
 * manifests (YAML and JSON), bootstrap tokens, `password`/`secret`/`token` assignments in YAML,
 * JSON, env and flag forms, passwords in URLs. Each span is the whole value.
 */

type Span = { start: number; end: number };

/** Key names that hold a credential (compared without case, dashes, dots or underscores). */
const SECRET_KEY = String.raw`[A-Za-z0-9_.-]*?(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?key[_-]?data)`;

/**
 * `key: value`, `"key": "value"`, `KEY=value`, `--key=value`, `--key value`: group 1 the key.
 * The key must not continue a longer name on its left.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?:--(${SECRET_KEY})(?:=|[ \t]+)|(["']?)(${SECRET_KEY})\2[ \t]*(?::|=>|=)[ \t]*)`,
  "gi",
);

/** Where a value starts at `at`: its span (quotes excluded), or null when there is none. */
function valueAt(text: string, at: number, lineIndent: number): Span | null {
  const c = text[at];
  if (c === '"' || c === "'") {
    const re = c === '"' ? /"((?:[^"\\\n]|\\.)*)"/y : /'([^'\n]*)'/y;
    re.lastIndex = at;
    const m = re.exec(text);
    return m ? { start: at + 1, end: at + 1 + m[1]!.length } : null;
  }
  if (c === "|" || c === ">") return blockAt(text, text.indexOf("\n", at), lineIndent);
  const m = /[^\s"'`]+/y;
  m.lastIndex = at;
  const v = m.exec(text)?.[0].replace(/[,;)}\]]+$/, "");
  return v ? { start: at, end: at + v.length } : null;
}

/** The lines after `newline` indented deeper than `indent` (a YAML block), or null. */
function blockAt(text: string, newline: number, indent: number): Span | null {
  if (newline < 0) return null;
  const re = /\n([ \t]*)(\S[^\n]*)?/y;
  re.lastIndex = newline;
  let end = -1;
  let start = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] === undefined) continue;
    if (m[1]!.length <= indent) break;
    if (start < 0) start = m.index + 1 + m[1]!.length;
    end = m.index + m[0].length;
  }
  return start < 0 ? null : { start, end };
}

const indentOf = (text: string, at: number) => {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, at))![0].length;
};

const KUBECONFIG =
  /["']?(?:clusters|users|contexts|current-context)["']?\s*:|kind["']?\s*:\s*["']?Config\b/;
const KUBECONFIG_KEY =
  /^(?:clientkeydata|token|idtoken|refreshtoken|accesstoken|clientsecret|password)$/;

/** Every credential-named key with a value that is one; `kubeconfig` keeps the fields of a kubeconfig. */
function assignments(text: string, kubeconfig: boolean): Span[] {
  const spans: Span[] = [];
  const inKubeconfig = KUBECONFIG.test(text);
  for (const m of text.matchAll(ASSIGNMENT)) {
    const key = (m[1] ?? m[3]!).toLowerCase().replace(/[-_.]/g, "");
    const isKubeconfig = key === "clientkeydata" || (inKubeconfig && KUBECONFIG_KEY.test(key));
    if (isKubeconfig !== kubeconfig) continue;
    const v = valueAt(text, m.index + m[0].length, indentOf(text, m.index));
    if (!v) continue;
    // A block scalar's lines are one value.
    const value = text.slice(v.start, v.end).replace(/\s*\n\s*/g, "");
    const real = isKubeconfig
      ? value.length >= 8 && !isPlaceholder(value)
      : looksLikeCredential(value);
    if (real) spans.push(v);
  }
  return spans;
}

const SECRET_MANIFEST = /kind["']?\s*:\s*["']?Secret\b/;
const DATA_KEY = /(["']?)(?:data|stringData)\1[ \t]*:[ \t]*/g;
const ENTRY = /(["']?)[^\s"':{},]+\1[ \t]*:[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[^,}\s][^,}\n]*)/g;

/** The value of a `data:` key: a `{...}` mapping's values, or the YAML block below it, whole. */
function secretData(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DATA_KEY)) {
    const at = m.index + m[0].length;
    if (text[at] === "{") {
      const close = closingBrace(text, at);
      for (const e of text.slice(at + 1, close).matchAll(ENTRY)) {
        const quoted = /^["']/.test(e[2]!) ? 1 : 0;
        const start = at + 1 + e.index + e[0].length - e[2]!.length + quoted;
        spans.push({ start, end: start + e[2]!.trimEnd().length - 2 * quoted });
      }
    } else if (/^[ \t]*(?:\r?\n|$)/.test(text.slice(at, at + 2))) {
      const block = blockAt(text, text.indexOf("\n", at), indentOf(text, m.index));
      if (block) spans.push(...blockValues(text, block));
    }
  }
  return spans.filter((s) => s.end > s.start && !isPlaceholder(text.slice(s.start, s.end)));
}

/** Each `key: value` line of a YAML block: its value; deeper lines (block scalars) whole. */
function blockValues(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  const entryIndent = indentOf(text, block.start);
  const re = /^([ \t]*)(?:(["']?)[^\s"':]+\2[ \t]*:[ \t]*)?(.*)$/gm;
  const body = text.slice(block.start - entryIndent, block.end);
  for (const l of body.matchAll(re)) {
    if (!l[3]?.trim() || /^[|>][-+]?$/.test(l[3].trim())) continue;
    const deeper = l[1]!.length > entryIndent;
    const value = deeper ? l[0].trim() : l[3].trim();
    const start = block.start - entryIndent + l.index + l[0].indexOf(value);
    spans.push({ start, end: start + value.length });
  }
  return spans;
}

/** Index of the `}` closing the `{` at `open` (strings skipped), or the text's end. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}

const BOOTSTRAP = /(?<![a-z0-9])[a-z0-9]{6}\.[a-z0-9]{16}(?![a-z0-9]|\.[a-z0-9])/g;
const URL_CREDENTIAL = /[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@"'<>]*:([^\s/?#@"'<>]+)@[^\s/?#"'<>]+/gi;

/** What every assignment needs: a credential-ish key name before `:` or `=`, or a `--flag`. */
const ASSIGNED =
  /(?:passw(?:or)?d|pwd|phrase|secret|token|key|data)\\?["']?[ \t]*[:=]|--[\w-]*(?:passw|pwd|secret|token|key)/i;

export const kubeconfigCredential: SecretRule = {
  kind: "kubeconfig-credential",
  hint: ASSIGNED,
  find: (text) => assignments(text, true),
};

/** Kubernetes forms and generic assignments, most specific first. */
export const ASSIGNMENT_RULES: SecretRule[] = [
  {
    kind: "kubernetes-secret-data",
    hint: /Secret/,
    find: (text) => (SECRET_MANIFEST.test(text) ? secretData(text) : []),
  },
  {
    kind: "bootstrap-token",
    hint: /\.[a-z0-9]{16}/,
    find: (text) =>
      [...text.matchAll(BOOTSTRAP)]
        .filter((m) => /[0-9]/.test(m[0]) && /[a-z]/.test(m[0]))
        .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  },
  {
    kind: "url-credential",
    hint: /:\/\//,
    find: (text) =>
      [...text.matchAll(URL_CREDENTIAL)]
        .filter((m) => m[1]!.length >= 3 && !isPlaceholder(m[1]!))
        .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  },
  {
    kind: "credential-assignment",
    hint: ASSIGNED,
    find: (text) => assignments(text, false),
  },
];
