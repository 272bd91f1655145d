import DataLoader from "dataloader";
import type { Tx } from "../db-types.js";
import { groupBy } from "../group.js";

/** Per-request loaders: aliases and tags by concept id (concepts by id come from the index). */
export function createConceptLoaders(prisma: Tx) {
  return {
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
