// The names people type for an export format: every format by its own name in any case, the usual
// file extensions and tool names, and a "csv" that says which two formats to ask for.
import { describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { EXPORT_FORMATS, exportFormatOf } from "../src/io/export/index.js";

describe("export format names", () => {
  it("takes every format by its name, in any case", () => {
    for (const f of EXPORT_FORMATS) {
      expect(exportFormatOf(f)).toBe(f);
      expect(exportFormatOf(f.toUpperCase())).toBe(f);
    }
  });

  it.each([
    ["ttl", "turtle"],
    ["RDF", "turtle"],
    ["json-ld", "jsonld"],
    ["gv", "dot"],
    ["graphviz", "dot"],
    ["neo4j", "cypher"],
    ["mmd", "mermaid"],
    ["gephi", "graphml"],
  ])("reads %s as %s", (given, format) => {
    expect(exportFormatOf(given)).toBe(format);
  });

  it("answers csv with the two formats to ask for, and an unknown name with the list", () => {
    const refused = (given: string) => {
      try {
        exportFormatOf(given);
      } catch (err) {
        return err as AppError;
      }
      throw new Error(`${given} was accepted`);
    };
    expect(refused("csv")).toMatchObject({ code: "BAD_USER_INPUT", field: "format" });
    expect(refused("csv").message).toMatch(/"csv-nodes".*"csv-edges"/);
    expect(refused("png").message).toContain(EXPORT_FORMATS.join(", "));
    expect(refused("png")).toBeInstanceOf(AppError);
  });
});
