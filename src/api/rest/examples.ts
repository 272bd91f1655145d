/**
 * The OpenAPI document's examples: what the API answered on the seeded graph (`npm run seed`) and
 * after the writes the examples show, timestamps aside. schemas.ts and the routes hang each on its
 * shape. test/openapi.test.ts checks that every example validates against its schema, replays
 * them against a seeded server, and compares some reads' answers with their examples: when the
 * seed changes etcd, relation 12, "stores", note 1 or the ingress-to-pod path, update them here.
 */

const SEEDED = "2026-03-02T10:15:00.000Z";
const EDITED = "2026-03-09T14:02:11.000Z";
const seeded = { version: 1, createdAt: SEEDED, updatedAt: SEEDED };

interface SeededConcept {
  slug: string;
  name: string;
  kind: string;
  summary: string;
  description: string;
  docsUrl: string;
  scope?: string;
  apiVersion?: string;
  lifecycle?: { status: string; since: string; cite?: string }[];
  tags: string[];
  aliases: string[];
}

/** A seeded concept as the REST API answers it (its fields in the same order). */
export const conceptOf = (c: SeededConcept) => ({
  slug: c.slug,
  name: c.name,
  kind: c.kind,
  summary: c.summary,
  description: c.description,
  docsUrl: c.docsUrl,
  scope: c.scope ?? null,
  apiVersion: c.apiVersion ?? null,
  lifecycle: c.lifecycle ?? [],
  tags: c.tags,
  aliases: c.aliases,
  ...seeded,
});

export const etcd = conceptOf({
  slug: "etcd",
  name: "etcd",
  kind: "component",
  summary:
    "etcd is the consistent, highly available key-value store that holds all Kubernetes cluster data.",
  description:
    "It replicates data with the Raft consensus algorithm, so production setups run an odd number of members (three or five) to keep a quorum. Only the API server should have access to it: anyone who can read etcd directly can read every Secret. Because it holds the whole cluster state, regular snapshots are the core of any backup plan.",
  docsUrl: "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
  tags: ["control-plane", "datastore", "storage"],
  aliases: ["etcd cluster"],
});

export const clusterState = conceptOf({
  slug: "cluster-state",
  name: "Cluster State",
  kind: "concept",
  summary:
    "Cluster state is the full record of objects in a cluster: the desired state users declared (spec) and the observed state reported back (status).",
  description:
    "Controllers keep comparing each object's spec with its status and act to close the gap. The whole record is persisted in etcd and is only read and written through the API server.",
  docsUrl: "https://kubernetes.io/docs/concepts/overview/working-with-objects/",
  tags: ["control-plane", "fundamental"],
  aliases: ["cluster data", "desired state", "state of the cluster"],
});

export const secret = conceptOf({
  slug: "secret",
  name: "Secret",
  kind: "resource",
  summary:
    "A Secret holds a small amount of sensitive data, such as a password, token or key, that Pods can consume without baking it into the image or Pod spec.",
  description:
    "Pods receive Secret data as environment variables or as files in a volume, and the kubelet also uses Secrets to pull images from private registries. Values are only base64-encoded and are stored unencrypted in etcd by default, so restrict access with RBAC and enable encryption at rest. Like ConfigMaps, Secrets are limited to 1 MiB and can be made immutable.",
  docsUrl: "https://kubernetes.io/docs/concepts/configuration/secret/",
  scope: "namespaced",
  apiVersion: "v1",
  tags: ["configuration", "core-object", "security"],
  aliases: ["kubernetes secret"],
});

/** A seeded relation as the REST API answers it. */
export const relationOf = (id: string, ends: string, description: string) => {
  const [source, type, target] = ends.split(" ");
  return { id, source, type, target, description, qualifiers: null, lifecycle: [], ...seeded };
};

export const etcdStoresState = relationOf(
  "12",
  "etcd stores cluster-state",
  "Every API object, so the whole desired and observed state, is persisted in etcd.",
);
export const etcdStoresSecret = relationOf(
  "13",
  "etcd stores secret",
  "Secret data sits in etcd, unencrypted unless encryption at rest is configured; protect etcd and its backups.",
);
const K8S_DOCS = "https://kubernetes.io/docs/";
const related = (id: string, type: string, direction: "IN" | "OUT", label: string, c: string) => {
  const [slug, name, kind] = c.split("|");
  return { id, type, direction, label, concept: { slug, name, kind } };
};

export const concepts = {
  etcd,
  detail: {
    ...etcd,
    relations: [
      related("4", "component-of", "OUT", "component of", "control-plane|Control Plane|concept"),
      related("19", "depends-on", "IN", "needed by", "kube-apiserver|kube-apiserver|component"),
      related(
        "15",
        "persists-to",
        "IN",
        "persistence for",
        "kube-apiserver|kube-apiserver|component",
      ),
      related("12", "stores", "OUT", "stores", "cluster-state|Cluster State|concept"),
      related("13", "stores", "OUT", "stores", "secret|Secret|resource"),
      related("14", "stores", "OUT", "stores", "configmap|ConfigMap|resource"),
      related("128", "stores", "OUT", "stores", "custom-resource|Custom resource|concept"),
    ],
    notes: [],
    sources: [
      {
        title: "Original Kubernetes notes (k8s-notes.md)",
        uri: "urn:kg:source-notes:k8s-notes.md",
        locator: "L7",
      },
      ...[
        "/docs/tasks/administer-cluster/configure-upgrade-etcd/",
        "/docs/concepts/overview/components/",
        "/docs/concepts/security/api-server-bypass-risks/",
      ].map((locator) => ({ title: "Kubernetes documentation", uri: K8S_DOCS, locator })),
    ],
  },
  create: {
    slug: "velero",
    name: "Velero",
    kind: "tool",
    summary: "Velero backs up and restores the resources and persistent volumes of a cluster.",
    tags: ["backup", "storage"],
    docsUrl: "https://velero.io/docs/",
    sources: [{ uri: "https://velero.io/docs/", title: "Velero documentation" }],
  },
  upsert: { name: "etcd", kind: "component", summary: etcd.summary, tags: etcd.tags },
  patch: {
    summary:
      "etcd is the strongly consistent key-value store that holds all Kubernetes cluster data.",
  },
  alias: { alias: "etcd3" },
  deleted: { slug: "etcd", deletedRelations: 7, deletedNotes: 0 },
  /** The cursor after etcd in a list of concepts. */
  cursor: "Y29uY2VwdDpldGNk",
};

export const relations = {
  etcdStoresState,
  create: {
    source: "etcd",
    type: "stores",
    target: "lease",
    description: "Leases, like every API object, are persisted in etcd.",
    sources: [{ uri: K8S_DOCS, locator: "/docs/concepts/architecture/leases/" }],
  },
  upsert: { description: etcdStoresState.description },
  patch: {
    description: "Every API object, so the whole desired and observed state, is kept in etcd.",
    expectedVersion: 1,
  },
  cursor: "cmVsYXRpb246MTI",
};

export const relationTypes = {
  stores: {
    key: "stores",
    label: "stores",
    inverseLabel: "stored in",
    description: "The source keeps the target data.",
    sourceKinds: null,
    targetKinds: null,
    symmetric: false,
    parent: null,
  },
  create: {
    key: "backs-up",
    label: "backs up",
    inverseLabel: "backed up by",
    description: "The source keeps copies of the target's data to restore it.",
  },
  upsert: { label: "stores", inverseLabel: "stored in" },
  patch: { description: "The source keeps the target's data." },
};

const nodeDies =
  "What happens when a node dies: the kubelet stops renewing its Lease (normally every 10 s). After the node-monitor-grace-period (50 s by default) the node lifecycle controller marks Ready as Unknown and adds the unreachable NoExecute taint. Pods carry a default 300 s toleration for it, so about five minutes later they are evicted; their ReplicaSet (or other owner) creates replacements and the scheduler puts them on healthy nodes. Until the node is reachable again, the old containers may in fact still be running on it.";

export const notes = {
  seeded: {
    ...{ id: "1", concept: "node-lifecycle-controller", relation: null, body: nodeDies },
    ...{ author: "seed", ...seeded },
  },
  create: {
    concept: "etcd",
    body: "Take an `etcdctl snapshot save` before every control plane upgrade.",
    author: "platform-team",
  },
  patch: { author: "sig-node", expectedVersion: 1 },
};

/** Relation type "stores" before and after a change of its description (change 51). */
const storesBefore = relationTypes.stores;
const storesAfter = { ...storesBefore, description: "The source keeps the target's data." };
const typeChange = (id: number, before: unknown, after: unknown, revertOf: number | null) => ({
  ...{ id, at: EDITED, actor: "platform-team", entity: "relationType", op: "update" },
  ...{ key: "stores", before, after, revertOf, subjects: [] },
});
const storesChanged = typeChange(51, storesBefore, storesAfter, null);

const firstConcepts = [
  ...["access-mode", "addons", "admission-controller", "admission-webhook", "aggregation-layer"],
  ...["annotation", "api-group", "api-version", "app-container", "aws-load-balancer-controller"],
];
const firstRelations = [
  ...["kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"].map(
    (c) => `${c}|component-of|control-plane`,
  ),
  "cloud-controller-manager|component-of|control-plane",
  ...["control-plane", "node", "namespace", "data-plane"].map((c) => `${c}|part-of|cluster`),
  "node|part-of|data-plane",
];

export const history = {
  storesChanged,
  /** The seed's import: the one change in a seeded concept's history. */
  seedImport: {
    ...{ id: 50, at: SEEDED, actor: "seed", entity: "import", op: "create", key: "import-50" },
    before: null,
    after: {
      ...{ concepts: 216, relations: 663, notes: 25, aliases: 326, tags: 461, citations: 1459 },
      ...{ sources: 3, firstConcepts, firstRelations },
    },
    ...{ revertOf: null, subjects: firstConcepts },
  },
  revert: {
    reverted: storesChanged,
    changes: [typeChange(52, storesAfter, storesBefore, 51)],
  },
  feed: { items: [storesChanged], cursor: "Y2hhbmdlczo1MQ", hasMore: false },
  /** changes:50, the cursor after the seed's last change. */
  since: "Y2hhbmdlczo1MA",
  latest: { cursor: "Y2hhbmdlczo1MA" },
  cursor: "aGlzdG9yeTo1MA",
};

const velero = JSON.stringify({
  format: "k8s-knowledge-graph",
  version: 1,
  concepts: [{ slug: "velero", name: "Velero", kind: "tool", summary: concepts.create.summary }],
});

export const io = {
  /** GET /export?format=dot&root=etcd&depth=1 */
  dot: `digraph kubernetes {
  rankdir=LR;
  node [shape=box, style="rounded", fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  "cluster-state" [label="Cluster State", tooltip="${clusterState.summary}", kind="concept"];
  "configmap" [label="ConfigMap", tooltip="A ConfigMap stores non-confidential configuration as key-value pairs that Pods read as environment variables, command arguments or mounted files.", kind="resource", scope="namespaced"];
  "control-plane" [label="Control Plane", tooltip="The control plane is the set of components that stores the cluster's state, makes global decisions and drives the cluster toward the desired state.", kind="concept"];
  "custom-resource" [label="Custom resource", tooltip="A custom resource is an extension of the Kubernetes API, a resource type that is not built in and is added to a particular cluster.", kind="concept"];
  "etcd" [label="etcd", tooltip="${etcd.summary}", kind="component"];
  "kube-apiserver" [label="kube-apiserver", tooltip="kube-apiserver serves the Kubernetes API: every user, tool and component reads and changes cluster state through it.", kind="component"];
  "secret" [label="Secret", tooltip="${secret.summary}", kind="resource", scope="namespaced"];
  "configmap" -> "secret" [label="alternative to", type="alternative-to"];
  "etcd" -> "control-plane" [label="component of", type="component-of"];
  "etcd" -> "cluster-state" [label="stores", type="stores"];
  "etcd" -> "configmap" [label="stores", type="stores"];
  "etcd" -> "custom-resource" [label="stores", type="stores"];
  "etcd" -> "secret" [label="stores", type="stores"];
  "kube-apiserver" -> "control-plane" [label="component of", type="component-of"];
  "kube-apiserver" -> "etcd" [label="depends on", type="depends-on"];
  "kube-apiserver" -> "etcd" [label="persists to", type="persists-to"];
}
`,
  import: { format: "json", content: velero, source: "file:///notes/velero.json", dryRun: true },
  report: {
    ...{ dryRun: true, created: 1, updated: 0, unchanged: 0, skipped: 0 },
    items: [{ kind: "concept", key: "velero", status: "created", origin: "concepts[0]" }],
    ...{ itemsTruncated: false, problems: [], redactions: [] },
  },
};

const teamKey = {
  name: "platform-team",
  role: "editor",
  prefix: "kg_EXAMPL",
  createdAt: EDITED,
  lastUsedAt: null,
  revokedAt: null,
};

export const keys = {
  teamKey,
  create: { name: "platform-team", role: "editor" },
  // The secret's shape (kg_ and 40 base62 characters), visibly an example.
  created: { key: teamKey, secret: "kg_EXAMPLEb7Qm2xV9rT4kLp8sWn3cY6hJd0fGz1aRt" },
  revoked: { ...teamKey, revokedAt: EDITED },
};

export const notFound = {
  error: { code: "NOT_FOUND", message: 'No concept with slug "etcd-operator"', field: "slug" },
};
