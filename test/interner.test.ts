import { describe, expect, it } from "vitest";
import { Interner } from "../src/graph/traversal/interner.js";

describe("Interner", () => {
  it("shares equal dates that come in turns (created, updated, created, …), and only those", () => {
    const shared = new Interner();
    const rows = Array.from({ length: 4 }, () => ({
      createdAt: shared.date(new Date(Date.UTC(2026, 0, 1))),
      updatedAt: shared.date(new Date(Date.UTC(2026, 5, 1))),
    }));
    expect(new Set(rows.map((r) => r.createdAt)).size).toBe(1);
    expect(new Set(rows.map((r) => r.updatedAt)).size).toBe(1);
    expect(rows[0]!.createdAt).not.toBe(rows[0]!.updatedAt);
    expect(rows[0]!.updatedAt.toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });

  it("stays bounded: after many distinct dates an old one is a new object again, still equal", () => {
    const shared = new Interner();
    const first = shared.date(new Date(0));
    for (let i = 1; i <= 1000; i++) shared.date(new Date(i));
    const again = shared.date(new Date(0));
    expect(again.getTime()).toBe(first.getTime());
    expect(again).not.toBe(first);
  });

  it("shares texts and the empty lifecycle, which cannot be changed", () => {
    const shared = new Interner();
    const kind = shared.text(["res", "ource"].join(""));
    expect(shared.text(["reso", "urce"].join(""))).toBe(kind);
    const empty = shared.lifecycle([]);
    expect(shared.lifecycle([])).toBe(empty);
    expect(() => (empty as unknown[]).push({})).toThrow(TypeError);
    const some = [{ status: "stable" }] as never[];
    expect(shared.lifecycle(some)).toBe(some);
  });
});
