import { Field, InputType, Int } from "type-graphql";
import { SourceRefInput } from "../source/source.type.js";
import { AS_OF, LifecycleEntryInput } from "../lifecycle/lifecycle.type.js";

const SCOPE = 'Resource kinds: "namespaced" or "cluster"; BAD_USER_INPUT otherwise.';
const API_VERSION = 'Resource kinds: API group/version, e.g. "apps/v1", "v1".';
const LIFECYCLE =
  'Its states in order, e.g. [{status: "beta", since: "1.29"}, {status: "stable", since: "1.33"}].';

@InputType("ConceptInput", {
  description: "A concept to create, or to create-or-update with upsertConcept.",
})
export class ConceptInput {
  @Field(() => String, {
    description:
      'Kebab-case identifier, e.g. "kube-proxy"; use the Kubernetes glossary term id where one exists.',
  })
  slug!: string;

  @Field(() => String, { description: "Display name (at most 200 characters)." })
  name!: string;

  @Field(() => String, {
    description:
      "Kind: component, resource, plugin, protocol, interface, technology, concept, tool, ...",
  })
  kind!: string;

  @Field(() => String, { description: "One sentence saying what it is (at most 500 characters)." })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: "Longer Markdown explanation (at most 20,000 characters).",
  })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Kebab-case tags, e.g. ["networking"].' })
  tags?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Other names it is known by; with upsertConcept they are added to the existing ones.",
  })
  aliases?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Absolute http(s) link to its documentation.",
  })
  docsUrl?: string | null;

  @Field(() => String, { nullable: true, description: SCOPE })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: API_VERSION })
  apiVersion?: string | null;

  @Field(() => [LifecycleEntryInput], { nullable: true, description: LIFECYCLE })
  lifecycle?: LifecycleEntryInput[] | null;

  @Field(() => [SourceRefInput], {
    nullable: true,
    description: "Where this knowledge comes from.",
  })
  sources?: SourceRefInput[] | null;
}

@InputType("ConceptPatch", {
  description: "Fields of a concept to change; omitted fields stay as they are.",
})
export class ConceptPatch {
  @Field(() => String, { nullable: true, description: "New display name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New kind." })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "New one-sentence summary." })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "New Markdown description." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "New tags, replacing the old ones." })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: "New documentation link; null removes it." })
  docsUrl?: string | null;

  @Field(() => String, { nullable: true, description: `${SCOPE} null removes it.` })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: `${API_VERSION} null removes it.` })
  apiVersion?: string | null;

  @Field(() => [LifecycleEntryInput], {
    nullable: true,
    description: `${LIFECYCLE} Replaces the old one ([] clears it).`,
  })
  lifecycle?: LifecycleEntryInput[] | null;

  @Field(() => [SourceRefInput], { nullable: true, description: "Sources to add." })
  sources?: SourceRefInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version you read; the update is refused with CONFLICT if the concept changed since.",
  })
  expectedVersion?: number | null;
}

@InputType("ConceptFilter", {
  description: "Narrows a list of concepts; all given conditions must hold.",
})
export class ConceptFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only concepts of this kind, e.g. "plugin".',
  })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only concepts with this tag, e.g. "networking".',
  })
  tag?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only concepts whose name, slug, summary or an alias contains this text (case-insensitive).",
  })
  text?: string | null;

  @Field(() => String, AS_OF)
  asOf?: string | null;
}
