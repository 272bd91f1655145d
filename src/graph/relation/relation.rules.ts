import { BadUserInputError } from "../../errors.js";
import { checkLifecycle, checkQualifiers } from "../lifecycle/lifecycle.model.js";
import { checkSourceRefs } from "../source/source.service.js";
import { LIMITS, checkSlug, checkText } from "../validation.js";
import type { RelationInput } from "./relation.model.js";

/**
 * The rules of a new relation, as pure functions: the service's create/upsert and the bulk
 * import path both call them, so a relation is refused with the same message and field either way.
 */

/** Validates a relation's own fields (slugs, type key, no self relation, description, sources). */
export function checkRelationInput(input: RelationInput) {
  const source = checkSlug("input.source", input.source);
  const target = checkSlug("input.target", input.target);
  const type = checkSlug("input.type", input.type, LIMITS.relationTypeKey);
  if (source === target) {
    throw new BadUserInputError("input.target", `a concept cannot relate to itself ("${source}")`);
  }
  return {
    source,
    target,
    type,
    description:
      input.description == null
        ? null
        : checkText("input.description", input.description, {
            max: LIMITS.summary,
            multiline: true,
          }),
    qualifiers: checkQualifiers("input.qualifiers", input.qualifiers),
    lifecycle: checkLifecycle("input.lifecycle", input.lifecycle),
    sources: checkSourceRefs("input.sources", input.sources),
  };
}

export type CheckedRelation = ReturnType<typeof checkRelationInput>;

/** A relation type as the end checks need it (kinds as stored: a JSON array or null). */
export interface TypeRule {
  key: string;
  sourceKinds: string | null;
  targetKinds: string | null;
  symmetric: boolean;
}

/** A relation end as the checks need it. */
export interface EndRule {
  slug: string;
  kind: string;
}

/**
 * Checks that both ends exist, the type exists, and the ends' kinds are allowed by the type;
 * a failure is BAD_USER_INPUT on input.source, input.target or input.type.
 */
export function checkRelationEnds(
  c: { source: string; target: string; type: string },
  source: EndRule | null | undefined,
  target: EndRule | null | undefined,
  type: TypeRule | null | undefined,
): asserts type is TypeRule {
  if (!source) throw new BadUserInputError("input.source", `no concept with slug "${c.source}"`);
  if (!target) throw new BadUserInputError("input.target", `no concept with slug "${c.target}"`);
  if (!type) {
    throw new BadUserInputError(
      "input.type",
      `unknown relation type "${c.type}": see relationTypes, or create it with createRelationType`,
    );
  }
  const allowed = (kinds: string | null) => (kinds ? (JSON.parse(kinds) as string[]) : null);
  const sourceKinds = allowed(type.sourceKinds);
  const targetKinds = allowed(type.targetKinds);
  if (sourceKinds && !sourceKinds.includes(source.kind)) {
    throw new BadUserInputError(
      "input.source",
      `"${source.slug}" is a ${source.kind}; "${type.key}" needs a source of kind ${sourceKinds.join(" or ")}`,
    );
  }
  if (targetKinds && !targetKinds.includes(target.kind)) {
    throw new BadUserInputError(
      "input.target",
      `"${target.slug}" is a ${target.kind}; "${type.key}" needs a target of kind ${targetKinds.join(" or ")}`,
    );
  }
}
