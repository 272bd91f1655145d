import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanSecrets } from "../src/graph/secrets/index.js";
import { type TestApp, startTestApp } from "./helpers.js";
import { CONTEXTS, secretSamples } from "./secret-corpus.js";

/**
 * Imports redact every credential of the generated corpus whole, as [REDACTED:<kind>], list
 * each (record, field, kind, line), and store no fragment of any: not in the database (history
 * and search index included), the change feed or an export.
 */

const samples = secretSamples();
/** One-line samples short enough for names and authors (at most 100 characters). */
const oneLine = samples.filter((s) => !s.text.includes("\n") && s.text.length <= 90);

const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) {
  created skipped problems redactions { record field kind line location } } }`;

describe("credentials in imports", { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT: "10485760" });
  });
  afterAll(() => t.close());

  const expectNothingStored = async (fragments: string[]) => {
    const stored = await t.storedText();
    const exported = await (await fetch(`${t.url}/api/v1/export?format=json`)).text();
    const changes = JSON.stringify(
      await (await fetch(`${t.url}/api/v1/changes?first=1000`)).json(),
    );
    for (const f of fragments) {
      expect(stored).not.toContain(f);
      expect(exported).not.toContain(f);
      expect(changes).not.toContain(f);
    }
  };

  it("JSON: redacts each whole in every field, and reports record, field, kind and line", async () => {
    const cases = samples.flatMap((s) => CONTEXTS.map((c) => ({ s, text: c.wrap(s) })));
    const doc = {
      format: "k8s-knowledge-graph",
      version: 1,
      sources: [{ uri: "urn:src", title: `Source ${oneLine[0]!.text}` }],
      concepts: cases.map(({ text }, i) => ({
        slug: `c-${i}`,
        name: `Concept ${i} ${oneLine[i % oneLine.length]!.text}`,
        kind: "concept",
        summary: `Uses ${oneLine[(i + 1) % oneLine.length]!.text} here.`,
        description: `Intro\n${text}\nOutro`,
        aliases: [`alias ${i} ${oneLine[(i + 2) % oneLine.length]!.text}`],
        sources: [{ uri: "urn:src", locator: "L1" }],
      })),
      relationTypes: [{ key: "uses", label: "uses", inverseLabel: "used by" }],
      relations: [
        { source: "c-0", type: "uses", target: "c-1", description: `See ${samples[0]!.text}` },
      ],
      notes: cases.map(({ text }, i) => ({
        concept: `c-${i}`,
        body: text,
        author: `ops ${oneLine[i % oneLine.length]!.text}`,
      })),
    };
    const res = await t.gql(IMPORT, { input: { format: "json", content: JSON.stringify(doc) } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const report = res.data!.importGraph;
    expect(report.skipped).toBe(0);
    const description = report.redactions.filter(
      (r: any) => r.field === "description" && r.record.startsWith("concepts["),
    );
    expect(description.map((r: any) => [r.record, r.kind, r.line])).toEqual(
      cases.flatMap(({ text }, i) =>
        scanSecrets(`Intro\n${text}\nOutro`).map((f) => [`concepts[${i}]`, f.kind, f.line]),
      ),
    );
    const fields = new Set(report.redactions.map((r: any) => r.field.replace(/\[\d+\]/g, "[]")));
    expect([...fields].sort()).toEqual(
      ["aliases[]", "author", "body", "description", "name", "summary", "title"].sort(),
    );
    const pod = await t.gql(`{ concept(slug: "c-0") { summary description } }`);
    expect(pod.data!.concept.summary).toMatch(/^Uses \[REDACTED:[a-z0-9-]+\] here\.$/);
    await expectNothingStored(samples.flatMap((s) => s.fragments));
  });

  it("Markdown: a key block or a split token is removed whole; later lines keep their numbers", async () => {
    const parts = samples.map(
      (s, i) => `## Topic ${i}\n\n${CONTEXTS[i % CONTEXTS.length]!.wrap(s)}\n`,
    );
    const content = `# Cluster notes\n\n${parts.join("\n")}\n## Last topic\n\n- Etcd, the store\n`;
    const res = await t.gql(IMPORT, {
      input: { format: "markdown", content, source: "file:///notes/ops.md" },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const expected = scanSecrets(content).map((f) => ["ops.md", "content", f.kind, f.line]);
    expect(expected.length).toBeGreaterThanOrEqual(samples.length);
    expect(
      res.data!.importGraph.redactions.map((r: any) => [r.record, r.field, r.kind, r.line]),
    ).toEqual(expected);
    const lastLine = content.split("\n").indexOf("- Etcd, the store") + 1;
    const etcd = await t.gql(`{ concept(slug: "etcd") { sources { locator } } }`);
    expect(etcd.data!.concept.sources.map((s: any) => s.locator)).toContain(`L${lastLine}`);
    await expectNothingStored(samples.flatMap((s) => s.fragments));
  });

  it("Glossary: a credential in a term's body is redacted whole", async () => {
    const s = samples.find((x) => x.kind === "private-key")!;
    const files = [
      {
        name: "kubeconfig.md",
        content: `---\ntitle: Kubeconfig\nid: kubeconfig\nshort_description: >\n  A file.\n---\nLike this:\n\n${s.text}\n`,
      },
    ];
    const res = await t.gql(IMPORT, { input: { format: "glossary", files } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.importGraph.redactions).toEqual([
      {
        record: "kubeconfig.md",
        field: "content",
        kind: "private-key",
        line: 9,
        location: "kubeconfig.md:9",
      },
    ]);
    const c = await t.gql(`{ concept(slug: "kubeconfig") { description } }`);
    expect(c.data!.concept.description).toContain("[REDACTED:private-key]");
    await expectNothingStored(s.fragments);
  });
});
