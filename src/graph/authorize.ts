import { ForbiddenError, UnauthenticatedError } from "../errors.js";
import { type Role, currentActor } from "./actor.js";

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/**
 * Refuses the current actor unless its role is at least `needed`: anonymous callers get
 * UNAUTHENTICATED, too low a role FORBIDDEN. One line at the top of every write method.
 */
export function authorize(needed: Role): void {
  const actor = currentActor();
  if (actor.role === null) throw new UnauthenticatedError();
  if (RANK[actor.role] < RANK[needed]) throw new ForbiddenError(needed, actor.role);
}
