// Test data: `build*` returns a valid input with unique keys, any field overridden; `create*`
// writes it through a test app's GraphQL API (as its admin) and returns what a test needs next,
// failing loudly when the API refuses. A test states only the fields it is about:
//
//   const [a, b] = await createConcepts(t, 2);
//   const type = await createRelationType(t, { symmetric: true });
//   const id = await createRelation(t, { source: a, type, target: b });
//   await addNote(t, { concept: a });
import type { GqlResponse, TestApp } from "./helpers.js";

let counter = 0;
const next = () => ++counter;

/** A valid ConceptInput with a unique slug (test-concept-N); override any field. */
export function buildConcept(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    slug: `test-concept-${n}`,
    name: `Test Concept ${n}`,
    kind: "component",
    summary: `Test concept number ${n}.`,
    ...overrides,
  };
}

/** A valid RelationTypeInput with a unique key (test-type-N); override any field. */
export function buildRelationType(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { key: `test-type-${n}`, label: `relates ${n}`, ...overrides };
}

/** A RelationInput between two existing concepts (`source`, `type` and `target` are slugs/keys). */
export function buildRelation(input: {
  source: string;
  type: string;
  target: string;
  [field: string]: unknown;
}) {
  return { ...input };
}

/** A NoteInput on a concept (slug) or a relation (id), with a unique body; override any field. */
export function buildNote(
  on: { concept: string } | { relation: string },
  overrides: Record<string, unknown> = {},
) {
  return { ...on, body: `Test note ${next()}.`, ...overrides };
}

/** The one field of `res.data`, or an error naming the mutation and what the API said. */
function only<T>(what: string, res: GqlResponse): T {
  if (res.errors?.length || !res.data) {
    throw new Error(`${what} failed: ${JSON.stringify(res.errors ?? res.data)}`);
  }
  return Object.values(res.data)[0] as T;
}

/** Creates a concept (buildConcept + `overrides`) and returns its slug. */
export async function createConcept(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.gql(
    `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`,
    { input: buildConcept(overrides) },
  );
  return only<{ slug: string }>("createConcept", res).slug;
}

/** Creates `count` concepts (or one per overrides object given) and returns their slugs in order. */
export async function createConcepts(
  t: TestApp,
  what: number | Record<string, unknown>[],
): Promise<string[]> {
  const list = typeof what === "number" ? Array.from({ length: what }, () => ({})) : what;
  const slugs: string[] = [];
  for (const overrides of list) slugs.push(await createConcept(t, overrides));
  return slugs;
}

/** Creates a relation type (buildRelationType + `overrides`) and returns its key. */
export async function createRelationType(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.gql(
    `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`,
    { input: buildRelationType(overrides) },
  );
  return only<{ key: string }>("createRelationType", res).key;
}

/** Creates a relation and returns its id. */
export async function createRelation(t: TestApp, input: Parameters<typeof buildRelation>[0]) {
  const res = await t.gql(
    `mutation($input: RelationInput!) { createRelation(input: $input) { id } }`,
    { input: buildRelation(input) },
  );
  return only<{ id: string }>("createRelation", res).id;
}

/** Adds a note (buildNote + `overrides`) and returns its id. */
export async function addNote(
  t: TestApp,
  on: { concept: string } | { relation: string },
  overrides: Record<string, unknown> = {},
) {
  const res = await t.gql(`mutation($input: NoteInput!) { addNote(input: $input) { id } }`, {
    input: buildNote(on, overrides),
  });
  return only<{ id: string }>("addNote", res).id;
}
