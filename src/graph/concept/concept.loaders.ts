import DataLoader from "dataloader";
import type { Tx } from "../db-types.js";
import { groupBy } from "../group.js";
import { withLifecycle } from "../lifecycle/lifecycle.store.js";
import { type Concept, toConcept } from "./concept.model.js";

/** Per-request loaders: concepts by id, aliases and tags by concept id. */
export function createConceptLoaders(prisma: Tx) {
  return {
    byId: new DataLoader<number, Concept | null>(async (ids) => {
      const rows = await prisma.concept.findMany({
        where: { id: { in: [...ids] } },
        ...withLifecycle,
      });
      const by = new Map(rows.map((r) => [r.id, toConcept(r)]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    aliases: new DataLoader<number, string[]>(async (ids) => {
      const rows = await prisma.alias.findMany({
        where: { conceptId: { in: [...ids] } },
        orderBy: { name: "asc" },
      });
      const by = groupBy(rows, (r) => r.conceptId);
      return ids.map((id) => (by.get(id) ?? []).map((r) => r.name));
    }),
    tags: new DataLoader<number, string[]>(async (ids) => {
      const rows = await prisma.conceptTag.findMany({
        where: { conceptId: { in: [...ids] } },
        orderBy: { tag: "asc" },
      });
      const by = groupBy(rows, (r) => r.conceptId);
      return ids.map((id) => (by.get(id) ?? []).map((r) => r.tag));
    }),
  };
}
