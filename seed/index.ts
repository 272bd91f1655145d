export type {
  SeedCitation,
  SeedConcept,
  SeedLifecycleEntry,
  SeedQualifiers,
  SeedNote,
  SeedRelation,
  SeedRelationType,
  SeedSource,
} from "./types.js";
export { SEED_SOURCES } from "./sources.js";
export { SEED_RELATION_TYPES } from "./relation-types.js";
export { SEED_CONCEPTS } from "./concepts.js";
export { SEED_RELATIONS } from "./relations.js";
export { SEED_NOTES } from "./notes.js";
