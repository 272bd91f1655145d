import { BadUserInputError } from "../errors.js";

/** Parses a GraphQL ID of a relation or note (a positive integer), or BAD_USER_INPUT naming `field`. */
export function parseId(field: string, id: string | number): number {
  const n = typeof id === "number" ? id : /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new BadUserInputError(field, `"${id}" is not a valid id`);
  }
  return n;
}
