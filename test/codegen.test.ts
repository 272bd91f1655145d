import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { codegen } from "@graphql-codegen/core";
import * as operationsPlugin from "@graphql-codegen/typescript-operations";
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { TOUR } from "../src/api/web/playground-tour.js";
import { ROOT, docGraphqlBlocks } from "./docs-blocks.js";

// What a user of GraphQL codegen does with the documented operations: generate TypeScript types
// for them from schema.graphql (codegen validates each against the schema and wants every
// operation named, with names unique across all the documents), then compile those types.

const operations = [
  ...docGraphqlBlocks().map((b) => ({ location: `${b.page}:${b.line}`, text: b.body })),
  ...TOUR.map((step, i) => ({ location: `playground tour step ${i + 1}`, text: step.query })),
];

/** One document per distinct operation text: the same example shown on two pages is one. */
function documents() {
  const seen = new Map<string, string>();
  return operations.flatMap(({ location, text }) => {
    const key = text.trim();
    if (seen.has(key)) return [];
    seen.set(key, location);
    return [{ location, document: parse(text) }];
  });
}

const nameOf = (doc: ReturnType<typeof parse>) =>
  (doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode)
    .name?.value;

describe("GraphQL codegen on the documented operations", () => {
  it("gives each operation a unique name", () => {
    const byName = new Map<string, string[]>();
    for (const { location, document } of documents()) {
      const name = nameOf(document) ?? "(anonymous)";
      byName.set(name, [...(byName.get(name) ?? []), location]);
    }
    const clashes = [...byName].filter(([, at]) => at.length > 1);
    expect(clashes).toEqual([]);
  });

  it("generates types for every operation, and they compile", async () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThanOrEqual(60);
    const output = await codegen({
      schema: parse(fs.readFileSync(path.join(ROOT, "schema.graphql"), "utf8")),
      documents: docs,
      filename: "operations.ts",
      // Type names as the operations spell them (the default would re-case "CNI" as "Cni").
      config: { namingConvention: "keep" },
      // Version 6 of the operations plugin writes the input types and enums it needs itself.
      plugins: [{ typescriptOperations: {} }],
      pluginMap: { typescriptOperations: operationsPlugin },
    });
    for (const { document } of docs) {
      const op = document.definitions[0] as OperationDefinitionNode;
      const suffix = op.operation[0]!.toUpperCase() + op.operation.slice(1);
      expect(output).toContain(`export type ${op.name!.value}${suffix} = `);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-codegen-"));
    try {
      const file = path.join(dir, "operations.ts");
      fs.writeFileSync(file, output);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
