import { BadUserInputError } from "../errors.js";

/** A page of a Relay-style connection, before the GraphQL layer wraps it. */
export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

/** Encodes an opaque cursor from a kind prefix and a position value. */
export function encodeCursor(kind: string, value: string | number): string {
  return Buffer.from(`${kind}:${value}`, "utf8").toString("base64url");
}

/** Decodes a cursor made by encodeCursor with the same kind, or throws BAD_USER_INPUT on `field`. */
export function decodeCursor(field: string, kind: string, cursor: string): string {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const prefix = `${kind}:`;
  if (!raw.startsWith(prefix) || raw.length === prefix.length) {
    throw new BadUserInputError(field, "is not a cursor returned by this connection");
  }
  return raw.slice(prefix.length);
}
