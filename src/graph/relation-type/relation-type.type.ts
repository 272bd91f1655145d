import { Field, InputType, ObjectType } from "type-graphql";
import type { RelationType } from "./relation-type.model.js";

@ObjectType("RelationType", {
  simpleResolvers: true,
  description:
    "A kind of relation (runs-on, stores, implements-cni, ...). Stored as data: add new ones with createRelationType.",
})
export class RelationTypeType implements RelationType {
  @Field(() => String, { description: 'Stable kebab-case key, e.g. "runs-on".' })
  key!: string;

  @Field(() => String, {
    description: 'How the relation reads from source to target, e.g. "runs on".',
  })
  label!: string;

  @Field(() => String, { description: 'How it reads from target back to source, e.g. "hosts".' })
  inverseLabel!: string;

  @Field(() => String, { description: "What the relation means." })
  description!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Kinds a source concept must have; null when any kind is allowed.",
  })
  sourceKinds!: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Kinds a target concept must have; null when any kind is allowed.",
  })
  targetKinds!: string[] | null;

  @Field(() => Boolean, {
    description: "True when A-rel-B also means B-rel-A (then only one of the two is stored).",
  })
  symmetric!: boolean;

  /** The parent's key; served as `parentKey` and, as a type, `parent` (RelationTypeResolver). */
  parent!: string | null;
}

@InputType("RelationTypeInput", { description: "A new relation type." })
export class RelationTypeInput {
  @Field(() => String, { description: 'Kebab-case key, e.g. "backs-up"; unique.' })
  key!: string;

  @Field(() => String, { description: 'Label read forward, e.g. "backs up".' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Label read backward, e.g. "backed up by"; defaults to the label for symmetric types.',
  })
  inverseLabel?: string | null;

  @Field(() => String, { nullable: true, description: "What the relation means." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Allowed source kinds; omit for any." })
  sourceKinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Allowed target kinds; omit for any." })
  targetKinds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the relation is symmetric; default false.",
  })
  symmetric?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key of the type it specialises, e.g. "implements" for "implements-cni": a filter on the parent then finds it too. BAD_USER_INPUT when unknown.',
  })
  parent?: string | null;
}

@InputType("RelationTypePatch", {
  description: "Fields of a relation type to change; omitted fields stay.",
})
export class RelationTypePatch {
  @Field(() => String, { nullable: true, description: "New forward label." })
  label?: string | null;

  @Field(() => String, { nullable: true, description: "New backward label." })
  inverseLabel?: string | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "New allowed source kinds; null allows any.",
  })
  sourceKinds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "New allowed target kinds; null allows any.",
  })
  targetKinds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make the type symmetric (only while unused) or not.",
  })
  symmetric?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New parent type key; null makes it a root. BAD_USER_INPUT when unknown or when it would make a cycle.",
  })
  parent?: string | null;
}
