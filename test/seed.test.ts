import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_CONCEPTS, SEED_RELATIONS } from "../seed/index.js";
import { seedGraph } from "../src/io/seed/seed.service.js";
import { SHARED_DIR, type TestApp, sharedMissing, startTestApp } from "./helpers.js";

const NOTES_FILE = path.join(SHARED_DIR, "source-notes/k8s-notes.md");
const GLOSSARY_DIR = path.join(SHARED_DIR, "k8s-glossary");
const hasShared = !sharedMissing(NOTES_FILE, GLOSSARY_DIR);
const NOTES_URI = "urn:kg:source-notes:k8s-notes.md";
/** The notes' lines the seed may cite: from line 45 on the file holds a token, never cited. */
const CITABLE_NOTES_LINES = 44;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

const slugsOf = (list: { concept?: { slug: string }; source?: { slug: string } }[]) =>
  list.map((x) => (x.concept ?? x.source)!.slug).sort();

describe("the seeded graph answers the brief's questions", () => {
  it("what implements CNI? Flannel, Calico, Weave Net and Cilium (CNI plugins), each with what it uses", async () => {
    const res =
      await t.gql(`{ concept(slug: "cni") { related(direction: IN, types: ["implements-cni"]) {
      label concept { slug kind related(direction: OUT, types: ["uses", "instance-of"]) { concept { slug } } } } } }`);
    const related = res.data!.concept.related;
    // The class "CNI plugin" implements CNI too; its instances are the plugins of the notes.
    expect(slugsOf(related)).toEqual(["calico", "cilium", "cni-plugin", "flannel", "weave-net"]);
    for (const r of related) expect(r.label).toBe("CNI implemented by");
    const plugins = related.filter((r: any) => r.concept.slug !== "cni-plugin");
    const uses = Object.fromEntries(
      plugins.map((r: any) => [r.concept.slug, slugsOf(r.concept.related)]),
    );
    for (const r of plugins) {
      expect(r.concept.kind).toBe("plugin");
      expect(uses[r.concept.slug], r.concept.slug).toContain("cni-plugin");
    }
    // "uses" finds its subtypes: Flannel supports VXLAN, Cilium depends on eBPF.
    expect(uses.flannel).toContain("vxlan");
    expect(uses.calico).toContain("bgp");
    expect(uses["weave-net"]).toContain("vxlan");
    expect(uses.cilium).toContain("ebpf");
  });

  it("what is part of the control plane, and what does etcd store?", async () => {
    const res = await t.gql(`{
      cp: lookup(name: "control plane") { relations(direction: IN, types: ["part-of"]) { source { slug } } }
      etcd: concept(slug: "etcd") { related(direction: OUT, types: ["stores"]) { label concept { slug } } } }`);
    expect(slugsOf(res.data!.cp.relations)).toEqual(
      expect.arrayContaining([
        "etcd",
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
      ]),
    );
    expect(res.data!.etcd.related).toContainEqual({
      label: "stores",
      concept: { slug: "cluster-state" },
    });
  });

  it("pod runs on node", async () => {
    const res = await t.gql(
      `{ concept(slug: "pod") { related(direction: OUT, types: ["runs-on"]) { label concept { slug } } } }`,
    );
    expect(res.data!.concept.related).toContainEqual({
      label: "runs on",
      concept: { slug: "node" },
    });
  });

  it.each([
    ["master node", "control-plane"],
    ["api server", "kube-apiserver"],
    ["kube-apiserver", "kube-apiserver"],
    ["vol", "volume"],
    ["Weave", "weave-net"],
    ["worker node", "node"],
  ])("lookup(%j) finds %s", async (name, slug) => {
    const res = await t.gql(`query($n: String!) { lookup(name: $n) { slug } }`, { n: name });
    expect(res.data!.lookup).toEqual({ slug });
  });
});

describe("seed contents", () => {
  it("has every seed concept and relation (at least 200 and 600), each concept with a summary and two relations", async () => {
    const res = await t.gql(`{ concepts(first: 100) { totalCount } relations { totalCount } }`);
    expect(res.data!.concepts.totalCount).toBe(SEED_CONCEPTS.length);
    expect(res.data!.relations.totalCount).toBe(SEED_RELATIONS.length);
    expect(SEED_CONCEPTS.length).toBeGreaterThanOrEqual(200);
    expect(SEED_RELATIONS.length).toBeGreaterThanOrEqual(600);
    const concepts = await t.app.db.prisma.concept.findMany();
    for (const c of concepts) expect(c.summary.trim().length, c.slug).toBeGreaterThan(10);
    const degree = new Map<string, number>();
    for (const r of SEED_RELATIONS)
      for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    for (const c of SEED_CONCEPTS)
      expect(degree.get(c.slug) ?? 0, c.slug).toBeGreaterThanOrEqual(2);
  });

  it("has the brief's relation types and uses each of them", async () => {
    for (const key of [
      "runs-on",
      "stores",
      "implements-cni",
      "part-of",
      "uses",
      "manages",
      "exposes",
      "routes-to",
      "mounts",
      "configures",
    ]) {
      const res = await t.gql(
        `query($k: String!) { relationType(key: $k) { label inverseLabel } relations(filter: { type: $k }) { totalCount } }`,
        { k: key },
      );
      expect(res.data!.relationType, key).not.toBeNull();
      expect(res.data!.relations.totalCount, key).toBeGreaterThan(0);
    }
  });

  it("uses Kubernetes glossary term ids as slugs", async () => {
    const expected = [
      "kube-apiserver",
      "kube-scheduler",
      "kube-controller-manager",
      "etcd",
      "control-plane",
      "node",
      "pod",
      "container",
      "configmap",
      "statefulset",
      "service",
      "secret",
      "deployment",
      "ingress",
      "daemonset",
      "volume",
      "persistent-volume",
      "cni",
      "kubelet",
      "kube-proxy",
      "container-runtime",
      "namespace",
      "replica-set",
      "job",
      "cronjob",
      "persistent-volume-claim",
      "storageclass",
      "network-policy",
      "service-account",
    ];
    const present = new Set(
      (await t.app.db.prisma.concept.findMany({ select: { slug: true } })).map((c) => c.slug),
    );
    for (const slug of [...expected, "flannel", "calico", "weave-net", "cilium", "coredns"]) {
      expect(present.has(slug), slug).toBe(true);
    }
    if (hasShared) {
      const ids = new Set(
        fs.readdirSync(GLOSSARY_DIR).flatMap((f) => {
          const m = /^id:\s*(\S+)/m.exec(fs.readFileSync(path.join(GLOSSARY_DIR, f), "utf8"));
          return m ? [m[1]!] : [];
        }),
      );
      for (const slug of expected) expect(ids.has(slug), `${slug} is a glossary id`).toBe(true);
    }
  });

  it.skipIf(!hasShared)(
    "cites every non-blank line of the notes up to line 44, none after",
    async () => {
      const lines = fs.readFileSync(NOTES_FILE, "utf8").split("\n").slice(0, CITABLE_NOTES_LINES);
      const citations = await t.app.db.prisma.citation.findMany({
        where: { source: { uri: NOTES_URI } },
      });
      const covered = new Set<number>();
      for (const c of citations) {
        const m = /^L(\d+)(?:-L(\d+))?$/.exec(c.locator);
        expect(m, c.locator).not.toBeNull();
        const from = Number(m![1]);
        const to = Number(m![2] ?? m![1]);
        expect(to, c.locator).toBeLessThanOrEqual(CITABLE_NOTES_LINES);
        for (let i = from; i <= to; i++) covered.add(i);
      }
      const missing = lines.flatMap((l, i) => (l.trim() && !covered.has(i + 1) ? [i + 1] : []));
      expect(missing).toEqual([]);
    },
  );
});

describe("the dashboard token from the notes", () => {
  const token = hasShared
    ? fs
        .readFileSync(NOTES_FILE, "utf8")
        .split("\n")
        .find((l) => l.trim().startsWith("eyJ"))
        ?.trim()
    : undefined;
  const needles = token
    ? [token, token.slice(0, 40), token.slice(-40), token.split(".")[1]!.slice(0, 40)]
    : [];

  it.skipIf(!token)("is in no file of the repository", () => {
    const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
      cwd: path.resolve(import.meta.dirname, ".."),
    })
      .toString()
      .split("\n")
      // Files only: prisma/<provider>/models are links to the folder prisma/models, read as such.
      .filter(
        (f) =>
          f &&
          fs
            .statSync(path.resolve(import.meta.dirname, "..", f), { throwIfNoEntry: false })
            ?.isFile(),
      );
    for (const f of files) {
      const text = fs.readFileSync(path.resolve(import.meta.dirname, "..", f), "latin1");
      for (const n of needles) expect(text.includes(n), f).toBe(false);
    }
  });

  it.skipIf(!token)("is in no database file and no response", async () => {
    const all =
      await t.gql(`{ concepts(first: 100) { edges { node { slug summary description aliases docsUrl sources { title uri locator }
      notes { body sources { locator } } relations { description notes { body } } } } } sources { title uri } }`);
    const text = JSON.stringify(all);
    expect(text).toContain("kubectl proxy");
    for (const n of needles) expect(text.includes(n)).toBe(false);
    const bytes = await t.storedText();
    for (const n of needles) expect(bytes.includes(n)).toBe(false);
  });
});

describe("seeding again", () => {
  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const before = await t.snapshot();
    const report = await seedGraph(t.app.services);
    expect(report.created).toBe(0);
    expect(report.skipped).toEqual([]);
    expect(await t.snapshot()).toBe(before);
  });

  it("never overwrites or re-creates what users changed or deleted", async () => {
    await t.gql(
      `mutation { updateConcept(slug: "pod", input: { summary: "My own words about pods." }) { slug } }`,
    );
    await t.gql(`mutation { removeAlias(slug: "volume", alias: "vol") { slug } }`);
    await t.gql(`mutation { deleteConcept(slug: "weave-net", cascade: true) { slug } }`);
    const before = await t.snapshot();
    const report = await seedGraph(t.app.services);
    expect(report.created).toBe(0);
    expect(await t.snapshot()).toBe(before);
    const res = await t.gql(
      `{ pod: concept(slug: "pod") { summary } weave: concept(slug: "weave-net") { slug } vol: lookup(name: "vol") { slug } }`,
    );
    expect(res.data).toEqual({
      pod: { summary: "My own words about pods." },
      weave: null,
      vol: null,
    });
  });
});
