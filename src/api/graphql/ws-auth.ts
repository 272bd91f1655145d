import type { Config } from "../../config.js";
import { ANONYMOUS, type Actor } from "../../graph/actor.js";
import type { Services } from "../../graph/services.js";
import { bearerSecret } from "../auth.js";

/**
 * Decides who a WebSocket subscriber is, from `connectionParams.authorization` ("Bearer <key>", as
 * the HTTP Authorization header), with the same rules as HTTP requests: no key is anonymous
 * (refused when reads require a key); a malformed, unknown or revoked key is refused. Returns null
 * to refuse the connection (closed with 4403 Forbidden).
 */
export async function authenticateSubscriber(
  authorization: string | null,
  services: Services,
  config: Config,
): Promise<Actor | null> {
  if (authorization === null || authorization.trim() === "") {
    return config.readsRequireKey ? null : ANONYMOUS;
  }
  const secret = bearerSecret(authorization);
  if (!secret) return null;
  const check = await services.keys.authenticate(secret);
  return "refused" in check ? null : check.actor;
}

/** `connectionParams.authorization` (also accepted as `Authorization`), or null. */
export function authorizationOf(params: Readonly<Record<string, unknown>> | undefined) {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
}
