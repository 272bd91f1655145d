import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { NoteType } from "../note/note.type.js";
import { AFTER_ARG, FIRST_ARG, toConnection } from "../page-info.type.js";
import type { GraphContext } from "../services.js";
import {
  ChangeEntryConnectionType,
  ChangeEntryType,
  ChangeFeedType,
  NoteRevisionType,
  RevertPayloadType,
} from "./history.type.js";

@Resolver()
export class HistoryResolver {
  @Query(() => ChangeEntryConnectionType, {
    description:
      "The changes that concern a concept (itself, its relations, their notes, its notes), newest first. Still readable after the concept is deleted; NOT_FOUND for a slug that never had any.",
  })
  async history(
    @Arg("slug", () => String, { description: 'Concept slug, e.g. "etcd".' }) slug: string,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ChangeEntryConnectionType> {
    return toConnection(await ctx.services.history.forConcept(slug, first, after));
  }

  @Query(() => ChangeFeedType, {
    description:
      "The change feed: every change after `since` in commit order, and the cursor to poll with next. Polling with each returned cursor never misses nor repeats a change.",
  })
  changes(
    @Arg("since", () => String, {
      nullable: true,
      description: "The `cursor` of your previous poll; omit to start from the first change.",
    })
    since: string | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ChangeFeedType> {
    return ctx.services.history.feed(since, first);
  }

  @Query(() => String, {
    description:
      "The cursor of the latest change: pass it as `changes(since:)` to follow only what happens from now on (e.g. right before a full export).",
  })
  changesCursor(@Ctx() ctx: GraphContext): Promise<string> {
    return ctx.services.history.latestCursor();
  }

  @Query(() => ChangeEntryType, { nullable: true, description: "One change by id; null if none." })
  change(
    @Arg("id", () => Int, { description: "Change id." }) id: number,
    @Ctx() ctx: GraphContext,
  ): Promise<ChangeEntryType | null> {
    return ctx.services.history.get(id);
  }

  @Mutation(() => RevertPayloadType, {
    description:
      "Undoes a change through the normal writes (validation, permissions and history apply; the new changes have revertOf). A deleted concept comes back with its aliases, tags, relations and notes (new ids for those). CONFLICT when the entity changed since (revert the later change first) or cannot be restored (slug taken, an end gone).",
  })
  revert(
    @Arg("changeId", () => Int, { description: "Id of the change to undo." }) changeId: number,
    @Ctx() ctx: GraphContext,
  ): Promise<RevertPayloadType> {
    return ctx.services.history.revert(changeId);
  }
}

@Resolver(() => NoteType)
export class NoteHistoryResolver {
  @FieldResolver(() => [NoteRevisionType], {
    description:
      "Every version the note had, oldest first (the last is the current one), with who wrote it and when.",
  })
  revisions(@Root() n: NoteType, @Ctx() ctx: GraphContext): Promise<NoteRevisionType[]> {
    return ctx.loaders.history.noteRevisions.load(n.id);
  }
}
