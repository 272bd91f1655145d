import { BadUserInputError, ConflictError } from "../../errors.js";
import { checkSourceRefs } from "../source/source.service.js";
import {
  LIMITS,
  checkKind,
  checkSlug,
  checkTags,
  checkText,
  checkUrl,
  foldKey,
} from "../validation.js";
import type { ConceptCreate } from "./concept.service.js";

/**
 * The rules of a new concept, as pure functions: the service's create and the bulk import path
 * both call them, so a concept is accepted or refused (with the same message and field) whichever
 * way it is written.
 */

/** The slug a folded name would have, e.g. "kube apiserver" -> "kube-apiserver". */
export const slugForm = (key: string) => key.replace(/ /g, "-");

/** Validates a new concept's fields (field names prefixed with `f`); returns the values to store. */
export function checkConceptCreate(input: ConceptCreate, f: string) {
  const aliases = (input.aliases ?? []).map((a, i) =>
    checkText(`${f}.aliases[${i}]`, a, { max: LIMITS.alias, required: true }),
  );
  if (aliases.length > LIMITS.aliases) {
    throw new BadUserInputError(`${f}.aliases`, `at most ${LIMITS.aliases} aliases`);
  }
  return {
    slug: checkSlug(`${f}.slug`, input.slug),
    name: checkText(`${f}.name`, input.name, { max: LIMITS.name, required: true }),
    kind: checkKind(`${f}.kind`, input.kind),
    summary: checkText(`${f}.summary`, input.summary, { max: LIMITS.summary, required: true }),
    description: checkText(`${f}.description`, input.description ?? "", {
      max: LIMITS.description,
      multiline: true,
    }),
    tags: checkTags(`${f}.tags`, input.tags ?? []),
    aliases,
    docsUrl: input.docsUrl == null ? null : checkUrl(`${f}.docsUrl`, input.docsUrl),
    sources: checkSourceRefs(`${f}.sources`, input.sources),
  };
}

export type CheckedConcept = ReturnType<typeof checkConceptCreate>;

/** Refuses an alias that is the concept's own name or slug (CONFLICT on `field`). */
export function checkAliasNotOwn(
  concept: { slug: string; name: string },
  alias: string,
  field: string,
) {
  const key = foldKey(alias);
  if (key === foldKey(concept.name) || slugForm(key) === concept.slug) {
    throw new ConflictError(field, `"${alias}" is already the name or slug of "${concept.slug}"`);
  }
}
