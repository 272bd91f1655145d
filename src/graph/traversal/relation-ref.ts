import type { Relation } from "../relation/relation.model.js";
import type { GraphIndex } from "./graph-index.js";

/**
 * A relation of the index known by its id: the id is at hand, the rest is read from the index on
 * first use and kept. A neighbourhood answers a few hundred relations, and most queries ask only
 * for their ids ("edges { id }"); on a large graph reading each relation object is a cache miss
 * or two, about a quarter of such a query's time. Read it in the same turn of the event loop as
 * the traversal that made it (GraphQL and REST both do, the first field synchronously): a
 * relation deleted in between is no longer in the index.
 */
export class RelationRef implements Relation {
  readonly #index: GraphIndex;
  #relation: Relation | undefined;

  constructor(
    readonly id: number,
    index: GraphIndex,
  ) {
    this.#index = index;
  }

  /** The relation itself (read from the index once). */
  get relation(): Relation {
    return (this.#relation ??= this.#index.relation(this.id)!);
  }

  get sourceId() {
    return this.relation.sourceId;
  }

  get typeKey() {
    return this.relation.typeKey;
  }

  get targetId() {
    return this.relation.targetId;
  }

  get description() {
    return this.relation.description;
  }

  get qualifiers() {
    return this.relation.qualifiers;
  }

  get lifecycle() {
    return this.relation.lifecycle;
  }

  get version() {
    return this.relation.version;
  }

  get createdAt() {
    return this.relation.createdAt;
  }

  get updatedAt() {
    return this.relation.updatedAt;
  }

  toJSON(): Relation {
    return this.relation;
  }
}
