import YAML from "yaml";
import { type ImportBatch, type ImportConcept, emptyBatch, redact, toSlug } from "./records.js";

/** The relation type of glossary links; created when missing. */
export const MENTIONS = {
  key: "mentions",
  label: "mentions",
  inverseLabel: "mentioned by",
  description: "The source's glossary entry links to the target.",
  sourceKinds: null,
  targetKinds: null,
  symmetric: false,
  parent: null,
};

/** Where the glossary's relative links point. */
const DOCS_SITE = "https://kubernetes.io";

const TOOLTIP =
  /\{\{[<%]\s*glossary_tooltip\s+([^}]*?)\s*[>%]\}\}|\{%\s*glossary_tooltip\s+([^%]*?)\s*%\}/g;

/** One file of a glossary folder. */
export interface GlossaryFile {
  name: string;
  content: string;
}

const attr = (args: string, name: string) =>
  new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(args)?.[1] ?? null;

/** Glossary markup to plain Markdown: tooltips become their text, <!--more--> goes. */
const plain = (text: string) =>
  text
    .replace(TOOLTIP, (_m, a: string | undefined, b: string | undefined) => {
      const args = a ?? b ?? "";
      return attr(args, "text") ?? attr(args, "term_id") ?? "";
    })
    .replace(/<!--more-->/g, "");

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const list = (v: unknown): string[] =>
  v == null ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x ?? "").trim()).filter(Boolean);

/** Indents the unindented lines of `key: >` blocks, a slip YAML refuses but the glossary has. */
function repairFrontMatter(yaml: string): string {
  let inBlock = false;
  return yaml
    .split("\n")
    .map((line) => {
      if (/^[\w-]+:/.test(line)) {
        inBlock = /:\s*[>|][-+]?\s*$/.test(line);
        return line;
      }
      return inBlock && line.trim() && !/^\s/.test(line) ? `  ${line}` : line;
    })
    .join("\n");
}

/** Parses front matter, repairing unindented block scalars when plain parsing fails. */
function parseFrontMatter(yaml: string): Record<string, unknown> {
  try {
    return (YAML.parse(yaml, { uniqueKeys: false }) ?? {}) as Record<string, unknown>;
  } catch (err) {
    const repaired = repairFrontMatter(yaml);
    if (repaired === yaml) throw err;
    return (YAML.parse(repaired, { uniqueKeys: false }) ?? {}) as Record<string, unknown>;
  }
}

interface Term {
  file: GlossaryFile;
  slug: string;
  fm: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lines: number;
}

/**
 * Parses a Kubernetes glossary folder (kubernetes/website content/en/docs/reference/glossary):
 * front matter to fields, body to description, glossary_tooltip links to `mentions` relations.
 * Broken files (no front matter, no id, empty stubs, duplicate ids) are reported one line each.
 */
export function parseGlossaryImport(files: GlossaryFile[], baseUri: string): ImportBatch {
  const batch = emptyBatch();
  const terms: Term[] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) {
    const content = redact(file.content, batch.redactions, file.name);
    const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(content);
    if (!m) {
      batch.problems.push(`${file.name}: no front matter (--- ... ---), skipped`);
      continue;
    }
    let fm: Record<string, unknown>;
    try {
      fm = parseFrontMatter(m[1]!);
    } catch (err) {
      batch.problems.push(
        `${file.name}: front matter is not valid YAML (${(err as Error).message.split("\n")[0]}), skipped`,
      );
      continue;
    }
    if (typeof fm.id !== "string" || !fm.id.trim()) {
      batch.problems.push(`${file.name}: no id in front matter (not a glossary term), skipped`);
      continue;
    }
    const body = m[2]!;
    if (!oneLine(plain(body))) {
      batch.problems.push(`${file.name}: empty stub (no text after the front matter), skipped`);
      continue;
    }
    terms.push({
      file,
      slug: toSlug(fm.id),
      fm,
      body,
      bodyLine: m[1]!.split("\n").length + 3,
      lines: content.split("\n").length,
    });
  }
  // Duplicate ids: the file named after the slug wins, then one named after the id; others are reported.
  const bySlug = new Map<string, Term>();
  const rank = (x: Term) =>
    x.file.name === `${x.slug}.md` ? 2 : x.file.name === `${String(x.fm.id)}.md` ? 1 : 0;
  for (const t of terms) {
    const other = bySlug.get(t.slug);
    if (!other) bySlug.set(t.slug, t);
    else {
      const [keep, drop] = rank(t) > rank(other) ? [t, other] : [other, t];
      bySlug.set(t.slug, keep);
      batch.problems.push(
        `${drop.file.name}: duplicate id "${String(drop.fm.id)}" (also in ${keep.file.name}), skipped`,
      );
    }
  }
  // Links name terms by id in any case ("StatefulSet" for id "statefulset").
  const byId = new Map([...bySlug.values()].map((t) => [String(t.fm.id).toLowerCase(), t.slug]));
  batch.relationTypes.push({ origin: "glossary", mode: "ensure", record: MENTIONS });
  for (const t of bySlug.values()) {
    const uri = `${baseUri.replace(/\/$/, "")}/${t.file.name}`;
    batch.sources.push({ uri, title: `Kubernetes glossary: ${String(t.fm.title ?? t.fm.id)}` });
    const link = (t.fm.full_link ?? t.fm["full-link"]) as string | undefined;
    const tags = list(t.fm.tags).map(toSlug).filter(Boolean);
    const description = plain(t.body).trim();
    const summary = oneLine(plain(String(t.fm.short_description ?? ""))) || oneLine(description);
    const c: ImportConcept = {
      origin: t.file.name,
      mode: "merge",
      record: {
        slug: t.slug,
        name: oneLine(String(t.fm.title ?? t.fm.id)),
        kind: tags.includes("tool")
          ? "tool"
          : tags.includes("core-object")
            ? "resource"
            : "concept",
        summary: summary.length > 500 ? `${summary.slice(0, 497)}...` : summary,
        description: description.slice(0, 20_000),
        docsUrl:
          typeof link === "string" && link.trim() ? new URL(link.trim(), DOCS_SITE).href : null,
        tags,
        aliases: list(t.fm.aka),
        sources: [{ uri, locator: `L1-L${t.lines}` }],
      },
    };
    batch.concepts.push(c);
    const seen = new Set<string>();
    for (const match of t.body.matchAll(TOOLTIP)) {
      const termId = attr(match[1] ?? match[2] ?? "", "term_id");
      if (!termId) continue;
      const target = byId.get(termId.toLowerCase()) ?? toSlug(termId);
      if (target === t.slug || seen.has(target)) continue;
      seen.add(target);
      const line = t.bodyLine + (t.body.slice(0, match.index).match(/\n/g)?.length ?? 0);
      batch.relations.push({
        origin: `${t.file.name}:${line}`,
        record: {
          source: t.slug,
          type: MENTIONS.key,
          target,
          description: null,
          sources: [{ uri, locator: `L${line}` }],
        },
        unknownTarget: bySlug.has(target)
          ? undefined
          : `link to unknown term "${termId}", left out`,
      });
    }
  }
  return batch;
}
