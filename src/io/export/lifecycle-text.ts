import type { LifecycleEntry, Qualifiers } from "../../graph/lifecycle/lifecycle.model.js";

/** A lifecycle as one line: "alpha 1.28; beta 1.29; stable 1.33" ("" when none). */
export const lifecycleText = (entries: LifecycleEntry[]) =>
  entries.map((e) => `${e.status} ${e.since}`).join("; ");

/** The latest status of a lifecycle, or "" when none. */
export const latestStatus = (entries: LifecycleEntry[]) => entries.at(-1)?.status ?? "";

/** Statuses that mean "do not use it any more": exports mark them. */
const ENDED = new Set(["deprecated", "removed", "archived", "retired"]);

/** Whether the latest status says it is on its way out or gone. */
export const hasEnded = (entries: LifecycleEntry[]) => ENDED.has(latestStatus(entries));

/** Qualifiers as named text values ("" for what is not said), in a fixed order. */
export const qualifierTexts = (q: Qualifiers | null) => ({
  since: q?.since ?? "",
  until: q?.until ?? "",
  isDefault: q?.isDefault == null ? "" : String(q.isDefault),
  note: q?.note ?? "",
});
