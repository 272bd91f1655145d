import DataLoader from "dataloader";
import type { Config } from "../../config.js";
import { BadUserInputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ImportSummary } from "../changes.js";
import { groupBy } from "../group.js";
import { parse, toChangeEntry } from "./history.entry.js";
import { parseId } from "../ids.js";
import { decodeCursor, encodeCursor } from "../pagination.js";
import type { Tx } from "../db-types.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { checkFirst } from "../validation.js";
import { authorize } from "../authorize.js";
import { type RevertResult, type Writers, revertChange } from "./history.revert.js";
import type {
  ChangeEntry,
  ChangeFeedPage,
  HistoryPage,
  NoteRevision,
  NoteSnapshot,
} from "./history.types.js";

const HISTORY_CURSOR = "history";
const FEED_CURSOR = "changes";

type RecordRow = Parameters<typeof toChangeEntry>[0];

/** Decodes a position cursor (a change id) of `kind`, or BAD_USER_INPUT naming `field`. */
function decodeId(field: string, kind: string, cursor: string): number {
  const value = decodeCursor(field, kind, cursor);
  const id = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) {
    throw new BadUserInputError(field, "is not a cursor returned by this connection");
  }
  return id;
}

/** The id of the newest change in `db`'s history (0 when there is none). */
export async function newestChangeId(db: Tx): Promise<number> {
  const last = await db.changeRecord.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

/** The change history: per concept, as an incremental feed, note revisions, and revert. */
export class HistoryService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
    private readonly work: UnitOfWork,
    /** The writers a revert goes through: set once the services exist (they include this one). */
    private readonly writers: () => Writers,
  ) {}

  /** One recorded change, or null. */
  async get(changeId: number): Promise<ChangeEntry | null> {
    const row = await this.prisma.changeRecord.findUnique({ where: { id: changeId } });
    return row ? (await this.entries([row]))[0]! : null;
  }

  /**
   * The changes that concern a concept (itself, its relations, their notes and its notes), newest
   * first. Readable after the concept is deleted; NOT_FOUND only for a slug that never had any.
   */
  async forConcept(
    slug: string,
    first?: number | null,
    after?: string | null,
  ): Promise<HistoryPage> {
    const take = checkFirst("first", first, this.config.defaultPageSize, this.config.maxPageSize);
    const before = after ? decodeId("after", HISTORY_CURSOR, after) : undefined;
    const where = { subjects: { some: { slug } } };
    const [rows, totalCount] = await Promise.all([
      this.prisma.changeRecord.findMany({
        where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
        orderBy: { id: "desc" },
        take: take + 1,
      }),
      this.prisma.changeRecord.count({ where }),
    ]);
    if (totalCount === 0 && !(await this.prisma.concept.findUnique({ where: { slug } }))) {
      throw new NotFoundError("slug", `No concept with slug "${slug}" and no history for it`);
    }
    const entries = await this.entries(rows.slice(0, take));
    return {
      items: entries.map((node) => ({ cursor: encodeCursor(HISTORY_CURSOR, node.id), node })),
      hasNextPage: rows.length > take,
      hasPreviousPage: before !== undefined,
      totalCount,
    };
  }

  /**
   * Every change after `since` in id (= commit) order, at most `first`, and the cursor to pass
   * next time. Polling with the returned cursor never misses nor repeats a change.
   */
  async feed(since?: string | null, first?: number | null): Promise<ChangeFeedPage> {
    const take = checkFirst("first", first, this.config.defaultPageSize, this.config.maxPageSize);
    const sinceId = since ? decodeId("since", FEED_CURSOR, since) : 0;
    const rows = await this.prisma.changeRecord.findMany({
      where: { id: { gt: sinceId } },
      orderBy: { id: "asc" },
      take: take + 1,
    });
    const items = await this.entries(rows.slice(0, take));
    return {
      items,
      cursor: encodeCursor(FEED_CURSOR, items.at(-1)?.id ?? sinceId),
      hasMore: rows.length > take,
    };
  }

  /** The cursor of the latest change: poll `feed` with it to get only what happens from now on. */
  async latestCursor(): Promise<string> {
    return encodeCursor(FEED_CURSOR, await newestChangeId(this.prisma));
  }

  /**
   * Undoes a change by applying its inverse through the normal services, in one transaction: the
   * new records say `revertOf`. CONFLICT when the entity changed since or cannot be restored.
   */
  async revert(changeId: number | string): Promise<RevertResult> {
    authorize("admin");
    return revertChange(this.work, this.writers(), parseId("changeId", changeId));
  }

  /** Every concept slug a change concerns (for an import, all of them: maybe 100,000). */
  async subjectsOf(changeId: number): Promise<string[]> {
    const rows = await this.prisma.changeSubject.findMany({
      where: { changeId },
      orderBy: { slug: "asc" },
    });
    return rows.map((r) => r.slug);
  }

  /**
   * Records as entries, with their subjects loaded in one statement. An import's entry lists only
   * the first concepts of its summary: it may concern 100,000 (see `subjectsOf`).
   */
  private async entries(rows: Omit<RecordRow, "subjects">[]): Promise<ChangeEntry[]> {
    const ids = rows.filter((r) => r.entity !== "import").map((r) => r.id);
    const subjects = ids.length
      ? await this.prisma.changeSubject.findMany({
          where: { changeId: { in: ids } },
          orderBy: { slug: "asc" },
        })
      : [];
    const by = groupBy(subjects, (r) => r.changeId);
    return rows.map((r) =>
      toChangeEntry({
        ...r,
        subjects:
          r.entity === "import"
            ? ((parse(r.after) as ImportSummary | null)?.firstConcepts ?? []).map((slug) => ({
                slug,
              }))
            : (by.get(r.id) ?? []),
      }),
    );
  }

  /** Per-request loader of a note's revisions (every body it had, oldest first) by note id. */
  createLoaders() {
    return {
      noteRevisions: new DataLoader<number, NoteRevision[]>(async (ids) => {
        const rows = await this.prisma.changeRecord.findMany({
          where: { entity: "note", op: { in: ["create", "update"] }, key: { in: ids.map(String) } },
          orderBy: { id: "asc" },
        });
        const by = groupBy(rows, (r) => r.key);
        return ids.map((id) =>
          (by.get(String(id)) ?? []).map((r) => {
            const note = parse(r.after) as NoteSnapshot;
            return {
              changeId: r.id,
              version: note.version,
              body: note.body,
              author: note.author,
              at: r.at,
              actor: r.actor,
            };
          }),
        );
      }),
    };
  }
}
