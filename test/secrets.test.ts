import fs from "node:fs";
import path from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as recommended } from "@secretlint/secretlint-rule-preset-recommend";
import { describe, expect, it } from "vitest";
import * as seed from "../seed/index.js";
import { redactSecrets, scanSecrets } from "../src/graph/secrets/index.js";
import { ROOT, existingPages, readPage } from "./docs-blocks.js";
import { SHARED_DIR, fakeSecrets } from "./helpers.js";
import { CONTEXTS, secretSamples } from "./secret-corpus.js";

const samples = secretSamples();

describe("credential detection: the generated corpus", () => {
  const cases = samples.flatMap((s) => CONTEXTS.map((c) => ({ s, c, text: c.wrap(s) })));

  it(`finds every kind in every context (${cases.length} cases) and redacts each whole`, () => {
    const failures: string[] = [];
    for (const { s, c, text } of cases) {
      const found = scanSecrets(text);
      const { text: clean } = redactSecrets(text);
      const left = s.fragments.filter((f) => clean.includes(f)).length;
      const why = [
        found.length === 0 && "not found",
        left > 0 && `${left} fragment(s) left after redaction`,
        scanSecrets(clean).length > 0 && "redacted text still flagged",
        !clean.includes("[REDACTED:") && "no mark",
      ].filter(Boolean);
      if (why.length) failures.push(`${s.kind} (${s.label}) ${c.name}: ${why.join(", ")}`);
    }
    expect(failures).toEqual([]);
  });

  it("names each bare sample by its kind", () => {
    const named = samples.map((s) => [s.label, scanSecrets(s.text)[0]?.kind]);
    expect(named).toEqual(samples.map((s) => [s.label, s.kind]));
  });

  it("gives the line each credential starts on", () => {
    const text = `one\ntwo\n${fakeSecrets.pem()}\nfour ${fakeSecrets.awsKey()}`;
    expect(scanSecrets(text).map((f) => [f.kind, f.line])).toEqual([
      ["private-key", 3],
      ["aws-access-key-id", 6],
    ]);
  });

  it("finds at least what secretlint's recommended preset finds through @secretlint/core", async () => {
    for (const s of samples) {
      const result = await lintSource({
        source: { content: s.text, filePath: "note.txt", ext: ".txt", contentType: "text" },
        options: { config: { rules: [{ id: recommended.meta.id, rule: recommended }] } },
      });
      for (const m of result.messages) {
        const covered = scanSecrets(s.text).some(
          (f) => f.start <= m.range[0] && m.range[1] <= f.end,
        );
        expect(covered, `${s.label}: ${m.ruleId}`).toBe(true);
      }
    }
  });

  it("redacts with [REDACTED:<kind>] and keeps line numbers when asked", () => {
    const text = `a\n${fakeSecrets.pem()}\nb ${fakeSecrets.jwt()}`;
    expect(redactSecrets(text).text).toBe("a\n[REDACTED:private-key]\nb [REDACTED:jwt]");
    expect(redactSecrets(text, { keepLines: true }).text.split("\n")).toHaveLength(
      text.split("\n").length,
    );
  });

  // What the scan costs is measured by `npx tsx bench/secret-scan.ts`, not by a timed test.
  it("finds nothing in plain prose", () => {
    const plain = "The kube-scheduler assigns Pods to Nodes, weighing affinity and taints.";
    expect(scanSecrets(plain)).toEqual([]);
  });
});

/** Every string in a value (the seed's records). */
const stringsOf = (v: unknown): string[] =>
  typeof v === "string"
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(stringsOf)
      : v && typeof v === "object"
        ? Object.values(v).flatMap(stringsOf)
        : [];

describe("credential detection: false positives", () => {
  it.each([
    "Run kubectl proxy and open http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/",
    "Connect to postgres://db.internal:5432/app as the app user.",
    "A ServiceAccount token is a JWT; create one with kubectl create token.",
    "password: changeme",
    "secretName: my-app-secret",
    "token: ${TOKEN}",
    "Use `kubectl create secret generic db --from-literal=password=$DB_PASSWORD`.",
    "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kg",
    "scheme://user:password@host",
    "client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=",
    "kind: Secret\ndata: {}\n",
  ])("leaves ordinary text alone: %s", (text) => {
    expect(scanSecrets(text)).toEqual([]);
  });

  it("flags nothing in the seed's notes, descriptions and names", () => {
    const flagged = stringsOf(seed).filter((s) => scanSecrets(s).length > 0);
    expect(flagged).toEqual([]);
  });

  it("flags nothing in the README, the docs and their example files", () => {
    const examples = fs
      .readdirSync(path.join(ROOT, "docs/examples"))
      .map((f) => `docs/examples/${f}`);
    const flagged = [...existingPages(), ...examples].flatMap((page) =>
      scanSecrets(readPage(page)).map((f) => `${f.kind} at ${page}:${f.line}`),
    );
    expect(flagged).toEqual([]);
  });

  const glossary = path.join(SHARED_DIR, "k8s-glossary");
  it.skipIf(!fs.existsSync(glossary))(
    "flags nothing in the Kubernetes glossary (../shared/k8s-glossary; skipped when absent)",
    () => {
      const files = fs.readdirSync(glossary).filter((f) => f.endsWith(".md"));
      expect(files.length).toBeGreaterThan(100);
      const flagged = files.filter(
        (f) => scanSecrets(fs.readFileSync(path.join(glossary, f), "utf8")).length > 0,
      );
      expect(flagged).toEqual([]);
    },
  );

  const notes = path.join(SHARED_DIR, "source-notes/k8s-notes.md");
  it.skipIf(!fs.existsSync(notes))(
    "flags exactly the one token of the source notes, whole (skipped when absent)",
    () => {
      const text = fs.readFileSync(notes, "utf8");
      const found = scanSecrets(text);
      // Never printed: only its kind, line and shape are compared.
      expect(found.map((f) => [f.kind, f.line])).toEqual([["jwt", 46]]);
      const token = text.slice(found[0]!.start, found[0]!.end);
      expect(token.split(".").length).toBe(3);
      expect(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(text)?.[0]).toBe(token);
    },
  );
});
