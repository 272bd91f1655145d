import type { ListItem, Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { REDACTION_MARK } from "../../graph/secrets/index.js";
import type { ImportBatch, ImportConcept } from "./records.js";
import { emptyBatch, redact, toSlug } from "./records.js";

/** Relation types the outline importer needs; created when missing. */
export const PART_OF = {
  key: "part-of",
  label: "part of",
  inverseLabel: "has part",
  description: "The source is a part or member of the target.",
  sourceKinds: null,
  targetKinds: null,
  symmetric: false,
  parent: null,
};

interface Bullet {
  line: number;
  text: string;
  children: Bullet[];
}

interface Section {
  heading: string;
  line: number;
  bullets: Bullet[];
  /** Loose text (paragraphs, code blocks, HTML) with its first line. */
  loose: { line: number; text: string }[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** True when one is the initials of the other: "CNI" / "container network interface". */
function isAcronymOf(short: string, long: string) {
  const initials = words(long)
    .map((w) => w[0])
    .join("")
    .toLowerCase();
  return /^[A-Za-z]{2,6}$/.test(short) && initials === short.toLowerCase();
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
/** The plain text of a node, without inline HTML (comments) and with line breaks as spaces. */
const textOf = (node: Nodes) => toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();

/** Keeps a block that is not a list or heading as loose text: code as written, HTML without comments. */
function keepLoose(node: RootContent, section: Section) {
  const text =
    node.type === "code"
      ? node.value
      : node.type === "html"
        ? node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, "").trim()
        : textOf(node);
  if (text) section.loose.push({ line: lineOf(node), text });
}

/** The bullets of list items; an item with no text of its own hands its children to its parent. */
function bullets(items: ListItem[], section: Section): Bullet[] {
  return items.flatMap((item) => {
    const [first, ...rest] = item.children;
    const text = first?.type === "paragraph" ? textOf(first) : "";
    const children: Bullet[] = [];
    for (const block of first?.type === "paragraph" ? rest : item.children) {
      if (block.type === "list") children.push(...bullets(block.children, section));
      else keepLoose(block, section);
    }
    return text ? [{ line: lineOf(item), text, children }] : children;
  });
}

/** Splits a Markdown tree into sections (one per heading) of nested bullets and loose blocks. */
function outline(markdown: string): Section[] {
  const sections: Section[] = [{ heading: "", line: 1, bullets: [], loose: [] }];
  for (const node of fromMarkdown(markdown).children) {
    const section = sections.at(-1)!;
    if (node.type === "heading") {
      sections.push({ heading: textOf(node), line: lineOf(node), bullets: [], loose: [] });
    } else if (node.type === "list") section.bullets.push(...bullets(node.children, section));
    else keepLoose(node, section);
  }
  return sections;
}

/**
 * Parses Markdown outline notes: headings, nested bullets and "name, description" items become
 * concepts (nesting gives part-of relations), other lines become summaries and notes; everything
 * cites `uri` at its line. No rules for particular notes: only the outline's shape is used.
 */
export function parseMarkdownImport(content: string, uri: string, fileName: string): ImportBatch {
  const batch = emptyBatch();
  batch.sources.push({ uri, title: `Markdown notes ${fileName}` });
  // The whole file at once: a key block or a token split over lines is removed whole (and the
  // file keeps its line count, so the outline's line numbers stay those of the file).
  const sections = outline(redact(content, batch.redactions, fileName));
  const concepts = new Map<string, ImportConcept>();
  const cite = (line: number) => [{ uri, locator: `L${line}` }];
  const at = (line: number) => `${fileName}:${line}`;
  const note = (concept: string, line: number, body: string) =>
    batch.notes.push({
      origin: at(line),
      concept,
      relation: null,
      body,
      author: null,
      sources: cite(line),
    });
  const onlyRedactions = (text: string) => !text.replace(REDACTION_MARK, "").trim();

  const addConcept = (name: string, summary: string | null, line: number, tag: string | null) => {
    const slug = toSlug(name);
    if (!slug) return null;
    const existing = concepts.get(slug);
    if (existing) {
      existing.record.sources.push(...cite(line));
      return existing;
    }
    const c: ImportConcept = {
      origin: at(line),
      mode: "merge",
      lookupName: name,
      record: {
        slug,
        name,
        kind: "concept",
        summary: summary ?? "",
        description: null,
        docsUrl: null,
        tags: tag ? [tag] : [],
        aliases: [],
        sources: cite(line),
      },
    };
    concepts.set(slug, c);
    return c;
  };

  const topicOf = (s: Section) => {
    const name = s.heading || fileName.replace(/\.md$/i, "");
    const topic = addConcept(name, null, s.line, null);
    if (topic) {
      topic.record.kind = "topic";
      topic.record.summary ||= `Notes on ${name} (${fileName}).`;
    }
    return topic;
  };

  const visit = (b: Bullet, parent: ImportConcept | null, s: Section, tag: string | null) => {
    const comma = b.text.indexOf(", ");
    const name = comma > 0 ? b.text.slice(0, comma).trim() : b.text.trim();
    const rest = comma > 0 ? b.text.slice(comma + 2).trim() : null;
    const isConcept =
      !onlyRedactions(b.text) &&
      !/https?:\/\//.test(b.text) &&
      (rest !== null ? words(name).length <= 5 : !parent && words(name).length <= 4);
    if (!isConcept) {
      const owner = parent ?? topicOf(s);
      if (!owner) return;
      const lower = b.text.toLowerCase();
      if (!owner.record.summary && lower.startsWith(owner.record.name.toLowerCase())) {
        owner.record.summary = b.text;
        owner.record.sources.push(...cite(b.line));
      } else note(owner.record.slug, b.line, b.text);
      for (const child of b.children) visit(child, owner, s, tag);
      return;
    }
    // "Control plane, master node" and "CNI, container network interface" name the same thing twice.
    // A redacted credential is never an alias.
    const alias =
      rest !== null &&
      !rest.includes("[REDACTED:") &&
      (isAcronymOf(name, rest) ||
        isAcronymOf(rest, name) ||
        (words(rest).length <= 3 && words(name).length >= 2 && !rest.includes(",")));
    const summary =
      rest === null
        ? null
        : alias
          ? `${name}, also called ${rest}.`
          : rest.toLowerCase().startsWith(name.toLowerCase())
            ? rest
            : `${name}: ${rest}`;
    const c = addConcept(name, summary, b.line, tag);
    if (!c) return;
    if (alias) c.record.aliases.push(rest);
    if (parent) {
      batch.relations.push({
        origin: at(b.line),
        record: {
          source: c.record.slug,
          type: PART_OF.key,
          target: parent.record.slug,
          description: null,
          sources: cite(b.line),
        },
      });
    }
    for (const child of b.children) visit(child, c, s, tag);
  };

  for (const s of sections) {
    const tag = s.heading ? toSlug(s.heading).slice(0, 50).replace(/-+$/, "") || null : null;
    for (const b of s.bullets) visit(b, null, s, tag);
    for (const l of s.loose) {
      if (onlyRedactions(l.text)) continue;
      const topic = topicOf(s);
      if (topic) note(topic.record.slug, l.line, l.text);
    }
  }
  for (const c of concepts.values()) {
    c.record.summary ||= `${c.record.name}, as noted in ${fileName}.`;
    if (c.record.summary.length > 500) c.record.summary = `${c.record.summary.slice(0, 497)}...`;
  }
  batch.concepts = [...concepts.values()];
  if (batch.relations.length > 0) {
    batch.relationTypes.push({ origin: fileName, mode: "ensure", record: PART_OF });
  }
  return batch;
}
