// Generated from knowledge/drafts by knowledge/merge.mjs and knowledge/to-seed.mjs: edit the drafts.
import type { SeedRelation } from "./types.js";

export const SEED_RELATIONS: SeedRelation[] = [
  {
    source: "kube-apiserver",
    type: "component-of",
    target: "control-plane",
    cites: [
      {
        source: "notes",
        locator: "L3-L4",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "component-of",
    target: "control-plane",
    cites: [
      {
        source: "notes",
        locator: "L3",
      },
      {
        source: "notes",
        locator: "L5",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "component-of",
    target: "control-plane",
    cites: [
      {
        source: "notes",
        locator: "L3",
      },
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "etcd",
    type: "component-of",
    target: "control-plane",
    description:
      "etcd may run on the control plane machines (stacked) or as a separate external cluster.",
    cites: [
      {
        source: "notes",
        locator: "L3",
      },
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "cloud-controller-manager",
    type: "component-of",
    target: "control-plane",
    description: "Only present when the cluster is integrated with a cloud provider.",
    qualifiers: {
      default: false,
      note: "optional: absent on bare-metal and local clusters",
      cite: "/docs/concepts/overview/components/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    source: "control-plane",
    type: "part-of",
    target: "cluster",
    cites: [
      {
        source: "notes",
        locator: "L2-L3",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "node",
    type: "part-of",
    target: "cluster",
    description: "A cluster normally has several worker nodes.",
    cites: [
      {
        source: "notes",
        locator: "L14",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "namespace",
    type: "part-of",
    target: "cluster",
    description: "Namespaces partition one cluster; they cannot be nested.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "data-plane",
    type: "part-of",
    target: "cluster",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "node",
    type: "part-of",
    target: "data-plane",
    cites: [
      {
        source: "notes",
        locator: "L14",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "control-plane",
    type: "manages",
    target: "node",
    description: "The control plane decides what runs on each node and tracks node health.",
    cites: [
      {
        source: "notes",
        locator: "L3",
      },
      {
        source: "notes",
        locator: "L14",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
    ],
  },
  {
    source: "etcd",
    type: "stores",
    target: "cluster-state",
    description: "Every API object, so the whole desired and observed state, is persisted in etcd.",
    cites: [
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "etcd",
    type: "stores",
    target: "secret",
    description:
      "Secret data sits in etcd, unencrypted unless encryption at rest is configured; protect etcd and its backups.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/secret/",
      },
    ],
  },
  {
    source: "etcd",
    type: "stores",
    target: "configmap",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/configmap/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "persists-to",
    target: "etcd",
    description:
      "The API server writes the serialized objects to etcd; other components read and write state through the API server instead.",
    cites: [
      {
        source: "notes",
        locator: "L4",
      },
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/api-server-bypass-risks/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "exposes",
    target: "kubernetes-api",
    description:
      "Every client (kubectl, kubelets, controllers, the scheduler) goes through the API it serves.",
    cites: [
      {
        source: "notes",
        locator: "L4",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "admission-controller",
    type: "part-of",
    target: "kube-apiserver",
    description:
      "Admission plugins are compiled into the kube-apiserver binary and enabled with --enable-admission-plugins.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "supports",
    target: "rbac",
    description:
      "RBAC is one of the authorization modes the API server can chain (with Node, Webhook, ABAC...).",
    qualifiers: {
      since: "1.8",
      default: false,
      note: "enabled with --authorization-mode including RBAC; kubeadm enables Node,RBAC",
      cite: "/docs/reference/access-authn-authz/rbac/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authorization/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "depends-on",
    target: "etcd",
    description: "Without a reachable etcd quorum the API server cannot serve or store objects.",
    cites: [
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/configure-upgrade-etcd/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "watches",
    target: "cluster-state",
    description:
      "Its controllers watch objects through the API server and act when actual and desired state differ.",
    cites: [
      {
        source: "notes",
        locator: "L5",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [
      {
        source: "notes",
        locator: "L4-L5",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "runs",
    target: "controller",
    description:
      "The built-in controllers run inside this one process; other controllers (operators, ingress controllers, cloud controllers) run elsewhere.",
    qualifiers: {
      note: "built-in controllers only",
      cite: "/docs/concepts/architecture/controller/",
    },
    cites: [
      {
        source: "notes",
        locator: "L5",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "controller",
    type: "watches",
    target: "cluster-state",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "reconciles",
    target: "deployment",
    description:
      "Through its Deployment controller, which performs rollouts by managing ReplicaSets.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "reconciles",
    target: "job",
    description:
      "Through its Job controller, which creates Pods until the required completions are reached.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "manages",
    target: "endpoint-slice",
    description:
      "Its EndpointSlice controller creates and updates slices for Services with selectors.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
    ],
  },
  {
    source: "cloud-controller-manager",
    type: "manages",
    target: "node",
    description:
      "Its node controller labels nodes with cloud metadata and deletes Node objects whose VMs no longer exist.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    source: "cloud-controller-manager",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "schedules",
    target: "pod",
    description: "Binds each unscheduled Pod to a node that passes filtering and scores best.",
    cites: [
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/kube-scheduler/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "watches",
    target: "pod",
    description: "Watches for newly created Pods with no node assigned.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/kube-scheduler/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [
      {
        source: "notes",
        locator: "L4",
      },
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "taint",
    description:
      "Nodes whose NoSchedule/NoExecute taints a Pod does not tolerate are filtered out; PreferNoSchedule lowers the score.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "priority-class",
    description:
      "Pending Pods are ordered by the priority their PriorityClass resolves to, and priority decides who may preempt whom.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "priority-class",
    type: "configures",
    target: "pod",
    description:
      "A Pod names its class in spec.priorityClassName; admission fills in spec.priority.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "operator-pattern",
    type: "subclass-of",
    target: "controller",
    description: "An operator is a custom controller specialised in running one application.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/operator/",
      },
    ],
  },
  {
    source: "service-account",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
    ],
  },
  {
    source: "resource-quota",
    type: "restricts",
    target: "namespace",
    description: "Caps the aggregate consumption of the namespace.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/resource-quotas/",
      },
    ],
  },
  {
    source: "limitrange",
    type: "restricts",
    target: "container",
    description: "Rejects containers whose requests or limits fall outside the allowed range.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/limit-range/",
      },
    ],
  },
  {
    source: "limitrange",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/limit-range/",
      },
    ],
  },
  {
    source: "selector",
    type: "uses",
    target: "label",
    description: "A selector is a query over label keys and values.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/labels/",
      },
    ],
  },
  {
    source: "label",
    type: "field-of",
    target: "object",
    description: "metadata.labels",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/labels/",
      },
    ],
  },
  {
    source: "annotation",
    type: "field-of",
    target: "object",
    description: "metadata.annotations",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/annotations/",
      },
    ],
  },
  {
    source: "taint",
    type: "field-of",
    target: "node",
    description: "spec.taints of the Node",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "taint",
    type: "restricts",
    target: "pod",
    description:
      "Pods without a matching toleration are kept off the node, or evicted from it for NoExecute.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "toleration",
    type: "tolerates",
    target: "taint",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "toleration",
    type: "field-of",
    target: "pod",
    description: "spec.tolerations of the Pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "jwt",
    type: "authenticates",
    target: "service-account",
    description:
      "A ServiceAccount proves its identity to the API server with a signed JWT bearer token.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authentication/",
      },
    ],
  },
  {
    source: "kubernetes",
    type: "manages",
    target: "container",
    description: "Kubernetes orchestrates containers across the machines of a cluster.",
    cites: [
      {
        source: "notes",
        locator: "L1",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/",
      },
    ],
  },
  {
    source: "kubernetes",
    type: "manages",
    target: "workload",
    cites: [
      {
        source: "notes",
        locator: "L1",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "kubernetes-api",
    type: "part-of",
    target: "kubernetes",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "role",
    type: "part-of",
    target: "rbac",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role",
    type: "part-of",
    target: "rbac",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "part-of",
    target: "rbac",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role-binding",
    type: "part-of",
    target: "rbac",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role",
    type: "grants",
    target: "object",
    description: "Allowed verbs on namespaced resources in the Role's own namespace.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role",
    type: "grants",
    target: "object",
    description:
      "Allowed verbs on namespaced resources (in all namespaces or in one, depending on the binding) and on non-resource URLs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role",
    type: "grants",
    target: "node",
    description:
      "Cluster-scoped resources such as Nodes can only be granted by a ClusterRole bound with a ClusterRoleBinding.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role",
    type: "references",
    target: "api-group",
    description: 'Each rule lists apiGroups ("" for the core group).',
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "binds",
    target: "role",
    description: "roleRef to a Role in the same namespace; immutable.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "binds",
    target: "cluster-role",
    description: "The ClusterRole's rules then apply only within the RoleBinding's namespace.",
    qualifiers: {
      note: "scoped to the binding's namespace",
      cite: "/docs/reference/access-authn-authz/rbac/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role-binding",
    type: "binds",
    target: "cluster-role",
    description: "A ClusterRoleBinding can only reference a ClusterRole.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "grants-to",
    target: "user",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "grants-to",
    target: "group",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "role-binding",
    type: "grants-to",
    target: "service-account",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
    ],
  },
  {
    source: "cluster-role-binding",
    type: "grants-to",
    target: "user",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role-binding",
    type: "grants-to",
    target: "group",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "cluster-role-binding",
    type: "grants-to",
    target: "service-account",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "user",
    type: "part-of",
    target: "group",
    description: "Group memberships are supplied by the authenticator along with the user name.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authentication/",
      },
    ],
  },
  {
    source: "service-account",
    type: "part-of",
    target: "group",
    description:
      "Every ServiceAccount belongs to system:serviceaccounts and system:serviceaccounts:<namespace>.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "authenticates",
    target: "user",
    description:
      "Via client certificates, bearer tokens, OIDC or an authenticating proxy; there is no User object.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authentication/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/controlling-access/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "authenticates",
    target: "service-account",
    description: "Verifies the ServiceAccount JWT: signature, expiry, audience and bound object.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authentication/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "creates",
    target: "lease",
    description:
      "The kubelet creates its node's Lease in kube-node-lease and renews it every 10 s by default.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
    ],
  },
  {
    source: "lease",
    type: "references",
    target: "node",
    description: "A node heartbeat Lease has the same name as its Node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
    ],
  },
  {
    source: "lease",
    type: "part-of",
    target: "namespace",
    description:
      "Node Leases live in kube-node-lease; leader-election Leases usually in kube-system.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "watches",
    target: "node",
    description: "Checks each node's status every --node-monitor-period.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "watches",
    target: "lease",
    description:
      "A Lease not renewed within node-monitor-grace-period means the node is unreachable.",
    qualifiers: {
      note: "node-monitor-grace-period default 50 s since 1.32 (40 s before)",
      cite: "https://github.com/kubernetes/kubernetes/pull/126287",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "manages",
    target: "node-condition",
    description: "Sets Ready to Unknown when heartbeats stop.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "creates",
    target: "taint",
    description:
      "Adds node.kubernetes.io/unreachable or not-ready NoExecute taints and NoSchedule taints for pressure conditions.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "evicts",
    target: "pod",
    description:
      "Evicts Pods that do not tolerate the NoExecute taints of a failed node, rate-limited per zone.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "implements",
    target: "taint-based-eviction",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
    ],
  },
  {
    source: "node-condition",
    type: "field-of",
    target: "node",
    description: ".status.conditions of the Node",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "taint-based-eviction",
    type: "subclass-of",
    target: "eviction",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "taint-based-eviction",
    type: "depends-on",
    target: "taint",
    description: "Triggered by NoExecute taints.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "toleration",
    type: "configures",
    target: "taint-based-eviction",
    description:
      "tolerationSeconds sets how long a Pod stays on a tainted node; 300 s is added by default for not-ready/unreachable.",
    qualifiers: {
      default: true,
      note: "default tolerationSeconds=300 added by the DefaultTolerationSeconds admission plugin",
      cite: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "node-pressure-eviction",
    type: "subclass-of",
    target: "eviction",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "implements",
    target: "node-pressure-eviction",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "node-pressure-eviction",
    type: "considers",
    target: "resource-requests",
    description: "Pods using more than they requested are evicted first.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "node-pressure-eviction",
    type: "considers",
    target: "priority-class",
    description: "Lower priority is evicted before higher priority.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "pod-disruption-budget",
    type: "restricts",
    target: "eviction",
    description: "An Eviction API call that would break a PDB is refused with 429.",
    qualifiers: {
      note: "API-initiated evictions only; node-pressure eviction does not respect PDBs and preemption only best effort",
      cite: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/api-eviction/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "replicaset-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "replicaset-controller",
    type: "creates",
    target: "pod",
    description:
      "When evicted or deleted Pods leave a ReplicaSet short, it creates replacements, which the scheduler places on healthy nodes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "toleration",
    description:
      "A Pod may land on a tainted node only if it tolerates every NoSchedule/NoExecute taint.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "resource-requests",
    description:
      "Filters out nodes whose free allocatable resources cannot cover the Pod's requests.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/kube-scheduler/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "node-selector",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "node-affinity",
    description: "Required rules filter nodes; preferred rules add to the score.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "pod-affinity",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "considers",
    target: "topology-spread-constraints",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "supports",
    target: "preemption",
    qualifiers: {
      since: "1.14",
      default: true,
      note: "a PriorityClass with preemptionPolicy Never opts its Pods out",
      cite: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "resource-requests",
    type: "field-of",
    target: "container",
    description: "resources.requests of each container",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    source: "limitrange",
    type: "configures",
    target: "resource-requests",
    description: "Fills in default requests for containers that set none.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/limit-range/",
      },
    ],
  },
  {
    source: "resource-quota",
    type: "restricts",
    target: "resource-requests",
    description: "Caps the sum of requests in the namespace (requests.cpu, requests.memory).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/resource-quotas/",
      },
    ],
  },
  {
    source: "resource-quota",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/resource-quotas/",
      },
    ],
  },
  {
    source: "node-selector",
    type: "field-of",
    target: "pod",
    description: "spec.nodeSelector",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "node-selector",
    type: "selects",
    target: "node",
    description: "By exact node labels.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "node-affinity",
    type: "field-of",
    target: "pod",
    description: "spec.affinity.nodeAffinity",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "node-affinity",
    type: "selects",
    target: "node",
    description: "By node label expressions, required or preferred.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "node-affinity",
    type: "alternative-to",
    target: "node-selector",
    description:
      "Both constrain Pods to labelled nodes; node affinity is the more expressive form.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "pod-affinity",
    type: "field-of",
    target: "pod",
    description: "spec.affinity.podAffinity / podAntiAffinity",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "pod-affinity",
    type: "selects",
    target: "pod",
    description: "Matches the Pods already running in a topology domain by label.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    source: "topology-spread-constraints",
    type: "field-of",
    target: "pod",
    description: "spec.topologySpreadConstraints",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
    ],
  },
  {
    source: "topology-spread-constraints",
    type: "selects",
    target: "pod",
    description: "Its labelSelector picks the Pods counted per domain.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
    ],
  },
  {
    source: "preemption",
    type: "evicts",
    target: "pod",
    description: "Victims are lower-priority Pods; they get their graceful termination period.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "preemption",
    type: "depends-on",
    target: "priority-class",
    description: "Only a Pod with higher priority can preempt others.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "selector",
    type: "selects",
    target: "object",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/labels/",
      },
    ],
  },
  {
    source: "api-group",
    type: "part-of",
    target: "kubernetes-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/",
      },
    ],
  },
  {
    source: "api-version",
    type: "part-of",
    target: "api-group",
    description: "Each group is served at one or more versions, e.g. apps/v1.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/",
      },
    ],
  },
  {
    source: "object",
    type: "references",
    target: "api-version",
    description: "Every object states its group/version in apiVersion.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/",
      },
    ],
  },
  {
    source: "custom-resource-definition",
    type: "extends",
    target: "kubernetes-api",
    qualifiers: {
      since: "1.16",
      note: "apiextensions.k8s.io/v1 since 1.16; v1beta1 no longer served since 1.22",
      cite: "/docs/reference/using-api/deprecation-guide/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "custom-resource-definition",
    type: "defines",
    target: "custom-resource",
    description:
      "Creating the CRD makes the API server serve the new resource with the given names and schema.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
    ],
  },
  {
    source: "custom-resource-definition",
    type: "references",
    target: "api-group",
    description: "spec.group names the API group the new resource is served in.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/",
      },
    ],
  },
  {
    source: "aggregation-layer",
    type: "extends",
    target: "kubernetes-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/apiserver-aggregation/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
    ],
  },
  {
    source: "aggregation-layer",
    type: "part-of",
    target: "kube-apiserver",
    description: "Runs in-process in kube-apiserver and proxies registered APIService paths.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/apiserver-aggregation/",
      },
    ],
  },
  {
    source: "aggregation-layer",
    type: "alternative-to",
    target: "custom-resource-definition",
    description:
      "The two ways to add custom resources: CRDs are simpler, aggregated API servers more flexible.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
    ],
  },
  {
    source: "etcd",
    type: "stores",
    target: "custom-resource",
    description:
      "Objects of CRD-defined resources are stored by the API server in etcd like built-in ones.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
    ],
  },
  {
    source: "operator-pattern",
    type: "reconciles",
    target: "custom-resource",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/operator/",
      },
    ],
  },
  {
    source: "operator-pattern",
    type: "depends-on",
    target: "custom-resource-definition",
    description: "An operator installs CRDs for the kinds it manages.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/operator/",
      },
    ],
  },
  {
    source: "admission-controller",
    type: "mutates",
    target: "object",
    description:
      "Mutating plugins (e.g. DefaultTolerationSeconds, LimitRanger defaults) change objects before storage.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
    ],
  },
  {
    source: "admission-controller",
    type: "validates",
    target: "object",
    description: "Validating plugins (e.g. ResourceQuota, PodSecurity) can reject requests.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
    ],
  },
  {
    source: "admission-webhook",
    type: "extends",
    target: "admission-controller",
    description:
      "The MutatingAdmissionWebhook and ValidatingAdmissionWebhook plugins call out to webhooks configured at run time.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
    ],
  },
  {
    source: "admission-webhook",
    type: "mutates",
    target: "object",
    description: "Mutating webhooks, invoked first.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
    ],
  },
  {
    source: "admission-webhook",
    type: "validates",
    target: "object",
    description: "Validating webhooks, invoked after all mutations.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "talks-to",
    target: "admission-webhook",
    description: "Sends an AdmissionReview over HTTPS and applies the response.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
    ],
  },
  {
    source: "validating-admission-policy",
    type: "validates",
    target: "object",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/validating-admission-policy/",
      },
    ],
  },
  {
    source: "validating-admission-policy",
    type: "alternative-to",
    target: "admission-webhook",
    description: "Declarative, in-process alternative to validating webhooks.",
    qualifiers: {
      since: "1.30",
      cite: "/docs/reference/access-authn-authz/validating-admission-policy/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/validating-admission-policy/",
      },
    ],
  },
  {
    source: "mutating-admission-policy",
    type: "mutates",
    target: "object",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/mutating-admission-policy/",
      },
    ],
  },
  {
    source: "mutating-admission-policy",
    type: "alternative-to",
    target: "admission-webhook",
    description: "Declarative, in-process alternative to mutating webhooks.",
    qualifiers: {
      since: "1.36",
      note: "stable in 1.36; alpha 1.32, beta 1.34",
      cite: "https://github.com/kubernetes/website/pull/54529",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/mutating-admission-policy/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "instance-of",
    target: "admission-controller",
    description: "The built-in PodSecurity admission plugin.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "enforces",
    target: "pod-security-standards",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "validates",
    target: "pod",
    description:
      "enforce mode rejects violating Pods; audit and warn also check workload templates.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "namespace",
    type: "configures",
    target: "pod-security-admission",
    description:
      "Labels pod-security.kubernetes.io/<mode>: <level> choose the level per mode for the namespace.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-privileged",
    type: "part-of",
    target: "pod-security-standards",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    source: "pod-security-baseline",
    type: "part-of",
    target: "pod-security-standards",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    source: "pod-security-restricted",
    type: "part-of",
    target: "pod-security-standards",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "enforces",
    target: "pod-security-privileged",
    description: "Privileged imposes no restrictions.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "enforces",
    target: "pod-security-baseline",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-admission",
    type: "enforces",
    target: "pod-security-restricted",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-baseline",
    type: "restricts",
    target: "pod",
    description: "Blocks host namespaces, privileged containers, hostPath and similar escalations.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    source: "pod-security-restricted",
    type: "restricts",
    target: "pod",
    description:
      "Additionally requires non-root, no privilege escalation, dropped capabilities and a seccomp profile.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    source: "pod-security-policy",
    type: "superseded-by",
    target: "pod-security-admission",
    qualifiers: {
      since: "1.25",
      note: "PSP deprecated in 1.21, removed in 1.25; third-party admission plugins are the other option",
      cite: "/docs/concepts/security/pod-security-policy/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-policy/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    source: "pod-security-policy",
    type: "restricts",
    target: "pod",
    qualifiers: {
      until: "1.25",
      cite: "/docs/concepts/security/pod-security-policy/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-policy/",
      },
    ],
  },
  {
    source: "leader-election",
    type: "depends-on",
    target: "lease",
    description: "The leader holds and renews a Lease object.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
    ],
  },
  {
    source: "kube-scheduler",
    type: "supports",
    target: "leader-election",
    qualifiers: {
      default: true,
      note: "--leader-elect defaults to true",
      cite: "/docs/reference/command-line-tools-reference/kube-scheduler/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-scheduler/",
      },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "supports",
    target: "leader-election",
    qualifiers: {
      default: true,
      note: "--leader-elect defaults to true",
      cite: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "annotation",
    type: "configures",
    target: "ingress",
    description:
      "Ingress controllers commonly read controller-specific annotations for options the Ingress spec lacks.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/annotations/",
      },
    ],
  },
  {
    source: "jwt",
    type: "references",
    target: "pod",
    description:
      "A token from the TokenRequest API is bound to the Pod using it and becomes invalid when that Pod is deleted.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
    ],
  },
  {
    source: "kubectl",
    type: "uses",
    target: "eviction",
    description:
      "kubectl drain evicts Pods through the Eviction API, so PodDisruptionBudgets are honoured.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/api-eviction/",
      },
    ],
  },
  {
    source: "daemonset",
    type: "tolerates",
    target: "taint",
    description:
      "DaemonSet Pods get NoExecute tolerations for unreachable and not-ready without tolerationSeconds, so node failure never evicts them.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    source: "control-plane",
    type: "runs-on",
    target: "node",
    description:
      "Control plane components can run on any machine; setups usually dedicate control plane nodes to them.",
    qualifiers: {
      note: "managed services may run the control plane outside the cluster's nodes",
      cite: "/docs/concepts/overview/components/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "node-condition",
    description: "The kubelet reports Ready and the pressure conditions in the Node status.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "evicts",
    target: "pod",
    description: "Node-pressure eviction: the kubelet fails Pods to reclaim memory, disk or PIDs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    source: "resource-quota",
    type: "restricts",
    target: "object",
    description:
      "Object-count quotas (count/<resource>) cap how many objects of a kind a namespace may hold.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/resource-quotas/",
      },
    ],
  },
  {
    source: "preemption",
    type: "considers",
    target: "pod-disruption-budget",
    description:
      "The scheduler prefers victims whose PDBs are not violated, but will preempt anyway if none exist.",
    qualifiers: {
      note: "best effort only",
      cite: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "limitrange",
    type: "restricts",
    target: "persistent-volume-claim",
    description: "Can set minimum and maximum storage requests for claims in the namespace.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/limit-range/",
      },
    ],
  },
  {
    source: "flannel",
    type: "implements-cni",
    target: "cni",
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "calico",
    type: "implements-cni",
    target: "cni",
    cites: [
      {
        source: "notes",
        locator: "L11",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "weave-net",
    type: "implements-cni",
    target: "cni",
    cites: [
      {
        source: "notes",
        locator: "L12",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "cilium",
    type: "implements-cni",
    target: "cni",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "flannel",
    type: "supports",
    target: "vxlan",
    description:
      "Flannel's recommended and default backend tunnels Pod traffic between nodes in kernel VXLAN.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Other backends: host-gw (native routing), WireGuard, UDP (debug only).",
      cite: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
    },
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "bgp",
    description:
      "Calico's BIRD daemon announces each node's Pod blocks with BGP; this routing is used with or without an overlay.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "BGP is Calico's default networking backend; VXLAN-only setups can run without it.",
      cite: "https://docs.tigera.io/calico/latest/networking/configuring/bgp",
    },
    cites: [
      {
        source: "notes",
        locator: "L11",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/bgp",
      },
    ],
  },
  {
    source: "weave-net",
    type: "supports",
    target: "vxlan",
    description:
      "Weave Net's fast datapath encapsulates Pod traffic in VXLAN via the kernel's Open vSwitch module.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Falls back to a user-space encapsulation (sleeve) when the kernel lacks the needed modules.",
      cite: "https://github.com/weaveworks/weave/blob/master/site/concepts/fastdp-how-it-works.md",
    },
    cites: [
      {
        source: "notes",
        locator: "L12",
      },
      {
        source: "web",
        locator:
          "https://github.com/weaveworks/weave/blob/master/site/concepts/fastdp-how-it-works.md",
      },
    ],
  },
  {
    source: "cilium",
    type: "depends-on",
    target: "ebpf",
    description:
      "Cilium's whole data plane (routing, Service load balancing, policy) is built from eBPF programs.",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/overview/intro/",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "vxlan",
    description:
      "Optional encapsulation for IP pools, always or only across subnets; the operator quick-start manifest sets VXLANCrossSubnet.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "Chosen per IP pool; useful where IP-in-IP is blocked (e.g. Azure).",
      cite: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
      {
        source: "web",
        locator:
          "https://github.com/projectcalico/calico/blob/master/manifests/custom-resources.yaml",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "ebpf",
    description:
      "Calico offers an optional eBPF data plane alongside its iptables and nftables ones.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      cite: "https://docs.tigera.io/calico/latest/operations/ebpf/",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/operations/ebpf/",
      },
    ],
  },
  {
    source: "flannel",
    type: "implements",
    target: "virtual-network",
    description: "Flannel provides the Pod-to-Pod connectivity the network model requires.",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "calico",
    type: "implements",
    target: "virtual-network",
    description: "Calico provides the Pod-to-Pod connectivity the network model requires.",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
      {
        source: "notes",
        locator: "L11",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "weave-net",
    type: "implements",
    target: "virtual-network",
    description: "Weave Net provides the Pod-to-Pod connectivity the network model requires.",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
      {
        source: "notes",
        locator: "L12",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "cilium",
    type: "implements",
    target: "virtual-network",
    description: "Cilium provides the Pod-to-Pod connectivity the network model requires.",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "flannel",
    type: "alternative-to",
    target: "calico",
    description: "Both provide the Pod network; a cluster runs one primary plugin.",
    cites: [
      {
        source: "notes",
        locator: "L10-L11",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "calico",
    type: "alternative-to",
    target: "cilium",
    description: "Both provide Pod networking plus NetworkPolicy enforcement.",
    cites: [
      {
        source: "notes",
        locator: "L11",
      },
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "weave-net",
    type: "alternative-to",
    target: "flannel",
    description:
      "Both are simple overlay plugins; Weave Net is archived, so Flannel is the maintained choice.",
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "notes",
        locator: "L12",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "cilium",
    type: "alternative-to",
    target: "weave-net",
    description: "Alternative Pod network plugins; Weave Net is archived.",
    cites: [
      {
        source: "notes",
        locator: "L12-L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "vxlan",
    type: "alternative-to",
    target: "ip-in-ip",
    description:
      "Two encapsulations for an overlay; Calico lets each IP pool use one or the other (VXLAN where IP-in-IP is blocked).",
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
    ],
  },
  {
    source: "ebpf",
    type: "alternative-to",
    target: "iptables",
    description:
      "As a packet-processing data plane for Services and policy, eBPF programs (Cilium, Calico eBPF) replace long iptables rule chains.",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
    ],
  },
  {
    source: "iptables",
    type: "alternative-to",
    target: "ipvs",
    description: "Alternative Linux back ends for kube-proxy's Service rules.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "calico",
    type: "enforces",
    target: "network-policy",
    description:
      "Calico enforces Kubernetes NetworkPolicy and adds its own (Global)NetworkPolicy resources.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/network-policy/",
      },
    ],
  },
  {
    source: "cilium",
    type: "enforces",
    target: "network-policy",
    description:
      "Cilium enforces NetworkPolicy and extends it with identity-based and layer-7 rules.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/overview/intro/",
      },
    ],
  },
  {
    source: "weave-net",
    type: "enforces",
    target: "network-policy",
    description: "Weave Net ships a network policy controller (weave-npc) that programs iptables.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
      {
        source: "web",
        locator: "https://github.com/weaveworks/weave/blob/master/docs/weavenpc-design.md",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "configures",
    target: "pod",
    description:
      "The network plugin creates each Pod's interface and assigns its IP address when the sandbox is created.",
    cites: [
      {
        source: "notes",
        locator: "L9",
      },
      {
        source: "notes",
        locator: "L24",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "virtual-network",
    type: "uses",
    target: "pod-cidr",
    description:
      "Pod addresses are drawn from the cluster's Pod CIDR, usually split into one block per node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "cluster-ip",
    type: "uses",
    target: "service-cidr",
    description:
      "Cluster IPs are allocated from the Service CIDR (service-cluster-ip-range / ServiceCIDR objects).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/network/extend-service-ip-ranges/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "component-of",
    target: "node",
    description: "A node component; optional when another component implements Services.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Optional: clusters using e.g. Cilium's kube-proxy replacement run without it.",
      cite: "/docs/concepts/overview/components/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "implements",
    target: "service-virtual-ip",
    description:
      "kube-proxy realises the virtual IP mechanism for Services (except ExternalName) on its node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-proxy/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "watches",
    target: "service",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "watches",
    target: "endpoint-slice",
    description: "EndpointSlices tell kube-proxy which backend addresses are ready.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "supports",
    target: "iptables",
    description: "iptables proxy mode.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Default mode on Linux.",
      cite: "/docs/reference/networking/virtual-ips/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "supports",
    target: "ipvs",
    description: "ipvs proxy mode.",
    qualifiers: {
      since: "1.11",
      until: null,
      default: false,
      note: "Alpha 1.8, GA 1.11; deprecated in v1.35, nftables recommended instead; removal planned for a later release.",
      cite: "https://kubernetes.dev/resources/keps/5495/",
    },
    lifecycle: [
      {
        status: "deprecated",
        since: "1.35",
        cite: "https://kubernetes.dev/resources/keps/5495/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "web",
        locator: "https://kubernetes.dev/resources/keps/5495/",
      },
    ],
  },
  {
    source: "cilium-kube-proxy-replacement",
    type: "alternative-to",
    target: "kube-proxy",
    description: "Cilium's eBPF Service load balancing lets a cluster run without kube-proxy.",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
    ],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "service",
    description:
      "Answers name.namespace.svc.cluster.local with the Service's cluster IP (or Pod IPs for headless Services).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "pod",
    description:
      "Serves A/AAAA records for Pods with hostname/subdomain behind a headless Service.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "watches",
    target: "service",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "web",
        locator: "https://coredns.io/plugins/kubernetes/",
      },
    ],
  },
  {
    source: "coredns",
    type: "instance-of",
    target: "addons",
    description: "CoreDNS is installed as a cluster add-on.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "service",
    type: "exposes",
    target: "pod",
    description:
      "A Service gives its selected Pods one stable address, since Pod IPs change when Pods are recreated.",
    cites: [
      {
        source: "notes",
        locator: "L24-L25",
      },
      {
        source: "notes",
        locator: "L30",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "service",
    type: "selects",
    target: "pod",
    description: "Membership is decided by the Service's label selector.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "service",
    type: "uses",
    target: "selector",
    description:
      "spec.selector is a label selector; Services without one need manually managed EndpointSlices.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "endpoint-slice",
    type: "references",
    target: "service",
    description:
      "Each slice names its Service in the kubernetes.io/service-name label (and usually an owner reference).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "endpoints",
    type: "superseded-by",
    target: "endpoint-slice",
    description: "EndpointSlice (GA v1.21) replaced Endpoints, which is deprecated since v1.33.",
    qualifiers: {
      since: "1.33",
      until: null,
      default: null,
      cite: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "ingress",
    type: "routes-to",
    target: "service",
    description: "Ingress rules send external HTTP(S) requests to Services by host and path.",
    cites: [
      {
        source: "notes",
        locator: "L33-L34",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
    ],
  },
  {
    source: "ingress",
    type: "references",
    target: "secret",
    description: "spec.tls names a Secret holding the TLS certificate and key.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
    ],
  },
  {
    source: "ingress-controller",
    type: "implements-api",
    target: "ingress",
    description: "Without a running ingress controller, Ingress objects have no effect.",
    cites: [
      {
        source: "notes",
        locator: "L33-L34",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress-controller",
    type: "watches",
    target: "ingress",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress-controller",
    type: "subclass-of",
    target: "controller",
    description:
      "An ingress controller is a control loop (plus proxy) reconciling Ingress objects.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress",
    type: "superseded-by",
    target: "gateway-api",
    description:
      "Gateway API is the successor to Ingress; Ingress is frozen but not deprecated or scheduled for removal.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "No deprecation: the Ingress API is frozen (no new features).",
      cite: "/docs/concepts/services-networking/ingress-controllers/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "network-policy",
    type: "restricts",
    target: "pod",
    description:
      "Once a policy selects a Pod, only explicitly allowed traffic reaches it or leaves it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
    ],
  },
  {
    source: "network-policy",
    type: "uses",
    target: "selector",
    description:
      "podSelector and namespaceSelector choose the Pods the policy applies to and the allowed peers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "enforces",
    target: "network-policy",
    description:
      "Enforcement is done by the network plugin, if it supports NetworkPolicy; otherwise policies have no effect.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "Not every plugin enforces policies (plain Flannel does not).",
      cite: "/docs/concepts/services-networking/network-policies/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "service",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "network-policy",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "implements-cni",
    target: "cni",
    description:
      "Network plugins follow the CNI specification so any compatible runtime can call them.",
    cites: [
      {
        source: "notes",
        locator: "L9",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "implements",
    target: "virtual-network",
    description: "The plugin builds the Pod network the Kubernetes network model describes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "flannel",
    type: "instance-of",
    target: "cni-plugin",
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "calico",
    type: "instance-of",
    target: "cni-plugin",
    cites: [
      {
        source: "notes",
        locator: "L11",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "weave-net",
    type: "instance-of",
    target: "cni-plugin",
    cites: [
      {
        source: "notes",
        locator: "L12",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "cilium",
    type: "instance-of",
    target: "cni-plugin",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "canal",
    type: "instance-of",
    target: "cni-plugin",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "runs-on",
    target: "node",
    description: "Plugin binaries and usually a per-node agent (DaemonSet) live on every node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "overlay-network",
    type: "uses",
    target: "vxlan",
    description:
      "VXLAN is the most common overlay encapsulation (Flannel default, Cilium default).",
    cites: [
      {
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/concepts/routing/",
      },
    ],
  },
  {
    source: "overlay-network",
    type: "uses",
    target: "ip-in-ip",
    description: "Calico can build its overlay with IP-in-IP.",
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "ip-in-ip",
    description: "Per-IP-pool encapsulation (Always or CrossSubnet).",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Operator default when an IP pool omits encapsulation, and enabled in the classic calico.yaml manifest; the operator quick-start custom-resources.yaml uses VXLANCrossSubnet instead.",
      cite: "https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool",
      },
    ],
  },
  {
    source: "flannel",
    type: "supports",
    target: "ip-in-ip",
    description: "Flannel has an experimental IPIP backend.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "Experimental backend.",
      cite: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
    },
    cites: [
      {
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
    ],
  },
  {
    source: "cilium",
    type: "supports",
    target: "vxlan",
    description: "Cilium's default encapsulation (tunnel) routing mode uses VXLAN.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "Geneve and native routing are the alternatives.",
      cite: "https://docs.cilium.io/en/stable/network/concepts/routing/",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/concepts/routing/",
      },
    ],
  },
  {
    source: "flannel",
    type: "supports",
    target: "overlay-network",
    description: "Flannel is primarily an overlay (VXLAN); host-gw is its non-overlay option.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      cite: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
    },
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "overlay-network",
    description:
      "Calico supports overlay and non-overlay networks; Tigera recommends no overlay where the network can route Pod IPs.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      cite: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
    ],
  },
  {
    source: "canal",
    type: "uses",
    target: "flannel",
    description: "Flannel provides the Pod connectivity.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "canal",
    type: "uses",
    target: "calico",
    description: "Calico provides NetworkPolicy enforcement.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "canal",
    type: "enforces",
    target: "network-policy",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "pod-cidr",
    type: "subclass-of",
    target: "cidr",
    description: "The Pod range is one of the CIDR blocks a cluster needs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "service-cidr",
    type: "subclass-of",
    target: "cidr",
    description: "The Service range is one of the CIDR blocks a cluster needs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/network/extend-service-ip-ranges/",
      },
    ],
  },
  {
    source: "pod-cidr",
    type: "field-of",
    target: "node",
    description: "A node's share of the Pod range is recorded in Node spec.podCIDR(s).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "node-ipam-controller",
    type: "provisions",
    target: "pod-cidr",
    description:
      "Allocates each node a block from --cluster-cidr when --allocate-node-cidrs is set.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "Enabled only with --allocate-node-cidrs; many plugins do their own IPAM.",
      cite: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "node-ipam-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "cni-plugin",
    type: "uses",
    target: "pod-cidr",
    description:
      "The plugin assigns Pod IPs from the Pod range (its own IPAM or the node's podCIDR).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool",
      },
    ],
  },
  {
    source: "kube-apiserver",
    type: "configures",
    target: "service-cidr",
    description: "--service-cluster-ip-range seeds the default ServiceCIDR named kubernetes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/network/extend-service-ip-ranges/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "cluster-ip",
    type: "subclass-of",
    target: "service",
    description: "type: ClusterIP, the default.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "node-port",
    type: "subclass-of",
    target: "service",
    description: "type: NodePort.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "load-balancer",
    type: "subclass-of",
    target: "service",
    description: "type: LoadBalancer.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "external-name",
    type: "subclass-of",
    target: "service",
    description: "type: ExternalName.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "headless-service",
    type: "subclass-of",
    target: "service",
    description: "A Service with clusterIP: None.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "node-port",
    type: "depends-on",
    target: "cluster-ip",
    description:
      "A NodePort Service also gets a cluster IP, as if type ClusterIP had been requested.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "load-balancer",
    type: "depends-on",
    target: "node-port",
    description:
      "By default the external balancer forwards to node ports Kubernetes allocates first.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "spec.allocateLoadBalancerNodePorts: false (stable 1.24) skips node ports for balancers that route straight to Pods.",
      cite: "/docs/concepts/services-networking/service/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "node-port",
    type: "exposes",
    target: "pod",
    description: "Exposes the backends on the same port of every node's IP.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "load-balancer",
    type: "exposes",
    target: "pod",
    description: "Exposes the backends on an external load-balancer address.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "cluster-ip",
    type: "uses",
    target: "service-virtual-ip",
    description:
      "The cluster IP is a virtual address answered by the node proxies, not by any host.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "external-name",
    type: "alternative-to",
    target: "headless-service",
    description:
      "For pointing a name at endpoints outside the normal ClusterIP path: a CNAME (ExternalName) versus A/AAAA records for endpoints (headless, optionally without selector).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "external-name",
    description:
      "Returns a CNAME to spec.externalName; cluster DNS is the only way ExternalName works.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "headless-service",
    description: "Returns A/AAAA records for the ready Pods instead of a cluster IP.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "service-controller",
    type: "part-of",
    target: "cloud-controller-manager",
    description: "One of the controllers inside the cloud-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    source: "service-controller",
    type: "provisions",
    target: "load-balancer",
    description:
      "Creates and configures the cloud load balancer for each LoadBalancer Service and writes its address to status.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "service-controller",
    type: "watches",
    target: "service",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    source: "metallb",
    type: "implements",
    target: "load-balancer",
    description: "Provides LoadBalancer Services on bare metal, where no cloud provider exists.",
    cites: [
      {
        source: "web",
        locator: "https://metallb.io/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "metallb",
    type: "alternative-to",
    target: "service-controller",
    description: "Bare-metal versus cloud way of satisfying type: LoadBalancer.",
    cites: [
      {
        source: "web",
        locator: "https://metallb.io/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "metallb",
    type: "supports",
    target: "bgp",
    description: "BGP mode announces Service IPs to routers.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "Layer-2 (ARP/NDP) mode is the other option.",
      cite: "https://metallb.io/concepts/",
    },
    cites: [
      {
        source: "web",
        locator: "https://metallb.io/concepts/",
      },
    ],
  },
  {
    source: "aws-load-balancer-controller",
    type: "implements",
    target: "load-balancer",
    description: "Provisions Network Load Balancers for LoadBalancer Services.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/",
      },
    ],
  },
  {
    source: "service-virtual-ip",
    type: "routes-to",
    target: "pod",
    description:
      "Traffic to the virtual IP is DNATed to one ready backend endpoint (usually a Pod) taken from the Service's EndpointSlices.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "supports",
    target: "nftables",
    description: "nftables proxy mode.",
    qualifiers: {
      since: "1.33",
      until: null,
      default: false,
      note: "Alpha 1.29, beta 1.31, GA 1.33; recommended replacement for ipvs mode; iptables is still the Linux default.",
      cite: "https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml",
    },
    lifecycle: [
      {
        status: "alpha",
        since: "1.29",
        cite: "https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml",
      },
      {
        status: "beta",
        since: "1.31",
        cite: "https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml",
      },
      {
        status: "stable",
        since: "1.33",
        cite: "https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "web",
        locator:
          "https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml",
      },
    ],
  },
  {
    source: "ipvs",
    type: "superseded-by",
    target: "nftables",
    description:
      "As a kube-proxy back end, the ipvs mode is deprecated in favour of the nftables mode (IPVS itself stays in the kernel).",
    qualifiers: {
      since: "1.35",
      until: null,
      default: null,
      cite: "https://kubernetes.dev/resources/keps/5495/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.dev/resources/keps/5495/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "nftables",
    type: "alternative-to",
    target: "iptables",
    description:
      "Both are kube-proxy modes on Linux; nftables is the newer netfilter API and scales better.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "runs-on",
    target: "node",
    description: "Typically deployed as a DaemonSet so one instance runs on every node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "kube-proxy",
    type: "talks-to",
    target: "kube-apiserver",
    description: "Reads Services and EndpointSlices through the API server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    source: "cilium",
    type: "supports",
    target: "cilium-kube-proxy-replacement",
    description: "Optional mode of the Cilium agent.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      cite: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
    ],
  },
  {
    source: "cilium-kube-proxy-replacement",
    type: "implements",
    target: "service-virtual-ip",
    description: "Implements cluster IPs, node ports and load-balancer addresses in eBPF.",
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
    ],
  },
  {
    source: "cilium-kube-proxy-replacement",
    type: "depends-on",
    target: "ebpf",
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
    ],
  },
  {
    source: "cilium-kube-proxy-replacement",
    type: "watches",
    target: "endpoint-slice",
    description: "Service proxies read backends from EndpointSlices.",
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    source: "calico",
    type: "supports",
    target: "nftables",
    description: "Calico can program its policy rules with nftables.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/reference/felix/configuration",
      },
    ],
  },
  {
    source: "endpoint-slice-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    source: "endpoint-slice-controller",
    type: "reconciles",
    target: "endpoint-slice",
    description: "Creates, updates and deletes slices for every Service with a selector.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
    ],
  },
  {
    source: "endpoint-slice-controller",
    type: "watches",
    target: "service",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
    ],
  },
  {
    source: "endpoint-slice-controller",
    type: "watches",
    target: "pod",
    description: "Pod readiness and addresses become endpoint entries.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
    ],
  },
  {
    source: "endpoints-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    source: "endpoints-controller",
    type: "reconciles",
    target: "endpoints",
    description: "Writes the legacy Endpoints object for each Service with a selector.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    source: "endpoints-controller",
    type: "superseded-by",
    target: "endpoint-slice-controller",
    description:
      "Modern consumers use EndpointSlices; KEP-4974 plans to stop requiring the Endpoints controller.",
    qualifiers: {
      since: "1.33",
      until: null,
      default: null,
      cite: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    source: "endpoint-slice",
    type: "references",
    target: "pod",
    description:
      "Endpoint entries usually point at Pods (targetRef), with readiness and topology data.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/endpoint-slices/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "endpoints",
    type: "references",
    target: "service",
    description: "An Endpoints object has the same name as its Service.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "implements",
    target: "service-dns",
    description: "CoreDNS serves the records defined by the Kubernetes DNS specification.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
      {
        source: "web",
        locator: "https://coredns.io/plugins/kubernetes/",
      },
    ],
  },
  {
    source: "service-dns",
    type: "resolves",
    target: "service",
    description:
      "my-svc.my-namespace.svc.cluster-domain resolves to the cluster IP (or Pod IPs if headless).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "service-dns",
    type: "resolves",
    target: "pod",
    description:
      "Pods with hostname and subdomain under a headless Service get their own A/AAAA records.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "watches",
    target: "endpoint-slice",
    description: "Needed for headless Service and Pod records.",
    cites: [
      {
        source: "web",
        locator: "https://coredns.io/plugins/kubernetes/",
      },
    ],
  },
  {
    source: "dns-policy",
    type: "field-of",
    target: "pod",
    description: "spec.dnsPolicy, default ClusterFirst.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "dns-policy",
    type: "configures",
    target: "service-dns",
    description:
      "Decides whether the Pod's resolver uses cluster DNS (ClusterFirst) or the node's resolver (Default).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "configures",
    target: "service-dns",
    description:
      "The kubelet writes each container's resolv.conf with the cluster DNS Service IP (--cluster-dns) and search domains.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/dns-custom-nameservers/",
      },
    ],
  },
  {
    source: "kube-dns",
    type: "superseded-by",
    target: "coredns",
    description:
      "CoreDNS is the recommended cluster DNS since v1.12; kubeadm removed kube-dns support in v1.21.",
    qualifiers: {
      since: "1.12",
      until: null,
      default: null,
      cite: "/docs/tasks/administer-cluster/dns-custom-nameservers/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/dns-custom-nameservers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2018/07/10/coredns-ga-for-kubernetes-cluster-dns/",
      },
    ],
  },
  {
    source: "kube-dns",
    type: "implements",
    target: "service-dns",
    description: "Served the same Kubernetes DNS records before CoreDNS.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
    ],
  },
  {
    source: "kube-dns",
    type: "instance-of",
    target: "addons",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
    ],
  },
  {
    source: "ingress-class",
    type: "references",
    target: "ingress-controller",
    description: "spec.controller names the controller that implements the class.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress",
    type: "references",
    target: "ingress-class",
    description: "spec.ingressClassName picks the class (replacing the deprecated annotation).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
    ],
  },
  {
    source: "ingress-controller",
    type: "watches",
    target: "ingress-class",
    description: "Each controller handles only Ingresses of the classes it owns.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress-controller",
    type: "routes-to",
    target: "service",
    description:
      "The controller's proxy forwards requests to the backend Services (often straight to their endpoints).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    source: "ingress-nginx",
    type: "instance-of",
    target: "ingress-controller",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes/ingress-nginx",
      },
    ],
  },
  {
    source: "ingress-nginx",
    type: "implements-api",
    target: "ingress",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
    ],
  },
  {
    source: "ingress-nginx",
    type: "superseded-by",
    target: "gateway-api",
    description:
      "The retirement announcement recommends migrating to Gateway API (or another ingress controller).",
    qualifiers: {
      since: "2026-03",
      until: null,
      default: null,
      cite: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
    ],
  },
  {
    source: "traefik",
    type: "instance-of",
    target: "ingress-controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://doc.traefik.io/traefik/providers/kubernetes-ingress/",
      },
    ],
  },
  {
    source: "traefik",
    type: "implements-api",
    target: "ingress",
    cites: [
      {
        source: "web",
        locator: "https://doc.traefik.io/traefik/providers/kubernetes-ingress/",
      },
    ],
  },
  {
    source: "traefik",
    type: "instance-of",
    target: "gateway-controller",
    cites: [
      {
        source: "web",
        locator: "https://doc.traefik.io/traefik/providers/kubernetes-gateway/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "traefik",
    type: "alternative-to",
    target: "ingress-nginx",
    description: "Another ingress controller to migrate to.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
    ],
  },
  {
    source: "contour",
    type: "instance-of",
    target: "ingress-controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://projectcontour.io/docs/main/",
      },
    ],
  },
  {
    source: "contour",
    type: "implements-api",
    target: "ingress",
    cites: [
      {
        source: "web",
        locator: "https://projectcontour.io/docs/main/",
      },
    ],
  },
  {
    source: "contour",
    type: "instance-of",
    target: "gateway-controller",
    cites: [
      {
        source: "web",
        locator: "https://projectcontour.io/docs/main/guides/gateway-api/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "aws-load-balancer-controller",
    type: "instance-of",
    target: "ingress-controller",
    description: "One of the two ingress controllers the Kubernetes project supports (with GCE).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/",
      },
    ],
  },
  {
    source: "aws-load-balancer-controller",
    type: "implements-api",
    target: "ingress",
    description: "Realises Ingresses as AWS Application Load Balancers.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/",
      },
    ],
  },
  {
    source: "cilium",
    type: "implements-api",
    target: "ingress",
    description: "Optional Cilium Ingress Controller.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      cite: "https://docs.cilium.io/en/stable/network/servicemesh/ingress/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/servicemesh/ingress/",
      },
    ],
  },
  {
    source: "cilium",
    type: "implements-api",
    target: "gateway",
    description: "Optional Gateway API support.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      cite: "https://docs.cilium.io/en/stable/network/servicemesh/gateway-api/gateway-api/",
    },
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/servicemesh/gateway-api/gateway-api/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "gateway",
    type: "part-of",
    target: "gateway-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway-class",
    type: "part-of",
    target: "gateway-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "http-route",
    type: "part-of",
    target: "gateway-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "grpc-route",
    type: "part-of",
    target: "gateway-api",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "tls-route",
    type: "part-of",
    target: "gateway-api",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2026/04/21/gateway-api-v1-5/",
      },
    ],
  },
  {
    source: "gateway-api",
    type: "extends",
    target: "kubernetes-api",
    description: "Defined as CustomResourceDefinitions you install, not built into the API server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    source: "gateway-api",
    type: "uses",
    target: "custom-resource-definition",
    description: "Its kinds are installed as CRDs (standard or experimental channel bundles).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway",
    type: "references",
    target: "gateway-class",
    description: "spec.gatewayClassName; each Gateway belongs to exactly one class.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway-class",
    type: "references",
    target: "gateway-controller",
    description:
      "spec.controllerName names the implementation that manages Gateways of this class.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "http-route",
    type: "references",
    target: "gateway",
    description: "parentRefs attach the route to Gateway listeners (which must allow it).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "grpc-route",
    type: "references",
    target: "gateway",
    description: "parentRefs attach the route to Gateway listeners.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "tls-route",
    type: "references",
    target: "gateway",
    description: "parentRefs attach the route to TLS listeners.",
    cites: [
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/api-types/tlsroute/",
      },
    ],
  },
  {
    source: "http-route",
    type: "routes-to",
    target: "service",
    description: "backendRefs send matching requests to Services (weights allow splitting).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "grpc-route",
    type: "routes-to",
    target: "service",
    description: "backendRefs send matching gRPC calls to Services.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "tls-route",
    type: "routes-to",
    target: "service",
    description: "Forwards TLS streams, selected by SNI, to Services.",
    cites: [
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/api-types/tlsroute/",
      },
    ],
  },
  {
    source: "gateway-controller",
    type: "reconciles",
    target: "gateway",
    description: "Provisions the proxy or load balancer and assigns the Gateway's address.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway-controller",
    type: "watches",
    target: "http-route",
    description: "Route changes become proxy or load-balancer configuration.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway-controller",
    type: "watches",
    target: "gateway-class",
    description: "It manages only classes whose controllerName it owns.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "gateway-controller",
    type: "implements-api",
    target: "gateway-api",
    description: "Gateway API objects do nothing until an implementation is installed.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "gateway-controller",
    type: "alternative-to",
    target: "ingress-controller",
    description: "The Gateway API counterpart of an ingress controller; many products are both.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
    ],
  },
  {
    source: "envoy-gateway",
    type: "instance-of",
    target: "gateway-controller",
    cites: [
      {
        source: "web",
        locator: "https://gateway.envoyproxy.io/docs/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "envoy-gateway",
    type: "implements-api",
    target: "gateway",
    cites: [
      {
        source: "web",
        locator: "https://gateway.envoyproxy.io/docs/",
      },
    ],
  },
  {
    source: "envoy-gateway",
    type: "implements-api",
    target: "http-route",
    cites: [
      {
        source: "web",
        locator: "https://gateway.envoyproxy.io/docs/",
      },
    ],
  },
  {
    source: "envoy-gateway",
    type: "alternative-to",
    target: "ingress-nginx",
    description: "A Gateway API implementation commonly chosen when leaving ingress-nginx.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
      {
        source: "web",
        locator: "https://gateway.envoyproxy.io/docs/",
      },
    ],
  },
  {
    source: "cilium",
    type: "instance-of",
    target: "gateway-controller",
    description: "When its Gateway API support is enabled.",
    cites: [
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/servicemesh/gateway-api/gateway-api/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/implementations/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "uses",
    target: "cni",
    description:
      "The runtime loads the configured CNI plugins and calls them when it sets up a Pod sandbox's network; since v1.24 the runtime, not the kubelet, owns CNI plugin handling.",
    qualifiers: {
      since: "1.24",
      until: null,
      default: null,
      note: "before v1.24 the kubelet could manage CNI plugins via its network-plugin flags (removed with dockershim)",
      cite: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "component-of",
    target: "node",
    description: "The kubelet is one of the node components that run on every node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "reports-to",
    target: "kube-apiserver",
    description:
      "Posts the Node's status (conditions, capacity, info) and Pod status to the API server, and renews its Lease there as a heartbeat.",
    cites: [
      {
        source: "notes",
        locator: "L4",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "watches",
    target: "pod",
    description:
      "Watches the API server for Pods bound to its node and acts on additions, changes and deletions.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kubelet/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "talks-to",
    target: "container-runtime",
    description:
      "Acts as the gRPC client of the runtime's CRI runtime and image services to create sandboxes, pull images and start and stop containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "depends-on",
    target: "cri",
    description:
      "The kubelet only drives runtimes through CRI; if it cannot negotiate a CRI version it does not register the node.",
    qualifiers: {
      since: "1.26",
      until: null,
      default: null,
      note: "v1.26 and later accept only the v1 CRI API; v1alpha2 was removed",
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "runs",
    target: "pod",
    description:
      "Runs the containers of the Pods bound to its node through the container runtime and keeps them running and healthy.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kubelet/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "static-pod",
    description:
      "Static Pods are created, restarted and deleted by the kubelet itself from manifest files (staticPodPath) or a URL, without the API server or controllers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "mounts",
    target: "volume",
    description: "Attaches and mounts the volumes a Pod declares before starting its containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "runs",
    target: "probe",
    description:
      "Periodically performs each container's liveness, readiness and startup probes and acts on the results.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "supports",
    target: "csi",
    description: "Mounts CSI-backed volumes by calling the CSI node plugin on its node.",
    qualifiers: {
      since: "1.13",
      until: null,
      default: null,
      note: "CSI volume support reached GA in v1.13",
      cite: "https://kubernetes.io/blog/2019/01/15/container-storage-interface-ga/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/#csi",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2019/01/15/container-storage-interface-ga/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "component-of",
    target: "node",
    description:
      "The container runtime is one of the node components, installed on every node so Pods can run there.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "implements-cri",
    target: "cri",
    description: "Kubernetes requires every node runtime to conform to the CRI.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "runs",
    target: "container",
    description: "Creates, starts, stops and removes containers on the node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "stores",
    target: "image",
    description:
      "Pulls images from registries and keeps them in the node's local image store, unpacked for containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
      {
        source: "web",
        locator: "https://containerd.io/docs/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "depends-on",
    target: "cgroup",
    description:
      "On Linux, the runtime (like the kubelet) enforces CPU and memory requests and limits through cgroups.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "Linux nodes; Windows nodes use other isolation mechanisms",
      cite: "/docs/concepts/architecture/cgroups/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "containerd",
    type: "implements-cri",
    target: "cri",
    description: "containerd serves CRI natively through its built-in CRI plugin, with no adapter.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://containerd.io/docs/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "implements-cri",
    target: "cri",
    description: "CRI-O was built as an implementation of the Kubernetes CRI.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://cri-o.io/",
      },
    ],
  },
  {
    source: "containerd",
    type: "instance-of",
    target: "container-runtime",
    description: "containerd is one of the container runtimes Kubernetes documents for nodes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "instance-of",
    target: "container-runtime",
    description: "CRI-O is one of the container runtimes Kubernetes documents for nodes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "containerd",
    type: "alternative-to",
    target: "cri-o",
    description: "Both are CRI runtimes that can fill the node runtime role.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "docker",
    type: "depends-on",
    target: "containerd",
    description: "Docker Engine runs its containers through containerd.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2020/12/02/dont-panic-kubernetes-and-docker/",
      },
      {
        source: "web",
        locator: "https://docs.docker.com/engine/",
      },
    ],
  },
  {
    source: "kubectl",
    type: "talks-to",
    target: "kube-apiserver",
    description:
      "Every kubectl command is a request to the API server, authenticated with kubeconfig credentials.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/kubectl/",
      },
      {
        source: "notes",
        locator: "L4",
      },
    ],
  },
  {
    source: "kubeconfig",
    type: "configures",
    target: "kubectl",
    description: "kubectl reads clusters, users and the current context from kubeconfig.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "creates",
    target: "cluster",
    description: "kubeadm init bootstraps a control plane and kubeadm join adds nodes to it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "creates",
    target: "static-pod",
    description:
      "kubeadm init writes static Pod manifests for kube-apiserver, kube-controller-manager, kube-scheduler and (local) etcd, which the kubelet then runs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    source: "minikube",
    type: "creates",
    target: "cluster",
    description: "Creates a local single- or multi-node cluster for experiments.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/hello-minikube/",
      },
      {
        source: "web",
        locator: "https://minikube.sigs.k8s.io/docs/",
      },
    ],
  },
  {
    source: "helm",
    type: "manages",
    target: "helm-chart",
    description: "Installs, upgrades, rolls back and uninstalls charts as named releases.",
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/",
      },
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/charts/",
      },
    ],
  },
  {
    source: "helm",
    type: "talks-to",
    target: "kube-apiserver",
    description:
      "Sends the rendered objects to the API server using kubeconfig credentials; there is no in-cluster Tiller since Helm 3.",
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/",
      },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "instance-of",
    target: "addons",
    description: "The Dashboard is listed among the visualization and control add-ons.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
      },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "talks-to",
    target: "kube-apiserver",
    description:
      "The Dashboard's backend sends the user's requests (list, create, edit, scale, delete) to the API server with the user's bearer token; the API server applies RBAC.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-retired/dashboard",
      },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "supports",
    target: "jwt",
    description:
      "Login uses a bearer token, typically a ServiceAccount token (a JWT); the notes' own token was deliberately not stored.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "bearer-token login is the method the Dashboard documentation describes",
      cite: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
      },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "depends-on",
    target: "service-account",
    description:
      "A user needs a ServiceAccount (for example the documented sample admin user) whose token is used to log in; its RBAC rights bound what the Dashboard shows.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
      },
    ],
  },
  {
    source: "kubectl",
    type: "exposes",
    target: "kubernetes-dashboard",
    description:
      "kubectl proxy serves the API server on localhost:8001, and the notes' URL reaches the Dashboard Service through the API server's service proxy.",
    cites: [
      {
        source: "notes",
        locator: "L43",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
      },
    ],
  },
  {
    source: "dockershim",
    type: "part-of",
    target: "kubelet",
    description: "dockershim was code inside the kubelet, not a separate program.",
    qualifiers: {
      since: null,
      until: "1.24",
      default: null,
      note: "removed from the kubelet in v1.24",
      cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2022/02/17/dockershim-faq/",
      },
      {
        source: "web",
        locator:
          "https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2221-remove-dockershim",
      },
    ],
  },
  {
    source: "dockershim",
    type: "talks-to",
    target: "docker",
    description: "Translated the kubelet's CRI calls into Docker Engine API calls.",
    qualifiers: {
      since: null,
      until: "1.24",
      default: null,
      note: null,
      cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
    ],
  },
  {
    source: "dockershim",
    type: "implements-cri",
    target: "cri",
    description: "Let the kubelet treat Docker Engine as if it were a CRI runtime.",
    qualifiers: {
      since: null,
      until: "1.24",
      default: null,
      note: null,
      cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
    },
    lifecycle: [
      {
        status: "deprecated",
        since: "1.20",
        cite: "https://kubernetes.io/blog/2022/02/17/dockershim-faq/",
      },
      {
        status: "removed",
        since: "1.24",
        cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
    ],
  },
  {
    source: "dockershim",
    type: "superseded-by",
    target: "cri-dockerd",
    description:
      "The external cri-dockerd adapter took over dockershim's job for nodes that keep Docker Engine.",
    qualifiers: {
      since: "1.24",
      until: null,
      default: null,
      note: "the other path is switching the node to containerd or CRI-O",
      cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
      },
    ],
  },
  {
    source: "cri-dockerd",
    type: "implements-cri",
    target: "cri",
    description: "Serves the CRI on its own socket (/run/cri-dockerd.sock) for the kubelet.",
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://mirantis.github.io/cri-dockerd/",
      },
    ],
  },
  {
    source: "cri-dockerd",
    type: "talks-to",
    target: "docker",
    description: "Turns CRI requests into Docker Engine API calls.",
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
      },
      {
        source: "web",
        locator: "https://github.com/Mirantis/cri-dockerd",
      },
    ],
  },
  {
    source: "cri-dockerd",
    type: "instance-of",
    target: "container-runtime",
    description:
      "With Docker Engine behind it, cri-dockerd is the CRI endpoint the kubelet uses as its node runtime.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "docker",
    type: "instance-of",
    target: "container-runtime",
    description:
      "Docker Engine is still a usable node runtime, but only behind an adapter (dockershim until v1.23, cri-dockerd since).",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "since v1.24 only through cri-dockerd",
      cite: "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
      },
    ],
  },
  {
    source: "docker",
    type: "supports",
    target: "oci-image-spec",
    description: "Images built with docker build are standard images that any CRI runtime can run.",
    cites: [
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/image-spec",
      },
    ],
  },
  {
    source: "kubelet",
    type: "creates",
    target: "mirror-pod",
    description: "For each static Pod it runs, the kubelet creates a mirror Pod in the API server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "node-status",
    description: "The kubelet creates and updates its Node's .status (conditions, capacity, info).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "lease",
    description:
      "The kubelet creates and renews its node's Lease in kube-node-lease every 10 seconds by default as a heartbeat.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "supports",
    target: "cgroup-v2",
    description: "The kubelet detects cgroup v2 and uses it without extra configuration.",
    qualifiers: {
      since: "1.25",
      until: null,
      default: null,
      note: null,
      cite: "/docs/concepts/architecture/cgroups/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "supports",
    target: "cgroup-v1",
    description: "The kubelet still runs on cgroup v1 only if failCgroupV1 is set to false.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "deprecated since v1.35; the kubelet refuses to start on cgroup v1 by default",
      cite: "/docs/concepts/architecture/cgroups/",
    },
    lifecycle: [
      {
        status: "deprecated",
        since: "1.35",
        cite: "/docs/concepts/architecture/cgroups/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "supports",
    target: "cgroupfs-cgroup-driver",
    description: "cgroupfs is the kubelet's built-in default driver.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "kubelet default, not recommended with systemd or cgroup v2",
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "supports",
    target: "systemd-cgroup-driver",
    description:
      "Selected with cgroupDriver: systemd; recommended on systemd hosts and required for cgroup v2.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "kubeadm sets it when unset since v1.22",
      cite: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "runs",
    target: "pod-sandbox",
    description:
      "Asks the runtime to create each Pod's sandbox (CRI RunPodSandbox) before starting its containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "references",
    target: "runtime-class",
    description:
      "Resolves a Pod's runtimeClassName to the RuntimeClass handler it passes to the runtime.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    source: "kubelet",
    type: "references",
    target: "image-pull-policy",
    description:
      "Follows each container's imagePullPolicy when deciding whether to pull its image.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "cadvisor",
    type: "part-of",
    target: "kubelet",
    description: "cAdvisor is built into the kubelet and supplies its container metrics.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "cadvisor",
    type: "depends-on",
    target: "cgroup",
    description: "Reads container resource usage from cgroups on Linux.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "runtimes with other isolation must report CRI container stats instead",
      cite: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "kubelet-configuration",
    type: "configures",
    target: "kubelet",
    description:
      "Passed with --config; sets cgroupDriver, staticPodPath, clusterDNS, failCgroupV1 and most other kubelet options.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubelet-config-file/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubelet-configuration",
    type: "configures",
    target: "cgroup-driver",
    description:
      "Its cgroupDriver field picks the kubelet's driver (ignored when the kubelet reads the driver from the runtime).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubeconfig",
    type: "configures",
    target: "kubelet",
    description:
      "The kubelet reads a kubeconfig (--kubeconfig) with the API server address and its credentials.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kubelet/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "talks-to",
    target: "container-registry",
    description:
      "Pulls images from registries, with credentials from imagePullSecrets or the node when needed.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "creates",
    target: "pod-sandbox",
    description:
      "Sets up a Pod's sandbox (namespaces, network through CNI, pause container) on the kubelet's request.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "talks-to",
    target: "cni-plugin",
    description:
      "Calls the configured CNI plugin binaries to add or remove a Pod sandbox's network.",
    qualifiers: {
      since: "1.24",
      until: null,
      default: null,
      note: null,
      cite: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "supports",
    target: "systemd-cgroup-driver",
    description: "Runtimes can be set to the systemd driver and must match the kubelet.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "supports",
    target: "cgroupfs-cgroup-driver",
    description: "Runtimes can be set to cgroupfs and must match the kubelet.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "containerd",
    type: "supports",
    target: "runc",
    description:
      "runc is containerd's usual low-level runtime handler; SystemdCgroup is set in its runc options.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: null,
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://containerd.io/docs/",
      },
    ],
  },
  {
    source: "containerd",
    type: "supports",
    target: "systemd-cgroup-driver",
    description: "Enabled with SystemdCgroup = true under the runc runtime options.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "recommended with cgroup v2",
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "containerd",
    type: "supports",
    target: "cgroup-v2",
    description: "containerd supports cgroup v2 from v1.4.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "containerd",
    type: "supports",
    target: "oci-image-spec",
    description: "Pulls, stores and unpacks OCI images.",
    cites: [
      {
        source: "web",
        locator: "https://containerd.io/docs/",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/image-spec",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "crun",
    description: "Recent CRI-O packages set crun as the default OCI runtime.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: null,
      cite: "https://github.com/cri-o/cri-o/pull/8549",
    },
    cites: [
      {
        source: "web",
        locator: "https://github.com/cri-o/cri-o/pull/8549",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "runc",
    description: "runc remains available as a CRI-O runtime handler (it was the earlier default).",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: null,
      cite: "https://github.com/cri-o/cri-o/pull/8549",
    },
    cites: [
      {
        source: "web",
        locator: "https://github.com/cri-o/cri-o/pull/8549",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "systemd-cgroup-driver",
    description: "CRI-O uses the systemd cgroup driver by default.",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: null,
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "cgroupfs-cgroup-driver",
    description: 'Switched with cgroup_manager = "cgroupfs" (and conmon_cgroup = "pod").',
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: null,
      cite: "/docs/setup/production-environment/container-runtimes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "cgroup-v2",
    description: "CRI-O supports cgroup v2 from v1.20.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "oci-image-spec",
    description: "Fetches OCI container images from remote registries.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/glossary/?all=true#term-cri-o",
      },
      {
        source: "web",
        locator: "https://cri-o.io/",
      },
    ],
  },
  {
    source: "cri-o",
    type: "supports",
    target: "oci-runtime-spec",
    description: "Lets Kubernetes use any runtime that follows the OCI runtime specification.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/glossary/?all=true#term-cri-o",
      },
    ],
  },
  {
    source: "runc",
    type: "implements",
    target: "oci-runtime-spec",
    description: "runc is the reference implementation of the OCI runtime specification.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/runc",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/runtime-spec",
      },
    ],
  },
  {
    source: "runc",
    type: "runs",
    target: "container",
    description: "Creates and starts the container process from an OCI bundle.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/runc",
      },
    ],
  },
  {
    source: "runc",
    type: "depends-on",
    target: "cgroup",
    description: "Applies the container's resource limits through Linux cgroups.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/runc",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "runc",
    type: "alternative-to",
    target: "crun",
    description: "Both are OCI low-level runtimes a high-level runtime can choose between.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/containers/crun",
      },
      {
        source: "web",
        locator: "https://github.com/cri-o/cri-o/pull/8549",
      },
    ],
  },
  {
    source: "crun",
    type: "implements",
    target: "oci-runtime-spec",
    description: "crun implements the OCI runtime specification in C.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/containers/crun",
      },
    ],
  },
  {
    source: "crun",
    type: "runs",
    target: "container",
    description: "Creates and starts the container process from an OCI bundle.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/containers/crun",
      },
    ],
  },
  {
    source: "oci-image-spec",
    type: "references",
    target: "oci-runtime-spec",
    description:
      "The image spec describes how an image's layers and config become an OCI runtime bundle.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/image-spec",
      },
    ],
  },
  {
    source: "container-registry",
    type: "stores",
    target: "image",
    description: "Registries hold images by repository, tag and digest.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "container-registry",
    type: "stores",
    target: "helm-chart",
    description: "OCI registries can hold Helm charts (helm push / helm install oci://…).",
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/registries/",
      },
    ],
  },
  {
    source: "container-registry",
    type: "supports",
    target: "oci-image-spec",
    description: "Registries serve images in the OCI image format over the OCI distribution API.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/distribution-spec",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/image-spec",
      },
    ],
  },
  {
    source: "image-pull-policy",
    type: "field-of",
    target: "container",
    description: "imagePullPolicy is set per container in the Pod spec.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "image-pull-policy",
    type: "references",
    target: "image",
    description:
      "Decides when the container's image is pulled again: IfNotPresent, Always or Never.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "omitted: Always for :latest or no tag, otherwise IfNotPresent",
      cite: "/docs/concepts/containers/images/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "crictl",
    type: "talks-to",
    target: "container-runtime",
    description: "Connects to the runtime's CRI endpoint (flag, env var or /etc/crictl.yaml).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
    ],
  },
  {
    source: "crictl",
    type: "depends-on",
    target: "cri",
    description: "Works with any CRI-compatible runtime and nothing else.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
    ],
  },
  {
    source: "crictl",
    type: "creates",
    target: "pod-sandbox",
    description: "crictl runp starts a sandbox for debugging; the kubelet later removes it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
    ],
  },
  {
    source: "crictl",
    type: "alternative-to",
    target: "docker",
    description:
      "On nodes without Docker Engine, crictl covers most docker CLI debugging commands.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/tools/map-crictl-dockercli/",
      },
    ],
  },
  {
    source: "runtime-class",
    type: "configures",
    target: "container-runtime",
    description: "Names the runtime handler (runtime configuration) used for the Pod's containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    source: "runtime-class",
    type: "selects",
    target: "node",
    description:
      "Its scheduling.nodeSelector (merged into the Pod's) keeps Pods on nodes that have the handler.",
    qualifiers: {
      since: "1.16",
      until: null,
      default: false,
      note: "only when scheduling is set; otherwise all nodes are assumed to support it",
      cite: "/docs/concepts/containers/runtime-class/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    source: "pod",
    type: "references",
    target: "runtime-class",
    description:
      "A Pod selects a RuntimeClass with spec.runtimeClassName; without it the default handler is used.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    source: "cgroup-v2",
    type: "subclass-of",
    target: "cgroup",
    description: "cgroup v2 is the second generation of the Linux cgroup API.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "cgroup-v1",
    type: "subclass-of",
    target: "cgroup",
    description: "cgroup v1 is the first generation of the Linux cgroup API.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "cgroup-v1",
    type: "superseded-by",
    target: "cgroup-v2",
    description: "Kubernetes deprecated cgroup v1 in favour of cgroup v2.",
    qualifiers: {
      since: "1.35",
      until: null,
      default: null,
      note: null,
      cite: "/docs/concepts/architecture/cgroups/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "cgroup-v2",
    type: "depends-on",
    target: "systemd-cgroup-driver",
    description:
      "The Kubernetes requirements for cgroup v2 include the systemd driver on both the kubelet and the runtime.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    source: "cgroup-driver",
    type: "manages",
    target: "cgroup",
    description: "The driver is how the kubelet and runtime create and configure cgroups.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "systemd-cgroup-driver",
    type: "subclass-of",
    target: "cgroup-driver",
    description: "One of the two cgroup drivers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "cgroupfs-cgroup-driver",
    type: "subclass-of",
    target: "cgroup-driver",
    description: "One of the two cgroup drivers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "systemd-cgroup-driver",
    type: "alternative-to",
    target: "cgroupfs-cgroup-driver",
    description: "Either driver can be used, but the kubelet and the runtime must agree.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "configures",
    target: "kubelet",
    description:
      "kubeadm writes the kubelet's configuration, defaulting cgroupDriver to systemd (since v1.22) when unset.",
    qualifiers: {
      since: "1.22",
      until: null,
      default: null,
      note: "systemd cgroup driver default",
      cite: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "creates",
    target: "kubeconfig",
    description:
      "kubeadm init writes kubeconfig files (admin.conf, kubelet.conf and ones for the controller manager and scheduler).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "depends-on",
    target: "container-runtime",
    description: "Every machine must already have a CRI runtime before kubeadm init or join.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    source: "kubeadm",
    type: "supports",
    target: "coredns",
    description:
      "kubeadm installs CoreDNS as the cluster DNS add-on; since v1.21 it is the only DNS application kubeadm supports.",
    qualifiers: {
      since: "1.21",
      until: null,
      default: true,
      note: "default since v1.11; kube-dns support removed in v1.21",
      cite: "/docs/tasks/administer-cluster/coredns/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
    ],
  },
  {
    source: "kind",
    type: "creates",
    target: "cluster",
    description: "kind create cluster starts a local cluster whose nodes are containers.",
    cites: [
      {
        source: "web",
        locator: "https://kind.sigs.k8s.io/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/kind",
      },
    ],
  },
  {
    source: "kind",
    type: "depends-on",
    target: "kubeadm",
    description: "kind bootstraps each node with kubeadm.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/kind",
      },
    ],
  },
  {
    source: "kind",
    type: "runs-on",
    target: "docker",
    description: "Node containers run on Docker (Podman and nerdctl also work).",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "Podman or nerdctl can replace Docker",
      cite: "https://github.com/kubernetes-sigs/kind",
    },
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/kind",
      },
    ],
  },
  {
    source: "kind",
    type: "alternative-to",
    target: "minikube",
    description: "Both create local clusters for learning, development and CI.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/tools/",
      },
    ],
  },
  {
    source: "minikube",
    type: "supports",
    target: "containerd",
    description: "Selected with minikube start --container-runtime=containerd.",
    cites: [
      {
        source: "web",
        locator: "https://minikube.sigs.k8s.io/docs/",
      },
    ],
  },
  {
    source: "minikube",
    type: "supports",
    target: "cri-o",
    description: "Selected with minikube start --container-runtime=cri-o.",
    cites: [
      {
        source: "web",
        locator: "https://minikube.sigs.k8s.io/docs/",
      },
    ],
  },
  {
    source: "minikube",
    type: "supports",
    target: "docker",
    description:
      "Docker can be used as the node runtime and also as a driver that hosts the minikube node.",
    cites: [
      {
        source: "web",
        locator: "https://minikube.sigs.k8s.io/docs/",
      },
    ],
  },
  {
    source: "minikube",
    type: "supports",
    target: "metrics-server",
    description: "Available as a built-in add-on: minikube addons enable metrics-server.",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: null,
      cite: "/docs/tutorials/hello-minikube/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/hello-minikube/",
      },
    ],
  },
  {
    source: "minikube",
    type: "supports",
    target: "kubernetes-dashboard",
    description: "minikube dashboard enables and opens the Dashboard add-on.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/hello-minikube/",
      },
    ],
  },
  {
    source: "kubectl",
    type: "supports",
    target: "kustomize",
    description: "kubectl kustomize renders and kubectl apply -k applies a kustomization.",
    qualifiers: {
      since: "1.14",
      until: null,
      default: true,
      note: "built in",
      cite: "/docs/tasks/manage-kubernetes-objects/kustomization/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
    ],
  },
  {
    source: "kubectl",
    type: "supports",
    target: "kubectl-plugin",
    description: "kubectl runs any kubectl-<name> executable found on the PATH as kubectl <name>.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubectl/kubectl-plugins/",
      },
    ],
  },
  {
    source: "kubectl-plugin",
    type: "extends",
    target: "kubectl",
    description: "A plugin adds a new subcommand; it cannot replace built-in ones.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubectl/kubectl-plugins/",
      },
    ],
  },
  {
    source: "krew",
    type: "manages",
    target: "kubectl-plugin",
    description: "Discovers, installs, upgrades and removes plugins from the Krew index.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubectl/kubectl-plugins/",
      },
      {
        source: "web",
        locator: "https://krew.sigs.k8s.io/",
      },
    ],
  },
  {
    source: "krew",
    type: "instance-of",
    target: "kubectl-plugin",
    description: "Krew itself runs as kubectl krew.",
    cites: [
      {
        source: "web",
        locator: "https://krew.sigs.k8s.io/",
      },
    ],
  },
  {
    source: "kustomize",
    type: "creates",
    target: "configmap",
    description:
      "configMapGenerator produces ConfigMaps from files, env files or literals, with a content-hash suffix.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
    ],
  },
  {
    source: "kustomize",
    type: "creates",
    target: "secret",
    description: "secretGenerator produces Secrets from files or literals.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
    ],
  },
  {
    source: "kustomize",
    type: "configures",
    target: "object",
    description:
      "Sets cross-cutting fields (namespace, name prefix/suffix, labels, annotations) and applies patches to the listed resources.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
    ],
  },
  {
    source: "helm-chart",
    type: "references",
    target: "object",
    description: "A chart's templates define the Kubernetes objects a release creates.",
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/charts/",
      },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "superseded-by",
    target: "headlamp",
    description: "The archived Dashboard repository asks users to consider Headlamp instead.",
    qualifiers: {
      since: "2026-01",
      until: null,
      default: null,
      note: null,
      cite: "https://github.com/kubernetes-retired/dashboard",
    },
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-retired/dashboard",
      },
    ],
  },
  {
    source: "headlamp",
    type: "talks-to",
    target: "kube-apiserver",
    description:
      "Lists, edits and deletes resources through the API server, within the user's RBAC rights.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/headlamp",
      },
    ],
  },
  {
    source: "kubeconfig",
    type: "configures",
    target: "headlamp",
    description: "The Headlamp desktop app uses the clusters and credentials in your kubeconfig.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/headlamp",
      },
    ],
  },
  {
    source: "addons",
    type: "extends",
    target: "kubernetes",
    description: "Add-ons extend what a cluster can do beyond the core components.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    source: "addons",
    type: "runs-on",
    target: "cluster",
    description:
      "Add-ons run as ordinary workloads (Deployments, DaemonSets) inside the cluster, often in kube-system.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    source: "metrics-server",
    type: "instance-of",
    target: "addons",
    description: "metrics-server is a cluster add-on.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "metrics-server",
    type: "talks-to",
    target: "kubelet",
    description:
      "Scrapes each kubelet's /metrics/resource endpoint (the Summary API before v0.6.0).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "metrics-server",
    type: "extends",
    target: "kubernetes-api",
    description: "Serves metrics.k8s.io through the API aggregation layer (an APIService).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "depends-on",
    target: "metrics-server",
    description:
      "Resource-based (CPU, memory) autoscaling reads the Metrics API that metrics-server serves.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "for resource metrics; custom and external metrics need another adapter",
      cite: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/run-application/horizontal-pod-autoscale/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "cluster-dns",
    type: "subclass-of",
    target: "addons",
    description: "Cluster DNS is a kind of add-on that nearly every cluster installs.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "cluster-dns",
    type: "resolves",
    target: "service",
    description: "Gives each Service a DNS name (my-svc.my-namespace.svc.cluster-domain).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "cluster-dns",
    type: "resolves",
    target: "pod",
    description: "Gives Pods DNS records as well.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    source: "coredns",
    type: "instance-of",
    target: "cluster-dns",
    description: "CoreDNS is the usual cluster DNS server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/dns-custom-nameservers/",
      },
    ],
  },
  {
    source: "kube-dns",
    type: "instance-of",
    target: "cluster-dns",
    description: "kube-dns was the original cluster DNS add-on.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2018/07/10/coredns-ga-for-kubernetes-cluster-dns/",
      },
    ],
  },
  {
    source: "node-status",
    type: "field-of",
    target: "node",
    description: "status is the part of the Node object the kubelet reports.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "node-lifecycle-controller",
    type: "watches",
    target: "node-status",
    description: "The node controller marks a node Unknown and taints it when its heartbeats stop.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    source: "mirror-pod",
    type: "references",
    target: "static-pod",
    description:
      "A mirror Pod represents one static Pod in the API; deleting it does not stop the static Pod.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    source: "liveness-probe",
    type: "subclass-of",
    target: "probe",
    description: "One of the three probe kinds.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "readiness-probe",
    type: "subclass-of",
    target: "probe",
    description: "One of the three probe kinds.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "startup-probe",
    type: "subclass-of",
    target: "probe",
    description: "One of the three probe kinds.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "liveness-probe",
    type: "field-of",
    target: "container",
    description: "livenessProbe is set per container.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "readiness-probe",
    type: "field-of",
    target: "container",
    description: "readinessProbe is set per container.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "startup-probe",
    type: "field-of",
    target: "container",
    description: "startupProbe is set per container.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "startup-probe",
    type: "restricts",
    target: "liveness-probe",
    description: "Liveness and readiness checks are held back until the startup probe succeeds.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "readiness-probe",
    type: "restricts",
    target: "pod",
    description:
      "While it fails, the Pod is not ready and Services stop sending it traffic; the container is not restarted.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "pod-sandbox",
    type: "depends-on",
    target: "cni",
    description: "The sandbox's network is set up by the runtime through CNI plugins.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "workload",
    type: "runs-on",
    target: "node",
    description:
      "A workload's Pods are placed on (worker) nodes; more nodes means room for more workload.",
    cites: [
      {
        source: "notes",
        locator: "L14-L15",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "pod",
    type: "uses",
    target: "virtual-network",
    description:
      "Every Pod gets its own cluster-unique IP address on the Pod network set up by the network plugin.",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
      {
        source: "notes",
        locator: "L24",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    source: "pod",
    type: "runs-on",
    target: "node",
    description:
      "A Pod is bound to exactly one node once and stays there until it terminates; it is never moved.",
    cites: [
      {
        source: "notes",
        locator: "L14",
      },
      {
        source: "notes",
        locator: "L19",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "pod",
    type: "subclass-of",
    target: "object",
    description: "Pod is one of the kinds of persistent Kubernetes objects.",
    cites: [
      {
        source: "notes",
        locator: "L20",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/",
      },
    ],
  },
  {
    source: "pod",
    type: "part-of",
    target: "namespace",
    description: "Pods are namespaced objects.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "pod",
    type: "references",
    target: "service-account",
    description:
      "spec.serviceAccountName names the identity the Pod's processes use towards the API server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "volume",
    description: "Volumes declared in spec.volumes are mounted into containers with volumeMounts.",
    cites: [
      {
        source: "notes",
        locator: "L37",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "persistent-volume-claim",
    description:
      "Pods use persistent storage through a persistentVolumeClaim volume, never by naming a PersistentVolume.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "configmap",
    description: "A ConfigMap can be mounted as a volume of files.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/configmap/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "secret",
    description: "A Secret can be mounted as a volume of files (backed by tmpfs).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/secret/",
      },
    ],
  },
  {
    source: "container",
    type: "part-of",
    target: "pod",
    description:
      "A Pod wraps one or more containers; one app container per Pod is the common case.",
    cites: [
      {
        source: "notes",
        locator: "L21-L23",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
    ],
  },
  {
    source: "container",
    type: "depends-on",
    target: "image",
    description:
      "A container cannot start until the runtime has its image; the image is named in the container spec.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    source: "init-container",
    type: "part-of",
    target: "pod",
    description: "Listed in spec.initContainers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/init-containers/",
      },
    ],
  },
  {
    source: "init-container",
    type: "subclass-of",
    target: "container",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/init-containers/",
      },
    ],
  },
  {
    source: "sidecar-container",
    type: "part-of",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
    ],
  },
  {
    source: "sidecar-container",
    type: "subclass-of",
    target: "container",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
    ],
  },
  {
    source: "sidecar-container",
    type: "subclass-of",
    target: "init-container",
    description:
      "Native sidecars are init containers whose container-level restartPolicy is Always.",
    qualifiers: {
      since: "1.28",
      until: null,
      default: null,
      note: "alpha 1.28, beta (on by default) 1.29, stable 1.33 (SidecarContainers feature gate)",
      cite: "/docs/reference/command-line-tools-reference/feature-gates/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
    ],
  },
  {
    source: "sidecar-container",
    type: "depends-on",
    target: "restart-policy",
    description:
      "What makes an init container a sidecar is its own restartPolicy: Always; sidecars ignore the Pod-level policy.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "ephemeral-container",
    type: "part-of",
    target: "pod",
    description: "Added to a running Pod through the ephemeralcontainers subresource.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/ephemeral-containers/",
      },
    ],
  },
  {
    source: "ephemeral-container",
    type: "subclass-of",
    target: "container",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/ephemeral-containers/",
      },
    ],
  },
  {
    source: "static-pod",
    type: "subclass-of",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/static-pods/",
      },
    ],
  },
  {
    source: "static-pod",
    type: "runs-on",
    target: "node",
    description: "Always bound to the kubelet of the node whose manifest directory holds it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/static-pods/",
      },
    ],
  },
  {
    source: "static-pod",
    type: "alternative-to",
    target: "daemonset",
    description:
      "Both run a Pod per node; DaemonSets are managed by the control plane and are the recommended choice, static Pods suit bootstrapping the control plane.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/static-pods/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "workload-resource",
    description: "spec.template of a workload resource.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "deployment",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "replica-set",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "statefulset",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "daemonset",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "job",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    source: "pod-template",
    type: "field-of",
    target: "replication-controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
    ],
  },
  {
    source: "probe",
    type: "field-of",
    target: "container",
    description: "startupProbe, livenessProbe and readinessProbe are fields of a container spec.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "deployment",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "notes",
        locator: "L32",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "deployment",
    type: "creates",
    target: "replica-set",
    description:
      "One ReplicaSet per Pod-template revision; a rollout scales the new one up and the old one down.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
    ],
  },
  {
    source: "deployment",
    type: "selects",
    target: "pod",
    description: "Through spec.selector, which must match the template labels.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
    ],
  },
  {
    source: "deployment",
    type: "manages",
    target: "stateless-application",
    description:
      "The docs name Deployment as the fit for stateless workloads whose Pods are interchangeable.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/run-application/run-stateless-application-deployment/",
      },
    ],
  },
  {
    source: "deployment",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "replica-set",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "replica-set",
    type: "creates",
    target: "pod",
    description: "Creates (and deletes) Pods from its template to keep the desired replica count.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "replica-set",
    type: "selects",
    target: "pod",
    description: "Owns the Pods matched by its label selector, adopting matching orphans.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "replication-controller",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "replication-controller",
    type: "creates",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
    ],
  },
  {
    source: "replication-controller",
    type: "superseded-by",
    target: "replica-set",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "ReplicaSet is the next-generation ReplicationController; RC is legacy but not formally deprecated",
      cite: "/docs/concepts/workloads/controllers/replicationcontroller/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "replication-controller",
    type: "superseded-by",
    target: "deployment",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "a Deployment that configures a ReplicaSet is the recommended way to set up replication",
      cite: "/docs/concepts/workloads/controllers/replicationcontroller/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "notes",
        locator: "L29",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "creates",
    target: "pod",
    description:
      "Pods get stable ordinal names (<name>-0, -1, ...) and are created in order by default.",
    cites: [
      {
        source: "notes",
        locator: "L28-L29",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "creates",
    target: "persistent-volume-claim",
    description:
      "One claim per replica and per volumeClaimTemplate, reattached when the Pod is rescheduled.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "claims are retained on scale-down/deletion by default; persistentVolumeClaimRetentionPolicy (stable 1.32) can delete them",
      cite: "/docs/reference/command-line-tools-reference/feature-gates/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "depends-on",
    target: "headless-service",
    description:
      "A headless Service, created by you and named in serviceName, gives each Pod its stable DNS name.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "manages",
    target: "stateful-application",
    description: "StatefulSet is the workload API object used to manage stateful applications.",
    cites: [
      {
        source: "notes",
        locator: "L28-L29",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset",
    type: "alternative-to",
    target: "deployment",
    description:
      "Both run replicated Pods; use StatefulSet when replicas need stable identity or storage, Deployment when they are interchangeable.",
    cites: [
      {
        source: "notes",
        locator: "L40",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "daemonset",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "notes",
        locator: "L36",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "daemonset",
    type: "creates",
    target: "pod",
    description: "One Pod per eligible node, including nodes added later.",
    cites: [
      {
        source: "notes",
        locator: "L35-L36",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "job",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "job",
    type: "creates",
    target: "pod",
    description: "Creates Pods and retries failed ones until the required number succeed.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    source: "cronjob",
    type: "subclass-of",
    target: "workload-resource",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "cronjob",
    type: "creates",
    target: "job",
    description: "A new Job from jobTemplate each time the schedule fires.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/cron-jobs/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "deployment",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "statefulset",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "replica-set",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "selects",
    target: "pod",
    description: "Gathers metrics for the Pods matched by the scale target's .spec.selector.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "depends-on",
    target: "resource-requests",
    description:
      "Utilisation targets are a percentage of the containers' requests; without requests the HPA takes no action for that metric.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "pod-disruption-budget",
    type: "restricts",
    target: "pod",
    description: "Caps how many matching Pods voluntary evictions may take down at once.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/disruptions/",
      },
    ],
  },
  {
    source: "pod-disruption-budget",
    type: "selects",
    target: "pod",
    description: "Through its label selector.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/disruptions/",
      },
    ],
  },
  {
    source: "stateful-application",
    type: "subclass-of",
    target: "workload",
    cites: [
      {
        source: "notes",
        locator: "L40",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "stateful-application",
    type: "depends-on",
    target: "persistent-volume",
    description: "Data must outlive Pods, so each replica is paired with a PersistentVolume.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/stateful-application/",
      },
    ],
  },
  {
    source: "stateless-application",
    type: "subclass-of",
    target: "workload",
    cites: [
      {
        source: "notes",
        locator: "L40",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "database",
    type: "subclass-of",
    target: "stateful-application",
    cites: [
      {
        source: "notes",
        locator: "L41",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/run-application/run-single-instance-stateful-application/",
      },
    ],
  },
  {
    source: "database",
    type: "depends-on",
    target: "persistent-volume",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "when run inside the cluster; the notes say databases are often hosted outside",
      cite: "/docs/tasks/run-application/run-single-instance-stateful-application/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/run-application/run-single-instance-stateful-application/",
      },
    ],
  },
  {
    source: "configmap",
    type: "configures",
    target: "pod",
    description:
      "Pods read its keys as environment variables, command arguments or files in a volume.",
    cites: [
      {
        source: "notes",
        locator: "L26-L27",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/configmap/",
      },
    ],
  },
  {
    source: "configmap",
    type: "subclass-of",
    target: "object",
    cites: [
      {
        source: "notes",
        locator: "L27",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/configmap/",
      },
    ],
  },
  {
    source: "configmap",
    type: "alternative-to",
    target: "secret",
    description:
      "ConfigMap for plain settings; the docs say to use a Secret for confidential data.",
    cites: [
      {
        source: "notes",
        locator: "L27",
      },
      {
        source: "notes",
        locator: "L31",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/configmap/",
      },
    ],
  },
  {
    source: "configmap",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "secret",
    type: "configures",
    target: "pod",
    description:
      "Injected as environment variables or mounted files, or used by the kubelet to pull images.",
    cites: [
      {
        source: "notes",
        locator: "L31",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/secret/",
      },
    ],
  },
  {
    source: "secret",
    type: "subclass-of",
    target: "object",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/secret/",
      },
    ],
  },
  {
    source: "secret",
    type: "part-of",
    target: "namespace",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
    ],
  },
  {
    source: "volume",
    type: "references",
    target: "persistent-volume-claim",
    description:
      "A persistentVolumeClaim volume names a claim in the Pod's namespace; the claim is bound to the actual PersistentVolume.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume",
    type: "subclass-of",
    target: "object",
    description: "A cluster-scoped API resource, like a Node.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume",
    type: "supports",
    target: "csi",
    description:
      "csi is one of the PersistentVolume types, alongside fc, hostPath, iscsi, local and nfs.",
    qualifiers: {
      since: "1.13",
      until: null,
      default: false,
      note: "deprecated in-tree cloud types have moved to CSI drivers",
      cite: "/docs/concepts/storage/persistent-volumes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
    ],
  },
  {
    source: "persistent-volume",
    type: "supports",
    target: "host-path",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "for single-node testing only",
      cite: "/docs/concepts/storage/persistent-volumes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "claims",
    target: "persistent-volume",
    description: "Bound one-to-one through claimRef; the binding is exclusive.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "references",
    target: "storageclass",
    description:
      "storageClassName picks the class; an empty string opts out of dynamic provisioning.",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "if omitted, the DefaultStorageClass admission plugin fills in the default class",
      cite: "/docs/concepts/storage/persistent-volumes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "part-of",
    target: "namespace",
    description: "Claims are namespaced, PersistentVolumes are cluster-wide.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "references",
    target: "volume-snapshot",
    description: "dataSource can name a VolumeSnapshot to restore a new volume from it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volume-snapshots/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "storageclass",
    type: "references",
    target: "csi-driver",
    description:
      "The provisioner field names the volume plugin, usually a CSI driver, that creates volumes of this class.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
    ],
  },
  {
    source: "storageclass",
    type: "configures",
    target: "persistent-volume",
    description:
      "Dynamically provisioned PVs inherit the class's reclaimPolicy, mountOptions and parameters.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    source: "dynamicvolumeprovisioning",
    type: "depends-on",
    target: "storageclass",
    description:
      "A claim must request a class configured for provisioning, or receive the default class.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/dynamic-provisioning/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "dynamicvolumeprovisioning",
    type: "provisions",
    target: "persistent-volume",
    description: "Storage and its PV are created on demand for a claim.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/dynamic-provisioning/",
      },
    ],
  },
  {
    source: "dynamicvolumeprovisioning",
    type: "depends-on",
    target: "external-provisioner",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "for CSI drivers; in-tree provisioners ran inside kube-controller-manager",
      cite: "/docs/concepts/storage/storage-classes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/external-provisioner.html",
      },
    ],
  },
  {
    source: "workload-resource",
    type: "manages",
    target: "pod",
    description: "Keeps the right number of the right kind of Pod running.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    source: "workload-resource",
    type: "subclass-of",
    target: "object",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/",
      },
    ],
  },
  {
    source: "deployment-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "deployment-controller",
    type: "part-of",
    target: "kube-controller-manager",
    description: "One of the control loops compiled into kube-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "deployment-controller",
    type: "reconciles",
    target: "deployment",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
    ],
  },
  {
    source: "deployment-controller",
    type: "creates",
    target: "replica-set",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
    ],
  },
  {
    source: "deployment-controller",
    type: "scales",
    target: "replica-set",
    description: "Sets the replicas of the old and new ReplicaSets during and after a rollout.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
    ],
  },
  {
    source: "replicaset-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "replicaset-controller",
    type: "reconciles",
    target: "replica-set",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "replicaset-controller",
    type: "watches",
    target: "pod",
    description: "Counts the Pods matching each ReplicaSet's selector.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    source: "statefulset-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "statefulset-controller",
    type: "part-of",
    target: "kube-controller-manager",
    description: "One of the control loops compiled into kube-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "statefulset-controller",
    type: "reconciles",
    target: "statefulset",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset-controller",
    type: "creates",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "statefulset-controller",
    type: "creates",
    target: "persistent-volume-claim",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
    ],
  },
  {
    source: "daemonset-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "daemonset-controller",
    type: "part-of",
    target: "kube-controller-manager",
    description: "One of the control loops compiled into kube-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "daemonset-controller",
    type: "reconciles",
    target: "daemonset",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "daemonset-controller",
    type: "creates",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "daemonset-controller",
    type: "watches",
    target: "node",
    description:
      "Adds Pods to new or newly matching nodes and removes them from nodes that no longer match.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
    ],
  },
  {
    source: "job-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "job-controller",
    type: "part-of",
    target: "kube-controller-manager",
    description: "One of the control loops compiled into kube-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "job-controller",
    type: "reconciles",
    target: "job",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    source: "job-controller",
    type: "creates",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    source: "job-controller",
    type: "watches",
    target: "pod",
    description: "Tracks Pod phases to count succeeded and failed Pods.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    source: "cronjob-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "cronjob-controller",
    type: "part-of",
    target: "kube-controller-manager",
    description: "One of the control loops compiled into kube-controller-manager.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "cronjob-controller",
    type: "reconciles",
    target: "cronjob",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/cron-jobs/",
      },
    ],
  },
  {
    source: "cronjob-controller",
    type: "creates",
    target: "job",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/cron-jobs/",
      },
    ],
  },
  {
    source: "persistent-volume-controller",
    type: "instance-of",
    target: "controller",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    source: "persistent-volume-controller",
    type: "part-of",
    target: "kube-controller-manager",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
    ],
  },
  {
    source: "persistent-volume-controller",
    type: "watches",
    target: "persistent-volume-claim",
    description:
      "A control loop in the control plane watches for new PVCs and binds each to a matching PV.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "persistent-volume-controller",
    type: "reconciles",
    target: "persistent-volume",
    description: "Binds PVs to claims and, on release, retains or deletes them per reclaim policy.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "app-container",
    type: "subclass-of",
    target: "container",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "app-container",
    type: "part-of",
    target: "pod",
    description: "Listed in spec.containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
    ],
  },
  {
    source: "liveness-probe",
    type: "depends-on",
    target: "restart-policy",
    description:
      "A failed liveness probe kills the container; whether it comes back is decided by the restart policy (Always or OnFailure).",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "readiness-probe",
    type: "configures",
    target: "endpoint-slice",
    description:
      "A failing readiness probe makes the EndpointSlice controller remove the Pod's IP from Service EndpointSlices.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "startup-probe",
    type: "restricts",
    target: "readiness-probe",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    source: "restart-policy",
    type: "field-of",
    target: "pod",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "default value Always",
      cite: "/docs/concepts/workloads/pods/pod-lifecycle/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "restart-policy",
    type: "configures",
    target: "app-container",
    description: "Decides whether the kubelet restarts a container after it exits.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "restart-policy",
    type: "configures",
    target: "init-container",
    description:
      "Failed regular init containers are retried when the Pod policy is OnFailure or Always.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "pod-phase",
    type: "field-of",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "pod-phase",
    type: "depends-on",
    target: "container",
    description:
      "The phase summarises the states (Waiting, Running, Terminated) and exit codes of the Pod's containers.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "pod-phase",
    type: "depends-on",
    target: "restart-policy",
    description: "Succeeded/Failed are reached only by containers that will not be restarted.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "qos-class",
    type: "field-of",
    target: "pod",
    description: "Reported in status.qosClass.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    source: "qos-class",
    type: "depends-on",
    target: "resource-requests",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    source: "qos-class",
    type: "depends-on",
    target: "resource-limits",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    source: "resource-limits",
    type: "field-of",
    target: "container",
    description: "spec.containers[].resources.limits.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    source: "resource-limits",
    type: "restricts",
    target: "container",
    description: "The running container may not use more than its limit.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    source: "resource-limits",
    type: "configures",
    target: "cgroup",
    description:
      "On Linux the kernel enforces limits through cgroups set up by the kubelet and runtime.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    source: "in-place-pod-resize",
    type: "configures",
    target: "resource-limits",
    description: "Makes CPU and memory limits of running containers mutable.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/resize-container-resources/",
      },
    ],
  },
  {
    source: "in-place-pod-resize",
    type: "configures",
    target: "resource-requests",
    description: "Makes CPU and memory requests of running containers mutable.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/resize-container-resources/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "depends-on",
    target: "custom-resource-definition",
    description: "VerticalPodAutoscaler is defined by a CRD and must be installed separately.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "depends-on",
    target: "metrics-server",
    description: "Reads usage from the metrics.k8s.io API.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "configures",
    target: "resource-requests",
    description: "Sets requests from its target recommendation.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "configures",
    target: "resource-limits",
    qualifiers: {
      since: null,
      until: null,
      default: true,
      note: "controlledValues RequestsAndLimits (default) scales limits proportionally; RequestsOnly leaves them",
      cite: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "references",
    target: "deployment",
    description:
      "targetRef names the workload (e.g. a Deployment or StatefulSet) whose Pods it sizes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "evicts",
    target: "pod",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "in Recreate mode, and as fallback in InPlaceOrRecreate",
      cite: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "mutates",
    target: "pod",
    description: "Its admission webhook sets recommended requests on Pods when they are created.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "vertical-pod-autoscaler",
    type: "supports",
    target: "in-place-pod-resize",
    qualifiers: {
      since: null,
      until: null,
      default: false,
      note: "InPlaceOrRecreate and InPlace update modes; InPlace is alpha in VPA 1.7 and needs Kubernetes 1.33+",
      cite: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
    ],
  },
  {
    source: "csi-driver",
    type: "implements-csi",
    target: "csi",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
    ],
  },
  {
    source: "csi-driver",
    type: "runs-on",
    target: "node",
    description:
      "Its node plugin runs on every node (as a DaemonSet) so the kubelet can mount volumes locally.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
    ],
  },
  {
    source: "csi-driver",
    type: "provisions",
    target: "persistent-volume",
    description:
      "Creates the backing storage when its CreateVolume call is made by the external-provisioner.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    source: "external-provisioner",
    type: "watches",
    target: "persistent-volume-claim",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
    ],
  },
  {
    source: "external-provisioner",
    type: "provisions",
    target: "persistent-volume",
    description: "Creates the PV object for a newly created CSI volume.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "external-provisioner",
    type: "talks-to",
    target: "csi-driver",
    description:
      "Calls CreateVolume/DeleteVolume on the driver's controller service over a UNIX socket.",
    cites: [
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
    ],
  },
  {
    source: "external-provisioner",
    type: "part-of",
    target: "csi-driver",
    description: "Deployed as a sidecar in the driver's controller Pod.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
    ],
  },
  {
    source: "volume-snapshot",
    type: "references",
    target: "persistent-volume-claim",
    description: "source.persistentVolumeClaimName names the claim to snapshot.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volume-snapshots/",
      },
    ],
  },
  {
    source: "volume-snapshot",
    type: "depends-on",
    target: "csi-driver",
    description: "Only CSI drivers that implement snapshots support it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volume-snapshots/",
      },
    ],
  },
  {
    source: "volume-snapshot",
    type: "depends-on",
    target: "custom-resource-definition",
    description: "Snapshot kinds are CRDs installed with a snapshot controller, not core API.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volume-snapshots/",
      },
    ],
  },
  {
    source: "ephemeral-volume",
    type: "subclass-of",
    target: "volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
    ],
  },
  {
    source: "ephemeral-volume",
    type: "creates",
    target: "persistent-volume-claim",
    description:
      "For a generic ephemeral volume, the ephemeral volume controller creates a claim named <pod>-<volume> owned by the Pod.",
    qualifiers: {
      since: "1.23",
      until: null,
      default: null,
      note: "generic ephemeral volumes only (alpha 1.19, beta 1.21, GA 1.23)",
      cite: "https://www.kubernetes.dev/resources/keps/1698/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
    ],
  },
  {
    source: "empty-dir",
    type: "subclass-of",
    target: "ephemeral-volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "empty-dir",
    description:
      "Containers of the Pod share the same emptyDir, e.g. a file puller sidecar and a web server.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    source: "host-path",
    type: "subclass-of",
    target: "volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "host-path",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
    ],
  },
  {
    source: "projected-volume",
    type: "subclass-of",
    target: "volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    source: "projected-volume",
    type: "references",
    target: "configmap",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    source: "projected-volume",
    type: "references",
    target: "secret",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    source: "projected-volume",
    type: "references",
    target: "service-account",
    description: "The serviceAccountToken source injects a token for the Pod's ServiceAccount.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "projected-volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    source: "access-mode",
    type: "field-of",
    target: "persistent-volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "access-mode",
    type: "field-of",
    target: "persistent-volume-claim",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "access-mode",
    type: "depends-on",
    target: "csi",
    qualifiers: {
      since: "1.29",
      until: null,
      default: null,
      note: "only the ReadWriteOncePod mode (introduced 1.22, GA 1.29) is CSI-only",
      cite: "https://kubernetes.io/blog/2023/12/18/read-write-once-pod-access-mode-ga/",
    },
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/12/18/read-write-once-pod-access-mode-ga/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "reclaim-policy",
    type: "field-of",
    target: "persistent-volume",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    source: "reclaim-policy",
    type: "field-of",
    target: "storageclass",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "defaults to Delete when not set on the class",
      cite: "/docs/concepts/storage/storage-classes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    source: "volume-binding-mode",
    type: "field-of",
    target: "storageclass",
    qualifiers: {
      since: null,
      until: null,
      default: null,
      note: "default Immediate",
      cite: "/docs/concepts/storage/storage-classes/",
    },
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    source: "volume-binding-mode",
    type: "configures",
    target: "dynamicvolumeprovisioning",
    description: "Controls when binding and dynamic provisioning happen.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
];
