import type { LifecycleEntry } from "./lifecycle.model.js";
import { lifecycleInclude } from "./lifecycle.model.js";

/** Prisma read arguments that bring a concept's or relation's lifecycle along, in order. */
export const withLifecycle = { include: lifecycleInclude };

/** Lifecycle entries as nested `create` rows of their owner, positions in order. */
export const lifecycleRows = (entries: LifecycleEntry[]) =>
  entries.map((e, position) => ({ status: e.status, since: e.since, cite: e.cite, position }));
