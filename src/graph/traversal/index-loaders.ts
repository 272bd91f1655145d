import DataLoader from "dataloader";
import type { Concept } from "../concept/concept.model.js";
import type { RelationType } from "../relation-type/relation-type.model.js";
import { type Relation, byTypeThenId } from "../relation/relation.model.js";
import type { Direction, GraphIndex } from "./graph-index.js";

/**
 * Per-request loaders answered from the in-memory graph index instead of SQL: the same shapes
 * and orders as the services' loaders, without an ORM call per level of a query.
 */
export function createIndexLoaders(index: GraphIndex) {
  const byConcept = new Map<string, DataLoader<number, Relation[]>>();
  return {
    conceptsById: new DataLoader<number, Concept | null>(async (ids) =>
      ids.map((id) => index.concept(id) ?? null),
    ),
    relationTypesByKey: new DataLoader<string, RelationType | null>(async (keys) =>
      keys.map((k) => index.types.get(k) ?? null),
    ),
    relationsById: new DataLoader<number, Relation | null>(async (ids) =>
      ids.map((id) => index.relation(id) ?? null),
    ),
    /**
     * Relations of concepts in `direction`, optionally of some types (and the types specialising
     * them, unless `exact`), ordered by type then id.
     */
    relationsByConcept(direction: Direction, types?: string[] | null, exact = false) {
      const typeList = types && types.length > 0 ? [...new Set(types)].sort() : null;
      const key = `${direction}|${exact ? "=" : ""}${typeList?.join(",") ?? "*"}`;
      let loader = byConcept.get(key);
      if (!loader) {
        const typeSet = index.typeSet(typeList, exact);
        loader = new DataLoader<number, Relation[]>(async (ids) =>
          ids.map((id) =>
            index
              .hops(id, direction, typeSet)
              .map((h) => h.relation)
              .sort(byTypeThenId),
          ),
        );
        byConcept.set(key, loader);
      }
      return loader;
    },
  };
}
