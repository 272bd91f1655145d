import type { Relation } from "../relation/relation.service.js";

type RelationEnds = Pick<Relation, "id" | "sourceId" | "typeKey" | "targetId">;

/**
 * Gives each created relation the id the database returned for it. Rows come back in insertion
 * order on both databases in practice, which makes this one pass; a key map covers any other order.
 */
export function matchIds(created: RelationEnds[], rows: RelationEnds[]) {
  const same = (a: RelationEnds, b: RelationEnds | undefined) =>
    b !== undefined &&
    a.sourceId === b.sourceId &&
    a.targetId === b.targetId &&
    a.typeKey === b.typeKey;
  if (created.every((r, i) => same(r, rows[i]))) {
    created.forEach((r, i) => (r.id = rows[i]!.id));
    return;
  }
  const key = (r: RelationEnds) => `${r.sourceId}|${r.typeKey}|${r.targetId}`;
  const ids = new Map(rows.map((r) => [key(r), r.id]));
  for (const r of created) r.id = ids.get(key(r))!;
}
