import { BadUserInputError } from "../../errors.js";
import { type GraphData, type NoteRecord, relationKey } from "../../graph/transfer/graph-data.js";
import type { TraversalService } from "../../graph/traversal/traversal.service.js";

/** Deepest neighbourhood an export may ask for. */
export const MAX_DEPTH = 10;

/**
 * The part of the graph within `depth` relations of `root` (either direction), as the read
 * index's traversal finds it: those concepts, the relations between them, their notes, the
 * relation types and sources these use.
 */
export function neighbourhood(
  data: GraphData,
  traversal: TraversalService,
  root: string,
  depth: number,
): GraphData {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new BadUserInputError("depth", `must be an integer from 0 to ${MAX_DEPTH}`);
  }
  const seen = new Set(traversal.slugsWithin("root", root, depth));
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
