import { Field, InputType, ObjectType } from "type-graphql";
import type { Actor, Role } from "../actor.js";
import type { ApiKey, ApiKeyInput, CreatedApiKey } from "./key.service.js";

@ObjectType("ApiKey", {
  simpleResolvers: true,
  description: "An API key as an admin sees it: its name, role and use, never its secret.",
})
export class ApiKeyType implements Omit<ApiKey, "id"> {
  @Field(() => String, { description: "Unique name of the key; history records it as who." })
  name!: string;

  @Field(() => String, { description: "reader, editor or admin." })
  role!: Role;

  @Field(() => String, { description: "The first characters of the secret, to tell keys apart." })
  prefix!: string;

  @Field(() => Date, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was last used (within a minute)." })
  lastUsedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When it was revoked; a revoked key is refused.",
  })
  revokedAt!: Date | null;
}

@ObjectType("CreatedApiKey", {
  simpleResolvers: true,
  description: "A new API key and its secret, shown only this once.",
})
export class CreatedApiKeyType implements CreatedApiKey {
  @Field(() => ApiKeyType, { description: "The key as lists will show it." })
  key!: ApiKeyType & { id: number };

  @Field(() => String, {
    description: "The secret to send as `Authorization: Bearer <secret>`. Not stored: keep it now.",
  })
  secret!: string;
}

@InputType("ApiKeyInput", { description: "A new API key." })
export class ApiKeyInputType implements ApiKeyInput {
  @Field(() => String, {
    description: "Unique name (letters, digits, . _ - @), e.g. the tool or person using it.",
  })
  name!: string;

  @Field(() => String, {
    description: "reader (reads), editor (concepts, relations, notes) or admin (everything).",
  })
  role!: string;
}

@ObjectType("Actor", {
  simpleResolvers: true,
  description: "Who is asking: the API key's name and role, or anonymous.",
})
export class ActorType implements Omit<Actor, "keyId"> {
  @Field(() => String, { description: 'The API key\'s name; "anonymous" without a key.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "reader, editor or admin; null without a key.",
  })
  role!: Role | null;
}
