import type { FastifyInstance } from "fastify";
import { BadUserInputError } from "../errors.js";

/** A `\uD800`-`\uDFFF` escape: the only way JSON text can carry a surrogate on its own. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** The path of the first string in `value` that is not well-formed Unicode (a lone surrogate). */
function lonePath(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.isWellFormed() ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = lonePath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = lonePath(k, path) ?? lonePath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * JSON bodies are read by Fastify's own parser (prototype-poisoning checks included), then refused
 * with BAD_USER_INPUT when a string in them holds a lone surrogate: no store or driver can keep
 * such text, and it would otherwise fail deep inside a write. Text without a surrogate escape is
 * not walked at all.
 */
export function installJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => {
    parse(req, body as string, (err, value) => {
      if (err || !SURROGATE_ESCAPE.test(body as string)) return done(err, value);
      const path = lonePath(value, "");
      if (!path) return done(null, value);
      done(new BadUserInputError(path || "body", "is not valid Unicode text (a lone surrogate)"));
    });
  });
}
