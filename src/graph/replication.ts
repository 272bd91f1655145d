import type { BusMessage } from "../db/change-bus.js";
import { onPrimary } from "../db/read-replicas.js";
import { currentActor } from "./actor.js";
import type { Change, ImportSummary } from "./changes.js";
import type { Services } from "./services.js";

/** The side of the change bus this module needs (PgChangeBus in src/db). */
export interface ChangeBusPort {
  publish(message: BusMessage): void;
}

const ENTITIES = new Set(["concept", "relation", "relationType", "note", "import"]);
const OPS = new Set(["create", "update", "delete"]);

/** The change history's key of a change (concept slug, relation id, type key, note id). */
export function keyOf(change: Change): string {
  switch (change.entity) {
    case "concept":
      return change.op === "delete" ? change.before.slug : change.after.slug;
    case "relation":
      return String(change.op === "delete" ? change.before.id : change.after.id);
    case "relationType":
      return change.op === "delete" ? change.key : change.after.key;
    case "note":
      return String(change.op === "delete" ? change.id : change.after.id);
    case "import":
      return change.key;
  }
}

/**
 * Keeps replicas in step: each committed local change goes out on the bus (small: who, what,
 * key); each change from another replica is reloaded by key from the shared database (deletes:
 * the read index's copy) and told on the local feed marked remote, so the read index and the
 * subscribers here see it and it is never published again. A bulk import is ONE message: the
 * replicas reload their whole read index once instead of 600,000 records one by one. Received changes are handled one at
 * a time, in the order they arrived.
 */
export class Replication {
  private queue: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly bus: ChangeBusPort,
    private readonly replicaId: string,
    private readonly hooks: {
      /** Loads the read index again from the shared database (after a bulk import elsewhere). */
      reloadIndex: () => Promise<void>;
      onRemote?: () => void;
      onError?: (err: unknown, message: BusMessage) => void;
    },
  ) {
    this.unsubscribe = services.changes.subscribe((change) => this.publish(change));
  }

  /** Stops publishing local changes and waits for received ones in progress. */
  async stop(): Promise<void> {
    this.unsubscribe();
    await this.queue;
  }

  /** Handles one message from the bus (the bus's onMessage). */
  receive(message: BusMessage): void {
    if (message.origin === this.replicaId) return;
    if (!ENTITIES.has(message.entity) || !OPS.has(message.op)) return;
    this.queue = this.queue.then(async () => {
      try {
        // From the primary: a read replica may not have replayed this change yet.
        const change = await onPrimary(() => this.load(message));
        if (!change) return;
        this.services.changes.emit({
          ...change,
          remote: true,
          ...(message.actor ? { actor: message.actor } : {}),
          ...(message.changeId ? { changeId: Number(message.changeId) } : {}),
        } as Change);
        this.hooks.onRemote?.();
      } catch (err) {
        this.hooks.onError?.(err, message);
      }
    });
  }

  private publish(change: Change) {
    if (change.remote) return;
    const changeId = change.changeId;
    this.bus.publish({
      origin: this.replicaId,
      entity: change.entity,
      op: change.op,
      key: keyOf(change),
      actor: change.actor ?? currentActor().name,
      ...(changeId != null ? { changeId: String(changeId) } : {}),
    });
  }

  /** The change as this replica can know it; null when there is nothing (left) to tell. */
  private async load(m: BusMessage): Promise<Change | null> {
    const { index } = this.services;
    const op = m.op as "create" | "update";
    switch (m.entity) {
      case "concept": {
        if (m.op === "delete") {
          const before = index.conceptBySlug(m.key);
          return before ? { entity: "concept", op: "delete", before } : null;
        }
        const after = await this.services.concepts.fetch(m.key);
        return after ? { entity: "concept", op, after } : null;
      }
      case "relation": {
        if (m.op === "delete") {
          const before = index.relation(Number(m.key));
          return before ? { entity: "relation", op: "delete", before } : null;
        }
        const after = await this.services.relations.get(m.key);
        return after ? { entity: "relation", op, after } : null;
      }
      case "relationType": {
        if (m.op === "delete") return { entity: "relationType", op: "delete", key: m.key };
        const after = await this.services.relationTypes.get(m.key);
        return after ? { entity: "relationType", op, after } : null;
      }
      case "note": {
        if (m.op === "delete") return { entity: "note", op: "delete", id: Number(m.key) };
        const after = await this.services.notes.get(m.key);
        return after ? { entity: "note", op, after } : null;
      }
      case "import": {
        await this.hooks.reloadIndex();
        const record = m.changeId ? await this.services.history.get(Number(m.changeId)) : null;
        if (!record) return null;
        return {
          entity: "import",
          op: "create",
          key: m.key,
          summary: record.after as ImportSummary,
          subjects: await this.services.history.subjectsOf(record.id),
          // The reload above brought them into the read index.
          concepts: [],
          relations: [],
        };
      }
    }
    return null;
  }
}
