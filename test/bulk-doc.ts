/** A JSON import document big enough for the bulk path, mixing new records with seeded ones. */
export function bulkDoc(n = 120, extra: { concepts?: object[]; relations?: object[] } = {}) {
  const SOURCE = "https://example.com/bulk-source";
  const concepts: object[] = Array.from({ length: n }, (_, i) => ({
    slug: `bulk-${i}`,
    name: `Bulk Thing ${i}`,
    kind: i % 2 ? "component" : "tool",
    summary: `Bulk concept number ${i}, a zebrafinch ${i % 10}.`,
    description: i % 3 === 0 ? `# Bulk ${i}\n\nSome *Markdown*.` : "",
    docsUrl: i % 4 === 0 ? `https://example.com/bulk/${i}` : null,
    tags: i % 5 === 0 ? ["bulk", "test-tag"] : [],
    aliases: i % 7 === 0 ? [`Bulk Alias ${i}`, `bulk alias ${i}`] : [],
    sources: i % 2 === 0 ? [{ uri: SOURCE, locator: `L${i}` }] : [],
  }));
  const relations: object[] = Array.from({ length: n }, (_, i) => ({
    source: `bulk-${i}`,
    type: "bulk-uses",
    target: `bulk-${(i + 1) % n}`,
    description: i % 3 ? null : `Uses ${i + 1}.`,
    sources: i % 2 ? [{ uri: SOURCE, locator: `R${i}` }] : [],
  }));
  relations.push(
    // New to stored (bulk), to a stored concept the batch also updates and stored to stored
    // (record by record), and a symmetric pair given both ways.
    {
      source: "bulk-4",
      type: "bulk-uses",
      target: "kube-scheduler",
      description: null,
      sources: [],
    },
    { source: "bulk-3", type: "bulk-uses", target: "etcd", description: null, sources: [] },
    // Between stored concepts: new (bulk) and stored already (record by record, unchanged).
    { source: "kube-scheduler", type: "bulk-uses", target: "pod", description: null, sources: [] },
    { source: "kube-scheduler", type: "watches", target: "pod", description: null, sources: [] },
    { source: "kubelet", type: "bulk-uses", target: "etcd", description: null, sources: [] },
    { source: "bulk-1", type: "bulk-peer", target: "bulk-2", description: null, sources: [] },
    { source: "bulk-2", type: "bulk-peer", target: "bulk-1", description: "Again.", sources: [] },
    // A type with a kind rule, met (bulk-0 is a tool).
    { source: "bulk-0", type: "bulk-tooling", target: "bulk-2", description: null, sources: [] },
  );
  concepts.push(
    // A stored concept (updated record by record) and a slug given twice.
    { slug: "etcd", name: "etcd", kind: "component", summary: "Replaced by the bulk test." },
    { slug: "bulk-dup", name: "Dup", kind: "tool", summary: "First." },
    { slug: "bulk-dup", name: "Dup", kind: "tool", summary: "Second." },
  );
  return {
    format: "k8s-knowledge-graph",
    version: 1,
    sources: [{ uri: SOURCE, title: "Bulk source" }],
    relationTypes: [
      { key: "bulk-uses", label: "bulk uses", inverseLabel: "bulk used by" },
      { key: "bulk-peer", label: "peers", inverseLabel: "peers", symmetric: true },
      { key: "bulk-tooling", label: "tools", inverseLabel: "tooled by", sourceKinds: ["tool"] },
    ],
    concepts: [...concepts, ...(extra.concepts ?? [])],
    relations: [...relations, ...(extra.relations ?? [])],
    notes: [
      {
        concept: "bulk-1",
        body: "A note on a new concept.",
        author: "tester",
        sources: [{ uri: SOURCE, locator: "N1" }],
      },
      // Given twice: left to the per-record path (created, then unchanged).
      { concept: "bulk-5", body: "Twice.", author: null },
      { concept: "bulk-5", body: "Twice.", author: null },
      {
        relation: { source: "bulk-0", type: "bulk-uses", target: "bulk-1" },
        body: "A note on a new relation.",
      },
    ],
  };
}
