import { buildSchema, execute, parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { describe, expect, it } from "vitest";

// patches/graphql-jit+0.8.9.patch (applied by patch-package on install) changes how compiled
// queries check leaf values: the error's path and locations are built only when a value is
// null or fails to serialize, instead of for every leaf of every answer. Answers and errors
// must stay exactly what graphql-js gives.

const schema = buildSchema(`
  enum Way { OUT IN }
  type Item { id: ID! name: String! note: String count: Int! way: Way! tags: [String!]! }
  type Query { items: [Item]! item: Item lists: [[Item]!]! }
`);

const good = { id: 7, name: "etcd", note: null, count: 3, way: "OUT", tags: ["a", "b"] };
const items = [
  good,
  // Each later item breaks one leaf in its own way.
  { ...good, id: 8, name: null },
  { ...good, id: 9, count: "three" },
  { ...good, id: 10, way: "SIDEWAYS" },
  { ...good, id: 11, name: new Error("name failed") },
  { ...good, id: 12, tags: ["x", null] },
  { ...good, id: 13, note: 42 },
];
const root = { items, item: good, lists: [items.slice(0, 3), [good]] };

async function both(query: string) {
  const document = parse(query);
  const compiled = compileQuery(schema, document, undefined, { debug: true } as never);
  if (!isCompiledQuery(compiled)) throw new Error("did not compile");
  const viaJit = await compiled.query(root, {}, {});
  const viaJs = await execute({ schema, document, rootValue: root });
  const code = (compiled as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string })
    .__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
  return { viaJit, viaJs, code: String(code) };
}

const errors = (r: {
  errors?: readonly { message: string; path?: unknown; locations?: unknown }[];
}) =>
  (r.errors ?? [])
    .map((e) => ({ message: e.message, path: e.path, locations: e.locations }))
    .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

describe("graphql-jit with leaves checked lazily (patches/graphql-jit+0.8.9.patch)", () => {
  it("is applied: each leaf is a hoisted function, not a call with its path built inline", async () => {
    const { code } = await both(`{ items { name } }`);
    expect(code).toMatch(/function String\w*Leaf\(/);
    expect(code).not.toMatch(/name: __context\.rt\.checkNonNullLeaf\(/);
  });

  it("answers valid leaves as graphql-js does: IDs as strings, enums, lists, nulls", async () => {
    const { viaJit, viaJs } = await both(`{ item { id name note count way tags } }`);
    expect(viaJs.errors).toBeUndefined();
    expect(viaJit).toEqual(viaJs);
    expect(viaJit.data).toEqual({
      item: { id: "7", name: "etcd", note: null, count: 3, way: "OUT", tags: ["a", "b"] },
    });
  });

  it("reports every kind of bad leaf with graphql-js's message, path and locations", async () => {
    const { viaJit, viaJs } = await both(`{ items { id name note count way tags } }`);
    expect(viaJs.errors?.length).toBeGreaterThanOrEqual(5);
    expect(errors(viaJit)).toEqual(errors(viaJs));
    expect(viaJit.data).toEqual(viaJs.data);
  });

  it("reports a bad leaf inside nested lists with both indexes in its path", async () => {
    const { viaJit, viaJs } = await both(`{ lists { id count } }`);
    expect(errors(viaJs).map((e) => e.path)).toEqual([["lists", 0, 2, "count"]]);
    expect(errors(viaJit)).toEqual(errors(viaJs));
    expect(viaJit.data).toEqual(viaJs.data);
  });
});
