import type { onSendHookHandler } from "fastify";
import { QueryLimitError } from "../../errors.js";
import { graphqlErrorBody } from "../errors.js";

/**
 * Refuses GraphQL answers over `limit` bytes with RESPONSE_TOO_LARGE (HTTP 400), whichever lane
 * built them. The limits on a document bound what an answer can grow to; this is the last word.
 */
export function capResponse(limit: number): onSendHookHandler {
  return async (_request, reply, payload) => {
    if (typeof payload !== "string" || payload.length * 3 <= limit) return payload;
    const bytes = Buffer.byteLength(payload);
    if (bytes <= limit) return payload;
    void reply.code(400).header("content-type", "application/json; charset=utf-8");
    return `${JSON.stringify(graphqlErrorBody(QueryLimitError.response(bytes, limit)))}\n`;
  };
}
