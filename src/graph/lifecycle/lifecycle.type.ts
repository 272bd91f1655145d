import { Field, InputType, ObjectType } from "type-graphql";
import type { LifecycleEntry, Qualifiers, Status } from "./lifecycle.model.js";

const WHEN =
  'A Kubernetes version ("1.24", compared numerically: "1.9" < "1.10") or an ISO date ("2026-01", compared as a date). A version and a date are never compared with each other.';
const CITE =
  'Where it is said: a docs path ("/docs/..."), a URL, or a notes line ("notes:L12"); "" when none.';

@ObjectType("LifecycleEntry", {
  simpleResolvers: true,
  description: "One state in the lifecycle of a concept or relation, and since when.",
})
export class LifecycleEntryType implements LifecycleEntry {
  @Field(() => String, {
    description: "alpha, beta, stable, deprecated, removed, archived (a project) or retired.",
  })
  status!: Status;

  @Field(() => String, { description: `When it entered this state. ${WHEN}` })
  since!: string;

  @Field(() => String, { description: CITE })
  cite!: string;
}

@ObjectType("RelationQualifiers", {
  simpleResolvers: true,
  description: "What qualifies a relation: when it holds, whether it is the default, a note.",
})
export class QualifiersType implements Qualifiers {
  @Field(() => String, { nullable: true, description: `It holds from then on. ${WHEN}` })
  since!: string | null;

  @Field(() => String, { nullable: true, description: `It no longer holds from then on. ${WHEN}` })
  until!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: the default (mode, backend, option); false: optional; null: not said.",
  })
  isDefault!: boolean | null;

  @Field(() => String, { nullable: true, description: "A free note." })
  note!: string | null;

  @Field(() => String, { nullable: true, description: CITE })
  cite!: string | null;
}

@InputType("LifecycleEntryInput", { description: "One state of a lifecycle." })
export class LifecycleEntryInput {
  @Field(() => String, {
    description:
      "alpha, beta, stable, deprecated, removed, archived or retired; BAD_USER_INPUT otherwise.",
  })
  status!: string;

  @Field(() => String, { description: `When it entered this state. ${WHEN}` })
  since!: string;

  @Field(() => String, { nullable: true, description: CITE })
  cite?: string | null;
}

@InputType("RelationQualifiersInput", {
  description: "Qualifiers of a relation; since must not be after until.",
})
export class QualifiersInput {
  @Field(() => String, { nullable: true, description: `It holds from then on. ${WHEN}` })
  since?: string | null;

  @Field(() => String, { nullable: true, description: `It no longer holds from then on. ${WHEN}` })
  until?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: the default; false: optional; omit when not said.",
  })
  isDefault?: boolean | null;

  @Field(() => String, { nullable: true, description: "A free note (at most 500 characters)." })
  note?: string | null;

  @Field(() => String, { nullable: true, description: CITE })
  cite?: string | null;
}

/** Description of every `asOf` argument. */
export const AS_OF = {
  nullable: true,
  description: `Only what existed at this version or date: something whose first known state comes after it, or that was removed at or before it, is left out (a relation also outside its since/until, or with an end left out). Lifecycle entries of the other form (dates when asOf is a version) are ignored. ${WHEN}`,
} as const;
