import { GraphQLID } from "graphql";
import { describe, expect, it } from "vitest";
import { serializeId } from "../src/api/graphql/id-serializer.js";

const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

describe("the ID serializer of compiled queries", () => {
  it("gives what GraphQL's ID serializer gives, for every kind of value", () => {
    const values: unknown[] = [
      0,
      -0,
      7,
      999,
      1000,
      1001,
      10_010,
      123_456,
      500_000,
      999_999,
      1_000_000,
      12_345_678,
      -1,
      1.5,
      NaN,
      Infinity,
      "42",
      "abc",
      "",
      true,
      null,
      undefined,
      {},
      [],
      { valueOf: () => 5 },
    ];
    for (let n = 0; n < 1_000_000; n += 997) values.push(n);
    for (const v of values) {
      expect(
        outcome(() => serializeId(v)),
        String(v),
      ).toEqual(outcome(() => GraphQLID.serialize(v)));
    }
  });
});
