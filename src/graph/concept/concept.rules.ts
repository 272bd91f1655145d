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
import { checkLifecycle } from "../lifecycle/lifecycle.model.js";
import { SCOPES, type ConceptCreate, type ConceptPatch, type Scope } from "./concept.model.js";

/**
 * The rules of a new concept, as pure functions: the service's create and the bulk import path
 * both call them, so a concept is accepted or refused (with the same message and field) whichever
 * way it is written.
 */

/** The slug a folded name would have, e.g. "kube apiserver" -> "kube-apiserver". */
export const slugForm = (key: string) => key.replace(/ /g, "-");

const API_VERSION_RE = /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v\d+(?:(?:alpha|beta)\d+)?$/;

/** "namespaced" or "cluster"; BAD_USER_INPUT naming the field otherwise. */
export function checkScope(field: string, value: string): Scope {
  const v = value.trim().toLowerCase();
  if (!(SCOPES as readonly string[]).includes(v)) {
    throw new BadUserInputError(field, `unknown scope "${value}"; one of ${SCOPES.join(", ")}`);
  }
  return v as Scope;
}

/** An API group/version such as "apps/v1", "networking.k8s.io/v1" or (the core group) "v1". */
export function checkApiVersion(field: string, value: string): string {
  const v = value.trim();
  if (!API_VERSION_RE.test(v) || v.length > 100) {
    throw new BadUserInputError(
      field,
      `"${value}" is not an API group/version: e.g. "v1", "apps/v1", "networking.k8s.io/v1beta1"`,
    );
  }
  return v;
}

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
    scope: input.scope == null ? null : checkScope(`${f}.scope`, input.scope),
    apiVersion:
      input.apiVersion == null ? null : checkApiVersion(`${f}.apiVersion`, input.apiVersion),
    lifecycle: checkLifecycle(`${f}.lifecycle`, input.lifecycle),
    sources: checkSourceRefs(`${f}.sources`, input.sources),
  };
}

export type CheckedConcept = ReturnType<typeof checkConceptCreate>;

/** Validates the fields of a patch that are given (undefined stays undefined: left as it is). */
export function checkConceptPatch(p: ConceptPatch, f: string) {
  return {
    name:
      p.name == null
        ? undefined
        : checkText(`${f}.name`, p.name, { max: LIMITS.name, required: true }),
    kind: p.kind == null ? undefined : checkKind(`${f}.kind`, p.kind),
    summary:
      p.summary == null
        ? undefined
        : checkText(`${f}.summary`, p.summary, { max: LIMITS.summary, required: true }),
    description:
      p.description == null
        ? undefined
        : checkText(`${f}.description`, p.description, {
            max: LIMITS.description,
            multiline: true,
          }),
    tags: p.tags == null ? undefined : checkTags(`${f}.tags`, p.tags),
    docsUrl:
      p.docsUrl === undefined
        ? undefined
        : p.docsUrl === null
          ? null
          : checkUrl(`${f}.docsUrl`, p.docsUrl),
    scope: p.scope == null ? p.scope : checkScope(`${f}.scope`, p.scope),
    apiVersion:
      p.apiVersion == null ? p.apiVersion : checkApiVersion(`${f}.apiVersion`, p.apiVersion),
    lifecycle: p.lifecycle == null ? undefined : checkLifecycle(`${f}.lifecycle`, p.lifecycle),
    sources: checkSourceRefs(`${f}.sources`, p.sources),
  };
}

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
