import type { Actor } from "../../graph/actor.js";
import type { Services } from "../../graph/services.js";

/** Who subscribes without a key while reads are open. */
export const ANONYMOUS: Actor = { name: "anonymous", role: null };

/**
 * Decides who a WebSocket subscriber is, from `connectionParams.authorization`
 * ("Bearer <key>", as the HTTP Authorization header). Returns null to refuse the connection
 * (closed with 4403 Forbidden). Reads are open, so today every well-formed connection is
 * ANONYMOUS; THE place to wire API keys in: look the key up here and return its actor, or
 * null when reads require a key and none (or a bad one) was given.
 */
export async function authenticateSubscriber(
  authorization: string | null,
  _services: Services,
): Promise<Actor | null> {
  if (authorization !== null && !/^Bearer \S+$/.test(authorization)) return null;
  return ANONYMOUS;
}

/** `connectionParams.authorization` (also accepted as `Authorization`), or null. */
export function authorizationOf(params: Readonly<Record<string, unknown>> | undefined) {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
}
