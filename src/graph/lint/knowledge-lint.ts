import {
  type LifecycleEntry,
  STATUSES,
  compareWhen,
  whenForm,
} from "../lifecycle/lifecycle.model.js";
import { withSubtypes } from "../relation-type/relation-type.model.js";
import { SUPERSEDED_BY } from "../lifecycle/lifecycle.service.js";
import type { CitationRecord, GraphData, RelationRecord } from "../transfer/graph-data.js";
import { foldKey } from "../validation.js";

/**
 * The knowledge lint: checks that the graph's content agrees with itself, over plain graph data
 * (a database's, or a JSON export's), without reading any source file.
 */

/** One thing the lint found wrong. */
export interface LintProblem {
  rule:
    | "kinds"
    | "unknown"
    | "superseded-cycle"
    | "after-removal"
    | "citation"
    | "described"
    | "cited"
    | "connected"
    | "alias"
    | "lifecycle";
  /** The concept slug, "source type target" of a relation, or a relation type key. */
  subject: string;
  message: string;
}

/** Source URIs the lint knows how to resolve citations of. */
export const NOTES_URI = "urn:kg:source-notes:k8s-notes.md";
export const DOCS_URI = "https://kubernetes.io/docs/";
export const WEB_URI = "urn:kg:source:web";

/**
 * The last line of the source notes that may be cited: the lines after it are not notes (they
 * must never be read, quoted or cited).
 */
export const NOTES_LAST_LINE = 44;

const NOTES_RE = /^L(\d+)(?:-L(\d+))?$/;
const URL_RE = /^https?:\/\/[^\s/]+\S*$/;

/** Why a notes locator ("L12", "L3-L7") does not resolve, or null when it does. */
function notesProblem(locator: string): string | null {
  const m = NOTES_RE.exec(locator);
  if (!m) return `"${locator}" is not a notes line ("L12" or "L3-L7")`;
  const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
  if (from < 1 || to < from) return `"${locator}" is not a line range`;
  if (to > NOTES_LAST_LINE) return `"${locator}" is past the notes' last line (${NOTES_LAST_LINE})`;
  return null;
}

/** Why a citation of a source does not resolve, or null when it does. */
export function citationProblem(c: CitationRecord): string | null {
  if (c.uri === NOTES_URI) return notesProblem(c.locator);
  if (c.uri === DOCS_URI) {
    return c.locator.startsWith("/docs/") || URL_RE.test(c.locator)
      ? null
      : `docs locator "${c.locator}" is neither a /docs/ path nor a URL`;
  }
  if (c.uri === WEB_URI) {
    return URL_RE.test(c.locator) ? null : `web locator "${c.locator}" is not a full URL`;
  }
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(c.uri) ? null : `source "${c.uri}" is not a URI`;
}

/** Why a lifecycle or qualifier cite ("/docs/...", a URL, "notes:L12") does not resolve. */
export function citeProblem(cite: string): string | null {
  if (cite === "") return null;
  if (cite.startsWith("notes:")) return notesProblem(cite.slice("notes:".length));
  if (cite.startsWith("/docs/") || URL_RE.test(cite)) return null;
  return `cite "${cite}" is neither a /docs/ path, a URL nor a notes line`;
}

const relName = (r: RelationRecord) => `${r.source} ${r.type} ${r.target}`;

/** The first version or date at which a lifecycle says "removed", in the form of `like`. */
function removedAt(entries: LifecycleEntry[], like: string): string | null {
  const form = whenForm(like);
  const hit = entries.find((e) => e.status === "removed" && whenForm(e.since) === form);
  return hit?.since ?? null;
}

/** A description says two to five sentences; a concept has at least two relations. */
const [MIN_SENTENCES, MAX_SENTENCES, MIN_RELATIONS] = [2, 5, 2];

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });
/** Abbreviations a sentence may hold without ending there. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|cf)\.\s*$/i;

/** How many sentences `text` has, by the engine's (ICU's) sentence segmentation. */
export function sentences(text: string): number {
  let n = 0;
  for (const { segment } of SENTENCES.segment(text.trim())) {
    if (segment.trim() && !ABBREVIATIONS.test(segment)) n++;
  }
  return Math.max(n, text.trim() ? 1 : 0);
}

/** Runs every rule over `data`; an empty list means the graph is consistent. */
export function lintGraph(data: GraphData): LintProblem[] {
  const out: LintProblem[] = [];
  const add = (rule: LintProblem["rule"], subject: string, message: string) =>
    out.push({ rule, subject, message });
  const concepts = new Map(data.concepts.map((c) => [c.slug, c]));
  const types = new Map(data.relationTypes.map((t) => [t.key, t]));

  const checkLifecycle = (subject: string, entries: LifecycleEntry[]) => {
    for (const e of entries) {
      if (!(STATUSES as readonly string[]).includes(e.status)) {
        add("lifecycle", subject, `unknown status "${e.status}"`);
      }
      if (!whenForm(e.since)) add("lifecycle", subject, `"${e.since}" is no version or date`);
      const p = citeProblem(e.cite);
      if (p) add("citation", subject, `lifecycle ${e.status} ${e.since}: ${p}`);
    }
    // An entry after "removed" (of the same form) that is not removed again contradicts it.
    for (const e of entries) {
      const gone = removedAt(entries, e.since);
      if (gone && e.status !== "removed" && (compareWhen(e.since, gone) ?? -1) > 0) {
        add("after-removal", subject, `is ${e.status} in ${e.since}, after its removal in ${gone}`);
      }
    }
  };

  const degree = new Map<string, number>();
  for (const r of data.relations) {
    for (const end of new Set([r.source, r.target])) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  for (const c of data.concepts) {
    if (!c.summary.trim() || !c.description.trim()) {
      add("described", c.slug, `has no ${c.summary.trim() ? "description" : "summary"}`);
    } else {
      const n = sentences(c.description);
      if (n < MIN_SENTENCES || n > MAX_SENTENCES) {
        add(
          "described",
          c.slug,
          `its description has ${n} sentence(s), not ${MIN_SENTENCES} to ${MAX_SENTENCES}`,
        );
      }
    }
    if (c.sources.length === 0)
      add("cited", c.slug, "cites no source (a docs page or a notes line)");
    const d = degree.get(c.slug) ?? 0;
    if (d < MIN_RELATIONS)
      add("connected", c.slug, `has ${d} relation(s), fewer than ${MIN_RELATIONS}`);
    checkLifecycle(c.slug, c.lifecycle);
    for (const s of c.sources) {
      const p = citationProblem(s);
      if (p) add("citation", c.slug, p);
    }
  }

  // Aliases: each folded name belongs to one concept (its slug, its name or its alias).
  const owners = new Map<string, Set<string>>();
  const claim = (key: string, slug: string) =>
    owners.set(key, (owners.get(key) ?? new Set()).add(slug));
  for (const c of data.concepts) {
    claim(foldKey(c.slug), c.slug);
    claim(foldKey(c.name), c.slug);
  }
  for (const c of data.concepts) {
    for (const a of c.aliases) {
      const others = [...(owners.get(foldKey(a)) ?? [])].filter((s) => s !== c.slug);
      if (others.length > 0) {
        add("alias", c.slug, `alias "${a}" also names ${others.join(", ")}`);
      }
      claim(foldKey(a), c.slug);
    }
  }

  for (const t of data.relationTypes) {
    const seen = new Set([t.key]);
    for (let p = t.parent; p; p = types.get(p)?.parent ?? null) {
      if (!types.has(p)) {
        add("unknown", t.key, `parent type "${p}" does not exist`);
        break;
      }
      if (seen.has(p)) {
        add("unknown", t.key, `the type hierarchy has a cycle through "${p}"`);
        break;
      }
      seen.add(p);
    }
  }

  for (const r of data.relations) {
    const name = relName(r);
    const [source, target, type] = [
      concepts.get(r.source),
      concepts.get(r.target),
      types.get(r.type),
    ];
    if (!source || !target || !type) {
      add("unknown", name, `unknown ${!type ? "type" : "concept"}`);
      continue;
    }
    if (type.sourceKinds && !type.sourceKinds.includes(source.kind)) {
      add(
        "kinds",
        name,
        `source is a ${source.kind}; ${r.type} takes ${type.sourceKinds.join(", ")}`,
      );
    }
    if (type.targetKinds && !type.targetKinds.includes(target.kind)) {
      add(
        "kinds",
        name,
        `target is a ${target.kind}; ${r.type} takes ${type.targetKinds.join(", ")}`,
      );
    }
    checkLifecycle(name, r.lifecycle);
    for (const s of r.sources) {
      const p = citationProblem(s);
      if (p) add("citation", name, p);
    }
    const q = r.qualifiers;
    if (q?.cite) {
      const p = citeProblem(q.cite);
      if (p) add("citation", name, `qualifiers: ${p}`);
    }
    // Nothing of the relation may hold after either end was removed.
    for (const end of [source, target]) {
      const when = [q?.since, q?.until, ...r.lifecycle.map((e) => e.since)].filter(
        (w): w is string => Boolean(w),
      );
      for (const w of when) {
        const gone = removedAt(end.lifecycle, w);
        if (gone && (compareWhen(w, gone) ?? -1) > 0) {
          add("after-removal", name, `holds in ${w}, after ${end.slug} was removed in ${gone}`);
        }
      }
    }
  }

  // superseded-by (and its subtypes) must not lead back to where it started.
  const supersede = new Set(withSubtypes(SUPERSEDED_BY, data.relationTypes));
  const next = new Map<string, string[]>();
  for (const r of data.relations.filter((x) => supersede.has(x.type))) {
    next.set(r.source, [...(next.get(r.source) ?? []), r.target]);
  }
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const stack: string[][] = [[start]];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const path = stack.pop()!;
      for (const n of next.get(path.at(-1)!) ?? []) {
        if (n === start) {
          const cycle = [...path].sort().join(",");
          if (!reported.has(cycle)) {
            reported.add(cycle);
            add(
              "superseded-cycle",
              start,
              `superseded-by goes round: ${[...path, n].join(" -> ")}`,
            );
          }
        } else if (!seen.has(n)) {
          seen.add(n);
          stack.push([...path, n]);
        }
      }
    }
  }
  return out;
}
