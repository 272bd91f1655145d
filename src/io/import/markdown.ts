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
};

interface Bullet {
  line: number;
  indent: number;
  text: string;
  children: Bullet[];
}

interface Section {
  heading: string;
  line: number;
  bullets: Bullet[];
  /** Loose text (paragraphs, code blocks) with its line. */
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

/** Splits an outline into sections of nested bullets, with loose lines and code blocks. */
function outline(lines: string[]): Section[] {
  const sections: Section[] = [{ heading: "", line: 1, bullets: [], loose: [] }];
  let stack: Bullet[] = [];
  let fence: { line: number; body: string[] } | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const section = sections.at(-1)!;
    if (/^\s*(```|~~~)/.test(raw)) {
      if (fence) {
        section.loose.push({ line: fence.line, text: fence.body.join("\n") });
        fence = null;
      } else fence = { line, body: [] };
      return;
    }
    if (fence) {
      fence.body.push(raw);
      return;
    }
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (heading) {
      sections.push({ heading: heading[2]!, line, bullets: [], loose: [] });
      stack = [];
      return;
    }
    const bullet = /^(\s*)[-*+]\s+(.*\S)\s*$/.exec(raw);
    if (bullet) {
      const node: Bullet = { line, indent: bullet[1]!.length, text: bullet[2]!, children: [] };
      while (stack.length && stack.at(-1)!.indent >= node.indent) stack.pop();
      (stack.at(-1)?.children ?? section.bullets).push(node);
      stack.push(node);
      return;
    }
    if (raw.trim()) section.loose.push({ line, text: raw.trim() });
  });
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
  const lines = content.split(/\r?\n/).map((l, i) => redact(l, batch.redactions, fileName, i + 1));
  const sections = outline(lines);
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
  const onlyRedactions = (text: string) => !text.replace(/\[REDACTED [^\]]*\]/g, "").trim();

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
      if (!owner || onlyRedactions(b.text)) return;
      const lower = b.text.toLowerCase();
      if (!owner.record.summary && lower.startsWith(owner.record.name.toLowerCase())) {
        owner.record.summary = b.text;
        owner.record.sources.push(...cite(b.line));
      } else note(owner.record.slug, b.line, b.text);
      for (const child of b.children) visit(child, owner, s, tag);
      return;
    }
    // "Control plane, master node" and "CNI, container network interface" name the same thing twice.
    const alias =
      rest !== null &&
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
