import { describe, expect, it } from "vitest";
import { parseMarkdownImport } from "../src/io/import/markdown.js";

const parse = (content: string) => parseMarkdownImport(content, "urn:test:n.md", "n.md");
const slugs = (content: string) => parse(content).concepts.map((c) => c.record.slug);
const partOf = (content: string) =>
  parse(content).relations.map((r) => `${r.record.source}>${r.record.target}@${r.origin}`);

describe("Markdown outline parser", () => {
  it("reads ordered lists like bullets", () => {
    const md =
      "## Net\n1. CNI, container network interface\n   1) Calico, bgp\n2. Flannel, vxlan\n";
    expect(slugs(md)).toEqual(["cni", "calico", "flannel"]);
    expect(partOf(md)).toEqual(["calico>cni@n.md:3"]);
    expect(parse(md).notes).toEqual([]);
  });

  it("keeps a line that was only a credential as a note holding its [REDACTED] mark", () => {
    // The import redacts before parsing: this is the text the parser is given.
    const md = "## Access\n- kubectl, the CLI\n  - [REDACTED:jwt]\n- [REDACTED:private-key]\n";
    const batch = parse(md);
    // Never a concept; a note of its parent, or of the section's topic.
    expect(batch.concepts.map((c) => c.record.slug)).toEqual(["kubectl", "access"]);
    expect(batch.notes.map((n) => [n.concept, n.body, n.origin])).toEqual([
      ["kubectl", "[REDACTED:jwt]", "n.md:3"],
      ["access", "[REDACTED:private-key]", "n.md:4"],
    ]);
  });

  it("reads setext headings as sections", () => {
    const md = "Storage\n=======\n- vol, a volume\n\nNetwork\n-------\n- svc, a service\n";
    const batch = parse(md);
    expect(batch.concepts.map((c) => [c.record.slug, c.record.tags])).toEqual([
      ["vol", ["storage"]],
      ["svc", ["network"]],
    ]);
    expect(batch.notes).toEqual([]);
  });

  it("nests bullets indented with tabs as deep as four spaces", () => {
    const md =
      "- Control plane, master node\n\t- etcd, key value store\n    - scheduler, places pods\n";
    expect(partOf(md)).toEqual(["etcd>control-plane@n.md:2", "scheduler>control-plane@n.md:3"]);
  });

  it("skips HTML comments, inline or over several lines", () => {
    const md =
      "- pod, smallest unit <!-- check -->\n<!--\n- draft, not a concept\n-->\n- svc, a service\n";
    const batch = parse(md);
    expect(batch.concepts.map((c) => [c.record.slug, c.record.summary])).toEqual([
      ["pod", "pod: smallest unit"],
      ["svc", "svc: a service"],
    ]);
    expect(batch.notes).toEqual([]);
  });

  it("keeps a paragraph as one note at its first line, and code as written", () => {
    const md = "# Notes\nfirst line\nsecond line\n\n```\nkubectl get pods\n  -o wide\n```\n";
    expect(parse(md).notes.map((n) => [n.origin, n.body])).toEqual([
      ["n.md:2", "first line second line"],
      ["n.md:5", "kubectl get pods\n  -o wide"],
    ]);
  });
});
