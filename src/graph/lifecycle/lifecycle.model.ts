import { BadUserInputError } from "../../errors.js";
import { checkText } from "../validation.js";

/**
 * Lifecycles, shared by concepts and relations: the states something went through, each with the
 * Kubernetes version ("1.24") or date ("2026-01") it entered it, and where that is said.
 *
 * Comparing "when" values: two versions compare numerically part by part ("1.9" < "1.10"); two
 * dates compare as dates ("2024-06" is the first of June 2024). A version and a date are not
 * comparable: when a question is asked at a version, date entries are left out of the answer
 * (and the other way round).
 */

export const STATUSES = [
  "alpha",
  "beta",
  "stable",
  "deprecated",
  "removed",
  "archived",
  "retired",
] as const;
export type Status = (typeof STATUSES)[number];

/** One state in a lifecycle. */
export interface LifecycleEntry {
  status: Status;
  /** The version ("1.33") or ISO date ("2026-01") it entered this state. */
  since: string;
  /** A docs path ("/docs/..."), a URL, or a notes line ("notes:L12"); "" when none. */
  cite: string;
}

/** A lifecycle entry as stored. */
export interface LifecycleRow {
  id: number;
  status: string;
  since: string;
  cite: string;
  position: number;
}

/** Prisma `include` that reads an owner's lifecycle in order. */
export const lifecycleInclude = {
  lifecycle: { orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
};

/** The stored rows of one owner, in order, as entries. */
export const toLifecycle = (rows: LifecycleRow[]): LifecycleEntry[] =>
  [...rows]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((r) => ({ status: r.status as Status, since: r.since, cite: r.cite }));

/** Relation qualifiers: when it holds, whether it is the default, a note, and where that is said. */
export interface Qualifiers {
  since: string | null;
  until: string | null;
  /** true = the default, false = optional, null = not said. */
  isDefault: boolean | null;
  note: string | null;
  cite: string | null;
}

const VERSION_RE = /^(\d+)\.(\d+)(?:\.(\d+))?$/;
const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A parsed "when": a version's numbers or a date's (year, month, day). */
type When = { form: "version" | "date"; parts: number[] };

function parseWhen(value: string): When | null {
  const v = VERSION_RE.exec(value);
  if (v) return { form: "version", parts: [v[1], v[2], v[3] ?? "0"].map(Number) };
  const d = DATE_RE.exec(value);
  if (!d) return null;
  const [year, month, day] = [d[1], d[2], d[3] ?? "01"].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  return { form: "date", parts: [year, month, day] };
}

/** Whether a "when" value is a version, a date, or neither. */
export const whenForm = (value: string) => parseWhen(value)?.form ?? null;

/**
 * Compares two "when" values: negative, zero or positive; null when they are not comparable (a
 * version and a date, or a malformed value).
 */
export function compareWhen(a: string, b: string): number | null {
  const x = parseWhen(a);
  const y = parseWhen(b);
  if (!x || !y || x.form !== y.form) return null;
  for (let i = 0; i < 3; i++) {
    const d = x.parts[i]! - y.parts[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** A version ("1.24", "1.24.3") or an ISO date ("2026-01", "2026-01-15"); BAD_USER_INPUT otherwise. */
export function checkWhen(field: string, value: string): string {
  const v = value.trim().replace(/^v(?=\d)/, "");
  if (!parseWhen(v)) {
    throw new BadUserInputError(
      field,
      `"${value}" is neither a Kubernetes version ("1.24") nor an ISO date ("2026-01" or "2026-01-15")`,
    );
  }
  return v;
}

/** A status of STATUSES; BAD_USER_INPUT naming the field otherwise. */
export function checkStatus(field: string, value: string): Status {
  const v = value.trim().toLowerCase();
  if (!(STATUSES as readonly string[]).includes(v)) {
    throw new BadUserInputError(field, `unknown status "${value}"; one of ${STATUSES.join(", ")}`);
  }
  return v as Status;
}

const NOTES_CITE_RE = /^notes:L\d+(?:-L\d+)?$/;

/** A citation of a lifecycle entry or qualifiers: "/docs/...", an http(s) URL, or "notes:L12". */
export function checkCite(field: string, value: string | null | undefined): string {
  const v = checkText(field, value ?? "", { max: 2_000 });
  if (v === "" || v.startsWith("/") || NOTES_CITE_RE.test(v) || /^https?:\/\/\S+$/.test(v)) {
    return v;
  }
  throw new BadUserInputError(
    field,
    `"${v}" is not a citation: give a docs path ("/docs/..."), a URL, or a notes line ("notes:L12")`,
  );
}

/** At most this many entries in one lifecycle. */
const MAX_ENTRIES = 20;

/** Input of one lifecycle entry. */
export interface LifecycleInput {
  status: string;
  since: string;
  cite?: string | null;
}

/** Validates a lifecycle (field names prefixed with `f`); returns the entries to store. */
export function checkLifecycle(
  f: string,
  entries: LifecycleInput[] | null | undefined,
): LifecycleEntry[] {
  const list = entries ?? [];
  if (list.length > MAX_ENTRIES) {
    throw new BadUserInputError(f, `at most ${MAX_ENTRIES} lifecycle entries`);
  }
  return list.map((e, i) => ({
    status: checkStatus(`${f}[${i}].status`, e.status),
    since: checkWhen(`${f}[${i}].since`, e.since),
    cite: checkCite(`${f}[${i}].cite`, e.cite),
  }));
}

/** Input of relation qualifiers (`default` is accepted as another name of `isDefault`). */
export interface QualifiersInput {
  since?: string | null;
  until?: string | null;
  isDefault?: boolean | null;
  note?: string | null;
  cite?: string | null;
}

/** Validates qualifiers: versions or dates, since not after until; null when nothing is said. */
export function checkQualifiers(
  f: string,
  q: QualifiersInput | null | undefined,
): Qualifiers | null {
  if (!q) return null;
  const since = q.since == null ? null : checkWhen(`${f}.since`, q.since);
  const until = q.until == null ? null : checkWhen(`${f}.until`, q.until);
  if (since && until) {
    const order = compareWhen(since, until);
    if (order === null) {
      throw new BadUserInputError(
        `${f}.until`,
        `"${until}" and since "${since}" must both be versions or both dates`,
      );
    }
    if (order > 0) {
      throw new BadUserInputError(`${f}.since`, `"${since}" is after until "${until}"`);
    }
  }
  const note = q.note == null ? null : checkText(`${f}.note`, q.note, { max: 500 }) || null;
  const cite = q.cite == null ? null : checkCite(`${f}.cite`, q.cite) || null;
  const out = { since, until, isDefault: q.isDefault ?? null, note, cite };
  return Object.values(out).every((v) => v === null) ? null : out;
}

/** Qualifiers from a relation row's columns (null when none is set). */
export function qualifiersOf(r: {
  since: string | null;
  until: string | null;
  isDefault: boolean | null;
  qualifierNote: string | null;
  qualifierCite: string | null;
}): Qualifiers | null {
  const q = {
    since: r.since,
    until: r.until,
    isDefault: r.isDefault,
    note: r.qualifierNote,
    cite: r.qualifierCite,
  };
  return Object.values(q).every((v) => v === null) ? null : q;
}

/** Qualifiers as a relation row's columns. */
export const qualifierColumns = (q: Qualifiers | null) => ({
  since: q?.since ?? null,
  until: q?.until ?? null,
  isDefault: q?.isDefault ?? null,
  qualifierNote: q?.note ?? null,
  qualifierCite: q?.cite ?? null,
});

/** The entries comparable with `asOf`, in time order (stable for equal values). */
function comparable(entries: readonly LifecycleEntry[], asOf: string): LifecycleEntry[] {
  const form = whenForm(asOf);
  return entries
    .filter((e) => whenForm(e.since) === form)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareWhen(a.e.since, b.e.since)! || a.i - b.i)
    .map((x) => x.e);
}

/**
 * The status at `asOf`: that of the last entry that started at or before it; null when none had
 * (or no entry is comparable with it).
 */
export function statusAt(entries: readonly LifecycleEntry[], asOf: string): Status | null {
  let status: Status | null = null;
  for (const e of comparable(entries, asOf)) {
    if (compareWhen(e.since, asOf)! <= 0) status = e.status;
  }
  return status;
}

/**
 * Whether something with this lifecycle existed at `asOf`: not when its first (comparable) state
 * starts after it, nor when it was removed at or before it. No comparable entry: it did.
 */
export function existedAt(entries: readonly LifecycleEntry[], asOf: string): boolean {
  const list = comparable(entries, asOf);
  if (list.length === 0) return true;
  if (compareWhen(list[0]!.since, asOf)! > 0) return false;
  return statusAt(list, asOf) !== "removed";
}

/** Whether qualifiers allow a relation at `asOf`: from `since` (inclusive) until `until` (exclusive). */
export function holdsAt(q: Qualifiers | null, asOf: string): boolean {
  if (!q) return true;
  if (q.since && (compareWhen(q.since, asOf) ?? -1) > 0) return false;
  if (q.until && (compareWhen(q.until, asOf) ?? 1) <= 0) return false;
  return true;
}

/** Whether a "when" lies in the range (from, to]: after `from`, at or before `to`. */
export function inRange(when: string, from: string, to: string): boolean {
  const a = compareWhen(when, from);
  const b = compareWhen(when, to);
  return a !== null && b !== null && a > 0 && b <= 0;
}
