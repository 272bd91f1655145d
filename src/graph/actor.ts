import { ContextSlot } from "../context.js";

/** What a caller may do: readers read, editors edit concepts, relations and notes, admins do the rest. */
export type Role = "reader" | "editor" | "admin";

/** Who is making a request: an API key's name and role, or an anonymous caller (role null). */
export interface Actor {
  name: string;
  role: Role | null;
  /** The API key's id, when the actor holds one. */
  keyId?: number;
}

/** The server's own work on its machine: seed, CLI on the local database, migrations. */
export const SYSTEM: Actor = { name: "system", role: "admin" };

/** A caller without a key: may read (unless reads require a key), never write. */
export const ANONYMOUS: Actor = { name: "anonymous", role: null };

const actor = new ContextSlot<Actor>();

/** Runs `fn` (and everything it awaits) as `actor`. */
export function runAs<T>(who: Actor, fn: () => T): T {
  return actor.run(who, fn);
}

/** Makes `who` the actor of the rest of the current request. */
export function actAs(who: Actor): void {
  actor.set(who);
}

/** The actor of the current request; code running outside any request runs as SYSTEM. */
export function currentActor(): Actor {
  return actor.get() ?? SYSTEM;
}
