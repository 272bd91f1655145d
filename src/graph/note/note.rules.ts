import { checkSourceRefs } from "../source/source.service.js";
import type { SourceRefInput } from "../source/source.service.js";
import { LIMITS, checkText } from "../validation.js";

/**
 * The rules of a note's text, as pure functions: the service's add/update and the bulk import
 * path both call them, so a note is refused with the same message and field either way.
 */

/** A note's Markdown body: required, at most LIMITS.noteBody, no credential. */
export const checkBody = (field: string, body: string) =>
  checkText(field, body, { max: LIMITS.noteBody, required: true, multiline: true });

/** A note's author: null, or a one-line name. */
export const checkAuthor = (field: string, author: string | null | undefined) =>
  author == null ? null : checkText(field, author, { max: LIMITS.author, required: true });

/** Validates a new note's body, author and sources (fields input.*), as add does. */
export function checkNoteFields(input: {
  body: string;
  author?: string | null;
  sources?: SourceRefInput[] | null;
}) {
  return {
    body: checkBody("input.body", input.body),
    author: checkAuthor("input.author", input.author),
    sources: checkSourceRefs("input.sources", input.sources),
  };
}
