import type { ChangeEntry, Entity, Op } from "./history.types.js";

type Row = {
  id: number;
  at: Date;
  actor: string;
  entity: string;
  op: string;
  key: string;
  before: string | null;
  after: string | null;
  revertOf: number | null;
  subjects: { slug: string }[];
};

export const parse = (json: string | null): unknown => (json == null ? null : JSON.parse(json));

/** A stored change record as the domain hands it out (before/after parsed, subjects sorted). */
export const toChangeEntry = (r: Row): ChangeEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  entity: r.entity as Entity,
  op: r.op as Op,
  key: r.key,
  before: parse(r.before),
  after: parse(r.after),
  revertOf: r.revertOf,
  subjects: r.subjects.map((s) => s.slug).sort(),
});
