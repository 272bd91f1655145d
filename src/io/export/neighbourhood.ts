import { BadUserInputError, NotFoundError } from "../../errors.js";
import { type GraphData, type NoteRecord, relationKey } from "../../graph/transfer/graph-data.js";

/** Deepest neighbourhood an export may ask for. */
export const MAX_DEPTH = 10;

/**
 * The part of the graph within `depth` relations of `root` (either direction): those concepts,
 * the relations between them, their notes, the relation types and sources these use.
 */
export function neighbourhood(data: GraphData, root: string, depth: number): GraphData {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new BadUserInputError("depth", `must be an integer from 0 to ${MAX_DEPTH}`);
  }
  if (!data.concepts.some((c) => c.slug === root)) {
    throw new NotFoundError("root", `No concept with slug "${root}"`);
  }
  const adjacent = new Map<string, string[]>();
  for (const r of data.relations) {
    adjacent.set(r.source, [...(adjacent.get(r.source) ?? []), r.target]);
    adjacent.set(r.target, [...(adjacent.get(r.target) ?? []), r.source]);
  }
  const seen = new Set([root]);
  let frontier = [root];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const slug of frontier) {
      for (const other of adjacent.get(slug) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const concepts = data.concepts.filter((c) => seen.has(c.slug));
  const relations = data.relations.filter((r) => seen.has(r.source) && seen.has(r.target));
  const kept = new Set(relations.map(relationKey));
  const notes = data.notes.filter((n: NoteRecord) =>
    n.concept ? seen.has(n.concept) : kept.has(relationKey(n.relation!)),
  );
  const types = new Set(relations.map((r) => r.type));
  const cited = new Set(
    [...concepts, ...relations, ...notes].flatMap((x) => x.sources.map((s) => s.uri)),
  );
  return {
    sources: data.sources.filter((s) => cited.has(s.uri)),
    relationTypes: data.relationTypes.filter((t) => types.has(t.key)),
    concepts,
    relations,
    notes,
  };
}
