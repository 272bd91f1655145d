// Generated from knowledge/drafts by knowledge/merge.mjs and knowledge/to-seed.mjs: edit the drafts.
import type { SeedConcept } from "./types.js";

export const SEED_CONCEPTS: SeedConcept[] = [
  {
    slug: "access-mode",
    name: "Access mode",
    kind: "field",
    summary:
      "An access mode says how a volume can be mounted: ReadWriteOnce (one node), ReadOnlyMany, ReadWriteMany (many nodes) or ReadWriteOncePod (one Pod).",
    description:
      "A PersistentVolume lists the modes its backend supports and a claim lists the modes it needs; binding matches them, and a volume is mounted with only one mode at a time. Apart from ReadWriteOncePod, access modes do not enforce write protection once mounted. ReadWriteOncePod works only for CSI volumes and is stable since 1.29.",
    tags: ["storage"],
    aliases: ["accessModes", "RWO", "ROX", "RWX", "RWOP"],
    docsPath: "/docs/concepts/storage/persistent-volumes/#access-modes",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/12/18/read-write-once-pod-access-mode-ga/",
      },
    ],
  },
  {
    slug: "addons",
    name: "Add-ons",
    kind: "concept",
    summary:
      "Add-ons extend a cluster with optional features, such as cluster DNS, a network plugin, metrics or a web UI, and run as ordinary Kubernetes workloads.",
    description:
      "They are usually installed as Deployments or DaemonSets, often in the kube-system namespace, and use the same API as any application. Some are nearly always present (a CNI network plugin, cluster DNS such as CoreDNS), others are optional (metrics-server, a UI such as Headlamp). Cluster tools like kubeadm and minikube install or offer a set of them.",
    tags: ["addon", "architecture"],
    aliases: ["cluster add-ons", "addon"],
    docsPath: "/docs/concepts/cluster-administration/addons/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    slug: "admission-controller",
    name: "Admission Controller",
    kind: "plugin",
    summary:
      "An admission controller is a plugin in kube-apiserver that can change (mutate) or reject (validate) a write request after it is authenticated and authorized but before the object is stored.",
    description:
      "The plugins are compiled into the API server and switched on with flags; examples are NamespaceLifecycle, LimitRanger, ResourceQuota, DefaultTolerationSeconds, Priority and PodSecurity. Mutating plugins run first, then validating ones; if any rejects the request, it fails. Two of the plugins call external admission webhooks, and two run CEL policies (ValidatingAdmissionPolicy, MutatingAdmissionPolicy), which is how admission is extended without rebuilding the server.",
    tags: ["security", "control-plane", "policy"],
    aliases: ["admission plugin", "admission control"],
    docsPath: "/docs/reference/access-authn-authz/admission-controllers/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
    ],
  },
  {
    slug: "admission-webhook",
    name: "Admission webhook",
    kind: "concept",
    summary:
      "An admission webhook is an HTTPS service that the API server calls during admission to mutate or validate requests.",
    description:
      "MutatingWebhookConfiguration and ValidatingWebhookConfiguration objects (admissionregistration.k8s.io/v1) tell the API server which requests to send in an AdmissionReview. Mutating webhooks run first and may patch the object; validating webhooks run after all mutations and can only accept or reject. They let you add policy without rebuilding the API server but are an extra point of failure and latency, governed by timeouts and failurePolicy.",
    tags: ["security", "extensibility", "policy"],
    aliases: ["dynamic admission control", "validating webhook", "mutating webhook"],
    docsPath: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
    ],
  },
  {
    slug: "aggregation-layer",
    name: "Aggregation layer",
    kind: "component",
    summary:
      "The aggregation layer lets kube-apiserver proxy parts of the Kubernetes API to separate extension API servers.",
    description:
      "It runs in-process in kube-apiserver; an APIService object (apiregistration.k8s.io/v1) claims a group/version path and the layer forwards those requests to the registered server, as metrics-server does for metrics.k8s.io. It is more work than a CRD but allows custom storage and behaviour.",
    tags: ["extensibility", "api"],
    aliases: ["api aggregation", "apiserver aggregation", "APIService"],
    docsPath: "/docs/concepts/extend-kubernetes/api-extension/apiserver-aggregation/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/apiserver-aggregation/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
  {
    slug: "annotation",
    name: "Annotation",
    kind: "field",
    summary:
      "An annotation is a key-value entry of non-identifying metadata on an object, meant for tools and controllers rather than for selection.",
    description:
      "Annotations can hold larger or structured values such as build information, contact details or tool-specific settings, and they cannot be used in selectors. Some controllers and admission plugins read well-known annotations to change their behaviour.",
    tags: ["metadata"],
    aliases: ["annotations"],
    docsPath: "/docs/concepts/overview/working-with-objects/annotations/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/annotations/",
      },
    ],
  },
  {
    slug: "api-group",
    name: "API group",
    kind: "concept",
    summary:
      "An API group is a named set of related resources in the Kubernetes API, such as apps, batch or rbac.authorization.k8s.io.",
    description:
      "The legacy core group has no name and is served at /api/v1 (Pods, Services, Nodes); named groups are served at /apis/<group>/<version>. Groups can be enabled or disabled on the API server, and the group appears in every object's apiVersion field (apps/v1) and in RBAC rules.",
    tags: ["api"],
    aliases: ["apigroup"],
    docsPath: "/docs/reference/using-api/",
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
    slug: "api-version",
    name: "API version",
    kind: "concept",
    summary:
      "An API version (v1alpha1, v1beta1, v1...) is the stability level at which a group's resources are served.",
    description:
      "Alpha versions may change or vanish and are off by default; built-in beta versions are well tested but disabled by default unless they were introduced before 1.22, and they live at most about three releases; stable vN versions keep compatibility. The same stored object can be read through several versions, and deprecated versions are removed following the API deprecation policy, which is why manifests must move to the new version before an upgrade.",
    tags: ["api"],
    aliases: ["apiVersion", "api versioning"],
    docsPath: "/docs/reference/using-api/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/kubernetes-api/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
  },
  {
    slug: "app-container",
    name: "App container",
    kind: "concept",
    summary:
      "An app container is one of the containers in a Pod's spec.containers that runs the workload itself, as opposed to init, sidecar or ephemeral containers.",
    description:
      "App containers start only after all regular init containers have finished and sidecars have started. The Pod-level restartPolicy applies to them, and a Pod's phase (for example Succeeded) is decided by how its app containers end.",
    tags: ["workload", "pod"],
    aliases: ["application container", "main container"],
    docsPath: "/docs/concepts/workloads/pods/pod-lifecycle/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/init-containers/",
      },
    ],
  },
  {
    slug: "aws-load-balancer-controller",
    name: "AWS Load Balancer Controller",
    kind: "addon",
    summary:
      "The AWS Load Balancer Controller, maintained by a Kubernetes SIG, implements Ingress with AWS Application Load Balancers and LoadBalancer Services with Network Load Balancers.",
    description:
      "It is one of the two ingress controllers the Kubernetes project itself supports (the other being GCE's). Instead of running a proxy in the cluster, it provisions and configures AWS load balancers that send traffic to nodes or straight to Pod IPs.",
    tags: ["networking", "addon", "cloud"],
    aliases: ["aws lbc"],
    docsUrl: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/",
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
    slug: "bgp",
    name: "BGP",
    kind: "protocol",
    summary:
      "BGP (Border Gateway Protocol) is the routing protocol routers use to announce which IP address ranges they can reach.",
    description:
      "In Kubernetes networking Calico runs a BGP daemon on each node to advertise that node's Pod address blocks to the other nodes (full mesh or route reflectors) or to data-centre routers, so Pod packets can be routed without encapsulation. BGP is a routing protocol, not an encapsulation: Calico can use BGP alone or combine it with an IP-in-IP or VXLAN overlay. MetalLB and Cilium also use BGP to announce Service addresses.",
    tags: ["networking", "protocol", "routing"],
    aliases: ["border gateway protocol"],
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
    slug: "cadvisor",
    name: "cAdvisor",
    kind: "component",
    summary:
      "cAdvisor (Container Advisor) collects resource usage and performance data for running containers; it is built into the kubelet.",
    description:
      "On Linux it reads container metrics from cgroups. The kubelet uses it to serve node-level resource metrics, which metrics-server collects for the Metrics API. Runtimes that isolate containers in other ways must provide CRI container stats instead.",
    tags: ["node", "monitoring"],
    aliases: ["container advisor"],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
      {
        source: "web",
        locator: "https://github.com/google/cadvisor",
      },
    ],
  },
  {
    slug: "calico",
    name: "Calico",
    kind: "plugin",
    summary:
      "Calico is a CNI plugin and network policy engine that routes Pod traffic with BGP, with or without an overlay.",
    description:
      "Calico's calico-node agent programs routes and policy on every node; by default its BIRD daemon shares each node's Pod address blocks with BGP so traffic can be routed unencapsulated. Where the underlying network cannot carry Pod routes it encapsulates with IP-in-IP or VXLAN (per IP pool, always or only across subnets). It enforces Kubernetes NetworkPolicy plus its own richer policy resources, and offers iptables, nftables and eBPF data planes (the eBPF one can also replace kube-proxy).",
    tags: ["networking", "cni-plugin", "security"],
    aliases: ["project calico", "calico-node"],
    docsUrl: "https://docs.tigera.io/calico/latest/about/",
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
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
    ],
  },
  {
    slug: "canal",
    name: "Canal",
    kind: "plugin",
    summary:
      "Canal is a combination that uses Flannel for Pod connectivity and Calico for NetworkPolicy enforcement.",
    description:
      "It exists because Flannel alone does not enforce policies: Flannel builds the overlay while Calico's agent programs the policy rules on each node. It is listed among the Kubernetes networking add-ons.",
    tags: ["networking", "cni-plugin"],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    slug: "cgroup",
    name: "cgroup",
    kind: "technology",
    summary:
      "A cgroup (control group) is the Linux kernel feature that groups processes and limits, accounts for and isolates their CPU, memory, I/O and process usage; it is how container requests and limits are enforced.",
    description:
      "Both the kubelet and the container runtime work with cgroups, through a cgroup driver (systemd or cgroupfs) that must be the same for both. Linux offers two versions of the API: cgroup v1 and the unified cgroup v2. Kubernetes support for cgroup v2 is stable since v1.25, and cgroup v1 is deprecated since v1.35.",
    tags: ["linux", "node"],
    aliases: ["control group", "cgroups"],
    docsPath: "/docs/concepts/architecture/cgroups/",
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
    slug: "cgroup-driver",
    name: "cgroup driver",
    kind: "concept",
    summary:
      "A cgroup driver is the mechanism the kubelet and the container runtime use to create and manage cgroups: either systemd or cgroupfs.",
    description:
      "The kubelet and the runtime must use the same driver with the same settings, otherwise the node can become unstable. The driver is set with cgroupDriver in the kubelet configuration and separately in the runtime's configuration; with the KubeletCgroupDriverFromCRI feature and a runtime that supports the RuntimeConfig call, the kubelet reads the driver from the runtime instead. Changing the driver of a node that already runs Pods is risky; replacing the node is safer.",
    tags: ["linux", "node"],
    aliases: ["cgroupDriver"],
    docsPath: "/docs/setup/production-environment/container-runtimes/#cgroup-drivers",
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
    slug: "cgroup-v1",
    name: "cgroup v1",
    kind: "technology",
    summary:
      "cgroup v1 is the original Linux cgroup API, with a separate hierarchy per resource controller; Kubernetes deprecated support for it in v1.35.",
    description:
      "Since v1.35 the kubelet refuses to start on a cgroup v1 node unless failCgroupV1 is set to false in its configuration, and removal will follow the deprecation policy. Nodes should move to a distribution that uses cgroup v2.",
    tags: ["linux", "node", "legacy"],
    aliases: ["cgroupv1", "legacy cgroups"],
    docsPath: "/docs/concepts/architecture/cgroups/",
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
    slug: "cgroup-v2",
    name: "cgroup v2",
    kind: "technology",
    summary:
      "cgroup v2 is the current generation of the Linux cgroup API, with a single unified hierarchy, safer delegation and features such as pressure stall information.",
    description:
      "Kubernetes support for it is stable since v1.25, and some features, such as memory QoS, rely on it. It needs Linux 5.8 or later, a distribution that enables it, a runtime that supports it (containerd 1.4+, CRI-O 1.20+) and the systemd cgroup driver on both the kubelet and the runtime. The kubelet detects it automatically.",
    tags: ["linux", "node"],
    aliases: ["cgroupv2", "unified cgroup hierarchy", "cgroup2"],
    docsPath: "/docs/concepts/architecture/cgroups/",
    lifecycle: [
      {
        status: "stable",
        since: "1.25",
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
    slug: "cgroupfs-cgroup-driver",
    name: "cgroupfs cgroup driver",
    kind: "concept",
    summary:
      "The cgroupfs cgroup driver has the kubelet and the runtime write to the cgroup filesystem directly; it is the kubelet's built-in default.",
    description:
      'It is not recommended on systemd hosts, because systemd then sees a second cgroup manager and the two views of resources can diverge under pressure, and it should not be used with cgroup v2. CRI-O can be switched to it with cgroup_manager = "cgroupfs".',
    tags: ["linux", "node"],
    aliases: ["cgroupfs driver", "cgroupfs"],
    docsPath: "/docs/setup/production-environment/container-runtimes/#cgroupfs-cgroup-driver",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
    ],
  },
  {
    slug: "cidr",
    name: "CIDR",
    kind: "concept",
    summary:
      "CIDR (Classless Inter-Domain Routing) notation such as 10.244.0.0/16 writes an IP address block as a start address plus a prefix length.",
    description:
      "Clusters need several non-overlapping CIDR blocks: one for Pod addresses (often split into a smaller block per node) and one for Service cluster IPs, besides the network the nodes live on. The notation works for IPv4 and IPv6 alike.",
    tags: ["networking"],
    aliases: ["classless inter-domain routing", "ip range", "ip block"],
    docsPath: "/docs/concepts/cluster-administration/networking/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    slug: "cilium",
    name: "Cilium",
    kind: "plugin",
    summary:
      "Cilium is a CNI plugin whose data plane is made of eBPF programs that handle Pod networking, Service load balancing and L3–L7 network policy in the kernel.",
    description:
      "Cilium can connect nodes with an overlay (VXLAN by default, or Geneve) or route Pod traffic natively. Because its eBPF programs can load-balance Services itself, it can run as a full kube-proxy replacement. It enforces NetworkPolicy and its own identity-based, HTTP-aware policies, ships an ingress controller and Gateway API implementation, and provides flow observability through Hubble.",
    tags: ["networking", "cni-plugin", "security", "ebpf"],
    docsUrl: "https://docs.cilium.io/",
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/overview/intro/",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/concepts/routing/",
      },
    ],
  },
  {
    slug: "cilium-kube-proxy-replacement",
    name: "Cilium kube-proxy replacement",
    kind: "concept",
    summary:
      "Cilium's kube-proxy replacement is its eBPF-based implementation of Services (cluster IPs, node ports, load balancers), so a cluster can run with no kube-proxy at all.",
    description:
      "When enabled, Cilium's agent watches Services and EndpointSlices and load-balances in eBPF hash tables at the socket and interface level instead of through iptables rules. Clusters are typically built with kube-proxy skipped (for example kubeadm's addon/kube-proxy phase) and Cilium pointed directly at the API server.",
    tags: ["networking", "ebpf", "cilium"],
    aliases: ["kube-proxy free", "kubeproxyreplacement"],
    docsUrl: "https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/",
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
    slug: "cloud-controller-manager",
    name: "cloud-controller-manager",
    kind: "component",
    summary:
      "cloud-controller-manager is the optional control plane program that links a cluster to a cloud provider's API.",
    description:
      "It bundles the cloud-specific control loops: the node controller (labels nodes with cloud metadata and deletes Node objects whose VMs are gone), the route controller and the service controller (creates cloud load balancers). Splitting this out of kube-controller-manager lets cloud vendors release their integration independently of Kubernetes. Clusters on bare metal or on a laptop do not run it.",
    tags: ["control-plane", "cloud"],
    aliases: ["ccm", "cloud controller manager"],
    docsPath: "/docs/concepts/architecture/cloud-controller/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    slug: "cluster",
    name: "Cluster",
    kind: "concept",
    summary:
      "A cluster is one Kubernetes installation: a control plane plus the worker nodes it manages.",
    description:
      "Every cluster pairs a control plane, which stores state and makes decisions, with one or more nodes that actually run Pods. A learning setup may have a single machine playing both roles, while production clusters spread the control plane over several machines and run many worker nodes.",
    tags: ["architecture", "fundamental"],
    aliases: ["k8s cluster", "kubernetes cluster"],
    docsPath: "/docs/concepts/architecture/",
    cites: [
      {
        source: "notes",
        locator: "L2",
      },
      {
        source: "notes",
        locator: "L14",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    slug: "cluster-dns",
    name: "Cluster DNS add-on",
    kind: "concept",
    summary:
      "The cluster DNS add-on is the in-cluster DNS server that gives Services and Pods DNS names, so workloads can find each other by name.",
    description:
      "It runs as Pods behind a Service (traditionally named kube-dns) and the kubelet points each Pod's resolver at that Service IP (clusterDNS in the kubelet configuration). CoreDNS is the usual implementation; it replaced the older kube-dns. Nearly every cluster installs it.",
    tags: ["addon", "networking", "dns"],
    aliases: ["kubernetes dns", "cluster dns", "dns add-on"],
    docsPath: "/docs/concepts/services-networking/dns-pod-service/",
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
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    slug: "cluster-ip",
    name: "ClusterIP Service",
    kind: "concept",
    summary:
      "ClusterIP is the default Service type: the Service gets a virtual IP reachable only from inside the cluster.",
    description:
      "The control plane picks the address from the Service CIDR unless you request a specific one in spec.clusterIP. NodePort and LoadBalancer Services build on top of it. To reach it from outside you put an Ingress or a Gateway in front, or choose another Service type.",
    tags: ["networking", "service-type"],
    aliases: ["clusterip", "cluster ip"],
    docsPath: "/docs/concepts/services-networking/service/#type-clusterip",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    slug: "cluster-role",
    name: "ClusterRole",
    kind: "resource",
    summary:
      "A ClusterRole is a cluster-scoped RBAC object whose rules can cover cluster-scoped resources, non-resource URLs, or namespaced resources in every namespace.",
    description:
      "It holds the same kind of additive rules as a Role, but because it is not tied to a namespace it is needed for things like Nodes or /healthz. Bound with a ClusterRoleBinding it applies cluster-wide; bound with a RoleBinding it applies only inside that binding's namespace, which lets you define common roles once. The API server ships default ClusterRoles such as cluster-admin, admin, edit and view, and aggregated ClusterRoles collect rules from other ClusterRoles by label.",
    tags: ["security", "authorization"],
    aliases: ["clusterrole"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
    scope: "cluster",
    apiVersion: "rbac.authorization.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.8",
        cite: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    slug: "cluster-role-binding",
    name: "ClusterRoleBinding",
    kind: "resource",
    summary:
      "A ClusterRoleBinding grants the rules of a ClusterRole to subjects across the whole cluster.",
    description:
      "It is how cluster-scoped access (for example reading Nodes) or access in every namespace is given to users, groups or ServiceAccounts. It can only reference a ClusterRole, and like a RoleBinding its roleRef is immutable. Because its reach is cluster-wide, it is the binding to review most carefully.",
    tags: ["security", "authorization"],
    aliases: ["clusterrolebinding"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
    scope: "cluster",
    apiVersion: "rbac.authorization.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.8",
        cite: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    slug: "cluster-state",
    name: "Cluster State",
    kind: "concept",
    summary:
      "Cluster state is the full record of objects in a cluster: the desired state users declared (spec) and the observed state reported back (status).",
    description:
      "Controllers keep comparing each object's spec with its status and act to close the gap. The whole record is persisted in etcd and is only read and written through the API server.",
    tags: ["control-plane", "fundamental"],
    aliases: ["state of the cluster", "cluster data", "desired state"],
    docsPath: "/docs/concepts/overview/working-with-objects/",
    cites: [
      {
        source: "notes",
        locator: "L5",
      },
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    slug: "cni",
    name: "CNI (Container Network Interface)",
    kind: "interface",
    summary:
      "CNI is the specification and library that container runtimes use to call network plugins which attach a Pod to the network and give it an IP address.",
    description:
      "CNI is a CNCF specification, not a program: it defines how a runtime hands a network namespace to a plugin binary and what the plugin returns. When the kubelet asks the container runtime (containerd, CRI-O) to create a Pod sandbox, the runtime invokes the configured CNI plugins, which create the interface, assign an address (IPAM) and set up routes. Since the removal of dockershim in v1.24 the kubelet no longer manages network plugins itself; CNI is the supported way to plug networking into Kubernetes nodes.",
    tags: ["networking", "interface"],
    aliases: ["container network interface"],
    docsPath: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
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
    slug: "cni-plugin",
    name: "CNI plugin (network plugin)",
    kind: "concept",
    summary:
      "A CNI plugin is a network plugin that follows the CNI specification and, called by the container runtime, wires each Pod into the cluster network.",
    description:
      "Kubernetes needs a CNI plugin compatible with the cluster before Pods can communicate; the runtime on each node loads it and invokes it for every Pod sandbox. A plugin typically installs a node agent (often as a DaemonSet) that assigns Pod addresses, connects nodes by routing or an overlay and, depending on the plugin, enforces NetworkPolicy. Flannel, Calico, Cilium and Weave Net are examples.",
    tags: ["networking", "cni-plugin"],
    aliases: ["network plugin", "cni provider"],
    docsPath: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
    cites: [
      {
        source: "notes",
        locator: "L9-L13",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    slug: "configmap",
    name: "ConfigMap",
    kind: "resource",
    summary:
      "A ConfigMap stores non-confidential configuration as key-value pairs that Pods read as environment variables, command arguments or mounted files.",
    description:
      "Keeping configuration in a ConfigMap separates it from the image, so one image can run in several environments. It provides no secrecy or encryption (use a Secret for that) and holds at most 1 MiB. Files from a mounted ConfigMap are refreshed after a delay, while environment variables only change when the container restarts; a ConfigMap can also be marked immutable.",
    tags: ["configuration", "core-object"],
    aliases: ["config map", "cm"],
    docsPath: "/docs/concepts/configuration/configmap/",
    scope: "namespaced",
    apiVersion: "v1",
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
    slug: "container",
    name: "Container",
    kind: "concept",
    summary:
      "A container is an isolated process (or group of processes) started from an image that bundles an application with everything it needs to run.",
    description:
      "Containers decouple an application from the host it runs on: the same image gives the same behaviour wherever it starts. In Kubernetes every container runs inside a Pod, and the kubelet asks the node's container runtime to pull the image and start it. A container's files are lost when it restarts unless they live in a volume.",
    tags: ["workload", "fundamental"],
    aliases: ["linux container"],
    docsPath: "/docs/concepts/containers/",
    cites: [
      {
        source: "notes",
        locator: "L21-L23",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/",
      },
    ],
  },
  {
    slug: "container-registry",
    name: "Container Image Registry",
    kind: "concept",
    summary:
      "A container image registry is a service that stores and distributes container images by repository name and tag or digest, such as Docker Hub, registry.k8s.io or a private registry.",
    description:
      "Pods name images in registry/repository:tag form, and the container runtime on each node pulls them from the registry, with credentials from imagePullSecrets or node configuration when the registry is private. An image built locally must be pushed to a registry before Kubernetes can use it. OCI registries can also store other artifacts, for example Helm charts.",
    tags: ["image", "registry"],
    aliases: ["image registry", "registry", "container image registry"],
    docsPath: "/docs/concepts/containers/images/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/distribution-spec",
      },
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/registries/",
      },
    ],
  },
  {
    slug: "container-runtime",
    name: "Container Runtime",
    kind: "component",
    summary:
      "A container runtime is the node software that pulls images and creates, starts, stops and isolates containers on behalf of the kubelet.",
    description:
      "Every node needs one so that Pods can run there, and since Kubernetes v1.24 it must speak the Container Runtime Interface (CRI); v1.26 and later only accept the v1 CRI API. Common choices are containerd and CRI-O; Docker Engine still works through the external cri-dockerd adapter. A high-level runtime such as containerd or CRI-O typically hands the actual process creation to a low-level OCI runtime such as runc or crun, and both the runtime and the kubelet must use the same cgroup driver.",
    tags: ["node", "runtime"],
    aliases: ["runtime", "CRI runtime", "container engine"],
    docsPath: "/docs/setup/production-environment/container-runtimes/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
    ],
  },
  {
    slug: "containerd",
    name: "containerd",
    kind: "runtime",
    summary:
      "containerd is a CNCF-graduated container runtime daemon that handles image transfer and storage, container execution and supervision, and implements CRI through its built-in CRI plugin.",
    description:
      "On Linux its CRI socket is /run/containerd/containerd.sock by default, and the kubelet talks to it directly, without any adapter. Its CRI integration lives in a plugin that some distribution packages ship disabled, so it has to be enabled for Kubernetes. It normally uses runc as the low-level OCI runtime, and it can be switched to the systemd cgroup driver with the SystemdCgroup option, which is recommended on cgroup v2. Docker Engine itself runs its containers through containerd.",
    tags: ["node", "runtime"],
    docsPath: "/docs/setup/production-environment/container-runtimes/#containerd",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2020/12/02/dont-panic-kubernetes-and-docker/",
      },
      {
        source: "web",
        locator: "https://containerd.io/docs/",
      },
    ],
  },
  {
    slug: "contour",
    name: "Contour",
    kind: "addon",
    summary:
      "Contour is a CNCF ingress controller that configures Envoy proxies from Ingress, its own HTTPProxy resources and Gateway API.",
    description:
      "A Contour control plane watches the cluster and programs a fleet of Envoy proxies, usually exposed through a LoadBalancer Service. It can also provision Gateways dynamically as a Gateway API implementation.",
    tags: ["networking", "addon", "envoy"],
    docsUrl: "https://projectcontour.io/docs/main/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://projectcontour.io/docs/main/",
      },
      {
        source: "web",
        locator: "https://projectcontour.io/docs/main/guides/gateway-api/",
      },
    ],
  },
  {
    slug: "control-plane",
    name: "Control Plane",
    kind: "concept",
    summary:
      "The control plane is the set of components that stores the cluster's state, makes global decisions and drives the cluster toward the desired state.",
    description:
      "Its core programs are kube-apiserver, etcd, kube-scheduler and kube-controller-manager, plus cloud-controller-manager when the cluster runs on a cloud provider. They can run on any machine, but setups usually put them together on dedicated control plane nodes and replicate them for high availability. Older material, including the notes, calls such a machine the master node.",
    tags: ["control-plane", "architecture", "fundamental"],
    aliases: ["master node", "master", "control plane node"],
    docsPath: "/docs/concepts/overview/components/",
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
    slug: "controller",
    name: "Controller",
    kind: "concept",
    summary:
      "A controller is a control loop that watches objects of some kind and keeps nudging the real state toward the state those objects describe.",
    description:
      "Like a thermostat, it compares desired and current state and acts to reduce the difference, usually by creating, updating or deleting other objects through the API server. The built-in controllers run inside kube-controller-manager (or cloud-controller-manager), but the pattern is open: you can run your own controllers as Pods or outside the cluster, which is how operators work.",
    tags: ["control-plane", "controller"],
    aliases: ["control loop", "reconciler"],
    docsPath: "/docs/concepts/architecture/controller/",
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
    slug: "coredns",
    name: "CoreDNS",
    kind: "addon",
    summary:
      "CoreDNS is the default cluster DNS server add-on that answers DNS queries for Service and Pod names inside the cluster.",
    description:
      "It runs as a Deployment in kube-system behind a Service still named kube-dns for compatibility, and the kubelet points each Pod's resolver at that Service's IP. Its kubernetes plugin watches Services and EndpointSlices to build records such as web.shop.svc.cluster.local; other queries are forwarded upstream. CoreDNS replaced kube-dns as the recommended server in v1.12 and is the only DNS server kubeadm installs.",
    tags: ["networking", "dns", "addon"],
    docsPath: "/docs/tasks/administer-cluster/coredns/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/dns-custom-nameservers/",
      },
      {
        source: "web",
        locator: "https://coredns.io/plugins/kubernetes/",
      },
    ],
  },
  {
    slug: "cri",
    name: "CRI (Container Runtime Interface)",
    kind: "interface",
    summary:
      "The Container Runtime Interface (CRI) is the gRPC API through which the kubelet drives a container runtime, so Kubernetes can use any compliant runtime without recompiling.",
    description:
      "The kubelet is the gRPC client and the runtime serves two services, a runtime service and an image service, usually on a local Unix socket. The API has been stable since v1.23, and from v1.26 the kubelet only works with the v1 version of the API (the older v1alpha2 was dropped). If the kubelet cannot negotiate a CRI version with the runtime, it does not register the node. Tools such as crictl talk to the same API for debugging.",
    tags: ["node", "interface", "runtime"],
    aliases: ["container runtime interface"],
    docsPath: "/docs/concepts/architecture/cri/",
    lifecycle: [
      {
        status: "stable",
        since: "1.23",
        cite: "/docs/concepts/architecture/cri/",
      },
    ],
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
    slug: "cri-dockerd",
    name: "cri-dockerd",
    kind: "component",
    summary:
      "cri-dockerd is a third-party adapter, maintained by Mirantis with Docker, that exposes Docker Engine through the CRI so it can still serve as a Kubernetes node runtime after dockershim's removal.",
    description:
      "It runs as its own service next to Docker Engine and the kubelet is pointed at its socket (by default /run/cri-dockerd.sock) with --container-runtime-endpoint. It is also how Mirantis Container Runtime is used with Kubernetes. Like dockershim before it, it lets you set the pause image with --pod-infra-container-image.",
    tags: ["node", "runtime"],
    aliases: ["cri-docker", "cri dockerd"],
    docsPath:
      "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
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
      {
        source: "web",
        locator: "https://github.com/Mirantis/cri-dockerd",
      },
    ],
  },
  {
    slug: "cri-o",
    name: "CRI-O",
    kind: "runtime",
    summary:
      "CRI-O is a lightweight container runtime built only for Kubernetes: it implements the CRI and runs OCI-compliant containers from OCI images.",
    description:
      "CRI-O exists to let the kubelet use any OCI-compatible low-level runtime; recent CRI-O packages select crun as the default OCI runtime, with runc still available. It uses the systemd cgroup driver by default and can be switched to cgroupfs in its configuration. Its CRI socket is /var/run/crio/crio.sock by default.",
    tags: ["node", "runtime"],
    aliases: ["crio"],
    docsPath: "/docs/setup/production-environment/container-runtimes/#cri-o",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://cri-o.io/",
      },
      {
        source: "web",
        locator: "https://github.com/cri-o/cri-o/pull/8549",
      },
    ],
  },
  {
    slug: "crictl",
    name: "crictl",
    kind: "tool",
    summary:
      "crictl is a command-line client for CRI-compatible container runtimes, used on a node to inspect and debug Pods, containers and images.",
    description:
      "It lives in the kubernetes-sigs/cri-tools project and talks to the runtime endpoint configured by flag, environment variable or /etc/crictl.yaml. It offers docker-like commands (pods, ps, images, logs, exec, pull), but it is a debugging tool: sandboxes or containers created with it are removed again by the kubelet. After the move away from Docker Engine it replaces most uses of the docker CLI on nodes.",
    tags: ["tooling", "node", "debug"],
    aliases: ["cri-tools", "cri ctl"],
    docsPath: "/docs/tasks/debug/debug-cluster/crictl/",
    lifecycle: [
      {
        status: "stable",
        since: "1.11",
        cite: "/docs/tasks/debug/debug-cluster/crictl/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/tools/map-crictl-dockercli/",
      },
    ],
  },
  {
    slug: "cronjob",
    name: "CronJob",
    kind: "resource",
    summary:
      "A CronJob creates a new Job on a repeating schedule written in cron syntax, such as nightly backups or hourly reports.",
    description:
      "Each time its schedule fires, the CronJob controller creates a Job from the jobTemplate; concurrencyPolicy decides whether runs may overlap, and history limits control how many finished Jobs are kept. The batch/v1 version is stable since Kubernetes 1.21 (batch/v1beta1 stopped being served in 1.25).",
    tags: ["workload", "batch"],
    aliases: ["cron job", "cj"],
    docsPath: "/docs/concepts/workloads/controllers/cron-jobs/",
    scope: "namespaced",
    apiVersion: "batch/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.21",
        cite: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/cron-jobs/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
  },
  {
    slug: "cronjob-controller",
    name: "CronJob controller",
    kind: "controller",
    summary:
      "The CronJob controller is the control loop in kube-controller-manager that creates a Job from each CronJob whenever its schedule is due.",
    description:
      "It evaluates each CronJob's cron schedule (optionally in a given time zone), honours concurrencyPolicy and startingDeadlineSeconds, and prunes old Jobs according to the history limits. If the controller misses schedule times (for example while it was down), it starts at most one catch-up Job, subject to the starting deadline.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/cron-jobs/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/cron-jobs/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "crun",
    name: "crun",
    kind: "runtime",
    summary:
      "crun is a low-level OCI runtime written in C, a faster and smaller alternative to runc, and the default OCI runtime in recent CRI-O packages.",
    description:
      "It implements the same OCI runtime specification as runc, so a high-level runtime can swap one for the other. It has long had complete cgroup v2 support. CRI-O switched its default from runc to crun, while keeping runc available as a second handler.",
    tags: ["node", "runtime", "oci"],
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
    slug: "csi",
    name: "CSI (Container Storage Interface)",
    kind: "interface",
    summary:
      "CSI is the standard gRPC interface through which storage vendors expose block and file storage to container orchestrators such as Kubernetes, without changing Kubernetes code.",
    description:
      "Before CSI, volume plugins were compiled into Kubernetes itself; CSI lets a vendor ship a driver out of tree that Kubernetes calls to create, attach, mount, snapshot and expand volumes. Kubernetes support for CSI became generally available in 1.13, and most former in-tree plugins have since been migrated to CSI drivers. Features such as volume snapshots and the ReadWriteOncePod access mode work only with CSI volumes.",
    tags: ["storage", "interface", "plugin"],
    aliases: ["container storage interface"],
    docsPath: "/docs/concepts/storage/volumes/#csi",
    lifecycle: [
      {
        status: "stable",
        since: "1.13",
        cite: "https://kubernetes.io/blog/2019/01/15/container-storage-interface-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2019/01/15/container-storage-interface-ga/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    slug: "csi-driver",
    name: "CSI driver",
    kind: "plugin",
    summary:
      "A CSI driver is a storage vendor's implementation of the Container Storage Interface, deployed into the cluster so Kubernetes can provision, attach and mount that vendor's volumes.",
    description:
      "It is usually deployed as two parts: a controller component (a Deployment or StatefulSet running the driver plus sidecars such as external-provisioner, external-attacher, external-snapshotter and external-resizer) and a node component (a DaemonSet running the driver plus node-driver-registrar) that the kubelet calls to mount volumes. A StorageClass refers to the driver by name in its provisioner field, and a CSIDriver object can describe its capabilities.",
    tags: ["storage", "plugin"],
    aliases: ["csi plugin", "csi volume driver"],
    docsPath: "/docs/concepts/storage/volumes/#csi",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/deploying.html",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    slug: "custom-resource",
    name: "Custom resource",
    kind: "concept",
    summary:
      "A custom resource is an extension of the Kubernetes API, a resource type that is not built in and is added to a particular cluster.",
    description:
      "Custom resources appear through a CRD or an aggregated API server, and their objects are handled with the same tools, RBAC and watches as built-in ones. They hold desired state for some domain (a certificate, a database cluster) that a custom controller acts on.",
    tags: ["extensibility", "api"],
    aliases: ["cr", "custom object"],
    docsPath: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
    ],
  },
  {
    slug: "custom-resource-definition",
    name: "CustomResourceDefinition",
    kind: "resource",
    summary:
      "A CustomResourceDefinition (CRD) registers a new resource type, with its group, names and schema, that the API server then serves like a built-in one.",
    description:
      "Creating a CRD makes kubectl and every API client able to create, list and watch objects of the new kind, with OpenAPI validation, versions and status/scale subresources, without writing an API server. On its own it only stores data; pairing it with a controller (an operator) turns it into a working declarative API.",
    tags: ["extensibility", "api"],
    aliases: ["crd", "crds"],
    docsPath: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
    scope: "cluster",
    apiVersion: "apiextensions.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.16",
        cite: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
  },
  {
    slug: "daemonset",
    name: "DaemonSet",
    kind: "resource",
    summary:
      "A DaemonSet makes sure that a copy of a Pod runs on every node, or on every node that matches a selector, including nodes added later.",
    description:
      "The DaemonSet controller creates one Pod per eligible node, pinning it with node affinity, and the default scheduler then binds it; Pods are removed when their node leaves. DaemonSet Pods automatically tolerate taints such as not-ready or unschedulable, which lets node agents like CNI plugins start before the node is ready. Typical uses are log collectors, monitoring agents, storage (CSI node) plugins and network agents.",
    tags: ["workload", "node", "core-object"],
    aliases: ["ds", "daemon set"],
    docsPath: "/docs/concepts/workloads/controllers/daemonset/",
    scope: "namespaced",
    apiVersion: "apps/v1",
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
    slug: "daemonset-controller",
    name: "DaemonSet controller",
    kind: "controller",
    summary:
      "The DaemonSet controller is the control loop in kube-controller-manager that creates one Pod of each DaemonSet on every eligible node.",
    description:
      "For each eligible node it creates a Pod whose node affinity names that node, after which the default scheduler binds it; it adds tolerations for taints such as not-ready and unschedulable. When nodes join, leave or change labels, it adds or removes Pods accordingly.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/daemonset/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "data-plane",
    name: "Data Plane",
    kind: "concept",
    summary:
      "The data plane is the part of a cluster where application containers actually run: the worker nodes and their CPU, memory, network and storage.",
    description:
      "Each node contributes its kubelet, container runtime and (usually) kube-proxy, and together they run the Pods the control plane assigned. Adding worker nodes grows the data plane without changing the control plane.",
    tags: ["architecture", "node"],
    aliases: ["worker plane"],
    docsPath: "/docs/concepts/overview/components/",
    cites: [
      {
        source: "notes",
        locator: "L14-L16",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    slug: "database",
    name: "Database",
    kind: "concept",
    summary:
      "A database is the typical stateful service; teams often run it outside Kubernetes as a managed offering or on dedicated servers rather than inside the cluster.",
    description:
      "Running a database in the cluster means giving it stable identity and durable storage (a StatefulSet or a single Pod with a PersistentVolumeClaim) and handling backups, failover and upgrades yourself. The notes record that databases are often hosted outside Kubernetes, with in-cluster apps connecting to them.",
    tags: ["storage", "workload"],
    aliases: ["db"],
    docsPath: "/docs/tasks/run-application/run-single-instance-stateful-application/",
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
    slug: "deployment",
    name: "Deployment",
    kind: "resource",
    summary:
      "A Deployment declares a replicated set of interchangeable Pods for a stateless application and rolls out new versions gradually.",
    description:
      "You give it a Pod template, a selector and a replica count; the Deployment controller creates one ReplicaSet per template revision and shifts Pods from the old ReplicaSet to the new one (RollingUpdate by default, or Recreate). Old ReplicaSets are kept for rollback. It is the usual choice for stateless services such as web front ends and APIs.",
    tags: ["workload", "core-object"],
    aliases: ["deploy"],
    docsPath: "/docs/concepts/workloads/controllers/deployment/",
    scope: "namespaced",
    apiVersion: "apps/v1",
    cites: [
      {
        source: "notes",
        locator: "L32",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    slug: "deployment-controller",
    name: "Deployment controller",
    kind: "controller",
    summary:
      "The Deployment controller is the control loop in kube-controller-manager that turns Deployment objects into ReplicaSets and drives rollouts and rollbacks.",
    description:
      "When a Deployment's Pod template changes, it creates a new ReplicaSet and scales it up while scaling the old ones down, respecting maxSurge and maxUnavailable. It also sets the replicas of the underlying ReplicaSets when an autoscaler changes the Deployment's replica count, and records rollout progress in the Deployment status.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/deployment/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/deployment/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "dns-policy",
    name: "dnsPolicy (Pod field)",
    kind: "field",
    summary:
      "dnsPolicy is the Pod spec field that decides where a Pod's DNS configuration comes from; it defaults to ClusterFirst.",
    description:
      "ClusterFirst sends cluster-domain names to cluster DNS and forwards the rest upstream, while Default (despite its name, not the default) inherits the node's resolver. ClusterFirstWithHostNet is needed for host-network Pods that should still use cluster DNS, and None takes everything from the dnsConfig field.",
    tags: ["networking", "dns", "pod-spec"],
    aliases: ["dnsconfig"],
    docsPath: "/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/dns-pod-service/",
      },
    ],
  },
  {
    slug: "docker",
    name: "Docker",
    kind: "technology",
    summary:
      "Docker is the tool set (Docker Engine, the docker CLI and image build tooling) that popularised Linux containers; images it builds are standard OCI images that any runtime can run.",
    description:
      "Kubernetes releases up to v1.23 could drive Docker Engine directly through dockershim, a component built into the kubelet; it was deprecated in v1.20 and removed in v1.24. Since then Docker Engine can only serve as a node runtime through the external cri-dockerd adapter, or you switch the node to a CRI runtime such as containerd or CRI-O. Docker Engine itself delegates container execution to containerd. Building images with docker build and pushing them to a registry is unaffected by the removal.",
    tags: ["runtime", "tooling"],
    aliases: ["docker engine", "docker ce", "moby"],
    docsPath: "/docs/setup/production-environment/container-runtimes/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2022/02/17/dockershim-faq/",
      },
      {
        source: "web",
        locator: "https://docs.docker.com/engine/",
      },
    ],
  },
  {
    slug: "dockershim",
    name: "dockershim",
    kind: "component",
    summary:
      "dockershim was an adapter built into the kubelet that let Kubernetes v1.23 and earlier use Docker Engine as if it were a CRI runtime; it was removed in v1.24.",
    description:
      "Docker predates the CRI, so the kubelet carried this shim to translate CRI calls into Docker Engine API calls. Its removal was announced with v1.20 and carried out in v1.24. Nodes that still want Docker Engine now use the external cri-dockerd adapter; the alternative is to move the node to a CRI runtime such as containerd or CRI-O. Images built with Docker keep working either way.",
    tags: ["node", "runtime", "legacy"],
    aliases: ["docker shim", "docker-shim"],
    docsPath: "/docs/tasks/administer-cluster/migrating-from-dockershim/",
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
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2022/02/17/dockershim-faq/",
      },
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/migrate-dockershim-dockerd/",
      },
      {
        source: "web",
        locator:
          "https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2221-remove-dockershim",
      },
    ],
  },
  {
    slug: "dynamicvolumeprovisioning",
    name: "Dynamic volume provisioning",
    kind: "concept",
    summary:
      "Dynamic volume provisioning creates storage volumes and their PersistentVolumes automatically when a claim asks for a StorageClass, so administrators need not pre-create them.",
    description:
      "When a PersistentVolumeClaim names a StorageClass (or gets the default one) and no existing PV matches, the provisioner named by the class creates the backing storage and a PV that is then bound to the claim. Setting storageClassName to an empty string opts a claim out. With volumeBindingMode WaitForFirstConsumer, provisioning waits until a Pod using the claim is scheduled, so the volume lands in the right topology.",
    tags: ["storage"],
    aliases: ["dynamic provisioning"],
    docsPath: "/docs/concepts/storage/dynamic-provisioning/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/dynamic-provisioning/",
      },
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
    slug: "ebpf",
    name: "eBPF",
    kind: "technology",
    summary:
      "eBPF is a Linux kernel technology for loading small, verified programs into the kernel to process packets and events without kernel modules.",
    description:
      "Networking projects attach eBPF programs to network interfaces and sockets so packet forwarding, Service load balancing and policy checks run inside the kernel with hash-table lookups instead of long rule chains. Cilium's data plane is built on it, and Calico offers an optional eBPF data plane; both can replace kube-proxy this way.",
    tags: ["networking", "linux", "observability"],
    aliases: ["extended berkeley packet filter", "bpf"],
    cites: [
      {
        source: "notes",
        locator: "L13",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/overview/intro/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/operations/ebpf/",
      },
    ],
  },
  {
    slug: "empty-dir",
    name: "emptyDir volume",
    kind: "concept",
    summary:
      "An emptyDir volume is an empty directory created when a Pod is assigned to a node and deleted for good when the Pod leaves that node.",
    description:
      "All containers of the Pod can read and write it, which makes it the usual way to share scratch files between containers, for example for an init container to hand data to the app. It survives container crashes but not Pod removal. Its storage comes from the node's disk (the kubelet directory) or, with medium: Memory, from RAM counted against the container's memory, and sizeLimit can cap it.",
    tags: ["storage"],
    aliases: ["emptyDir", "scratch volume"],
    docsPath: "/docs/concepts/storage/volumes/#emptydir",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
    ],
  },
  {
    slug: "endpoint-slice",
    name: "EndpointSlice",
    kind: "resource",
    summary:
      "An EndpointSlice lists a slice of the network endpoints (addresses, ports, readiness and topology) that back a Service.",
    description:
      "The EndpointSlice controller creates and updates them for every Service with a selector, grouping up to 100 endpoints per slice by default, and links each slice to its Service with the kubernetes.io/service-name label. kube-proxy, CoreDNS and Gateway implementations read EndpointSlices to find backends; for a Service without a selector you can write them yourself. The API is stable since v1.21 and replaces the older Endpoints API.",
    tags: ["networking", "core-object"],
    aliases: ["endpointslice", "endpoint slices"],
    docsPath: "/docs/concepts/services-networking/endpoint-slices/",
    scope: "namespaced",
    apiVersion: "discovery.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.21",
        cite: "/docs/concepts/services-networking/service/",
      },
    ],
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
    slug: "endpoint-slice-controller",
    name: "EndpointSlice controller",
    kind: "controller",
    summary:
      "The EndpointSlice controller in kube-controller-manager keeps the EndpointSlices of every Service that has a selector in line with the matching Pods.",
    description:
      "It watches Services and Pods and creates, updates and deletes slices, marking them with the managed-by label endpointslice-controller.k8s.io. It fills slices up to 100 endpoints by default (flag --max-endpoints-per-slice, maximum 1000) and prefers creating a new slice over many updates, because every change is sent to every node's proxy. A companion mirroring controller copies custom Endpoints into slices.",
    tags: ["networking", "controller"],
    aliases: ["endpointslice controller"],
    docsPath: "/docs/concepts/services-networking/endpoint-slices/#endpointslice-controller",
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
    slug: "endpoints",
    name: "Endpoints",
    kind: "resource",
    summary:
      "Endpoints is the original single-object list of the addresses behind a Service; it is deprecated since v1.33 in favour of EndpointSlice.",
    description:
      "Every Service with a selector used to get one Endpoints object of the same name, which became too large for big Services and is capped at 1000 addresses. New Service features (such as dual-stack and traffic distribution) exist only in EndpointSlices, and since v1.33 the API server warns on every read or write of Endpoints. The type will probably never be removed, but clients should migrate to EndpointSlices.",
    tags: ["networking", "legacy"],
    aliases: ["ep"],
    docsPath: "/docs/concepts/services-networking/service/#endpoints",
    scope: "namespaced",
    apiVersion: "v1",
    lifecycle: [
      {
        status: "deprecated",
        since: "1.33",
        cite: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    slug: "endpoints-controller",
    name: "Endpoints controller",
    kind: "controller",
    summary:
      "The Endpoints controller in kube-controller-manager writes the legacy Endpoints object for each Service with a selector.",
    description:
      "It still runs for compatibility, but the Endpoints API it feeds is deprecated since v1.33 and KEP-4974 plans to drop it from conformance requirements so clusters can turn it off. Modern consumers read EndpointSlices instead.",
    tags: ["networking", "controller", "legacy"],
    aliases: ["endpoint controller"],
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "envoy-gateway",
    name: "Envoy Gateway",
    kind: "addon",
    summary:
      "Envoy Gateway is an Envoy project that implements Gateway API by provisioning and configuring Envoy proxies for each Gateway.",
    description:
      "Its controller turns Gateway and route objects into Envoy configuration and runs the proxies as Deployments behind a Service. It is one of the implementations often suggested for moving off ingress-nginx.",
    tags: ["networking", "gateway-api", "envoy"],
    docsUrl: "https://gateway.envoyproxy.io/docs/",
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
    slug: "ephemeral-container",
    name: "Ephemeral container",
    kind: "concept",
    summary:
      "An ephemeral container is a temporary container added to an already running Pod for interactive troubleshooting, typically with kubectl debug.",
    description:
      "Pods cannot normally gain containers after creation, so ephemeral containers are added through a dedicated ephemeralcontainers subresource rather than by editing the Pod spec. They get no resource guarantees, no ports or probes, and are never restarted, so they are for inspecting a Pod (for example one built from a distroless image) rather than for running an application. Static Pods do not support them. The feature is stable since Kubernetes 1.25.",
    tags: ["workload", "pod", "debugging"],
    aliases: ["debug container"],
    docsPath: "/docs/concepts/workloads/pods/ephemeral-containers/",
    lifecycle: [
      {
        status: "stable",
        since: "1.25",
        cite: "/docs/concepts/workloads/pods/ephemeral-containers/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/ephemeral-containers/",
      },
    ],
  },
  {
    slug: "ephemeral-volume",
    name: "Ephemeral volume",
    kind: "concept",
    summary:
      "An ephemeral volume is declared inline in a Pod spec and is created and deleted together with the Pod, for scratch space or injected data that need not persist.",
    description:
      "Kubernetes offers several kinds: emptyDir, the data-injecting configMap, secret and downwardAPI volumes (all managed by the kubelet as local ephemeral storage), CSI ephemeral volumes provided by special drivers, and generic ephemeral volumes. A generic ephemeral volume carries a claim template: the ephemeral volume controller creates a PersistentVolumeClaim owned by the Pod, so any dynamically provisioning driver can back it and the claim is garbage-collected with the Pod. Generic ephemeral volumes are stable since 1.23.",
    tags: ["storage"],
    aliases: ["generic ephemeral volume", "inline volume"],
    docsPath: "/docs/concepts/storage/ephemeral-volumes/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
      {
        source: "web",
        locator: "https://www.kubernetes.dev/resources/keps/1698/",
      },
    ],
  },
  {
    slug: "etcd",
    name: "etcd",
    kind: "component",
    summary:
      "etcd is the consistent, highly available key-value store that holds all Kubernetes cluster data.",
    description:
      "It replicates data with the Raft consensus algorithm, so production setups run an odd number of members (three or five) to keep a quorum. Only the API server should have access to it: anyone who can read etcd directly can read every Secret. Because it holds the whole cluster state, regular snapshots are the core of any backup plan.",
    tags: ["control-plane", "storage", "datastore"],
    aliases: ["etcd cluster"],
    docsPath: "/docs/tasks/administer-cluster/configure-upgrade-etcd/",
    cites: [
      {
        source: "notes",
        locator: "L7",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/configure-upgrade-etcd/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/api-server-bypass-risks/",
      },
    ],
  },
  {
    slug: "eviction",
    name: "Eviction",
    kind: "concept",
    summary:
      "Eviction is the process of terminating Pods on a node on purpose, to reclaim resources or to move the work elsewhere.",
    description:
      "Evictions come from several sources: the kubelet under node pressure, the node lifecycle controller after a node fails (taint-based eviction), the scheduler when it preempts lower-priority Pods, and clients calling the Eviction API (for example kubectl drain). API-initiated evictions respect PodDisruptionBudgets and grace periods; an evicted Pod is not restarted in place, so its owning controller creates a replacement.",
    tags: ["scheduling", "node"],
    aliases: ["pod eviction", "api-initiated eviction"],
    docsPath: "/docs/concepts/scheduling-eviction/api-eviction/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/api-eviction/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    slug: "external-name",
    name: "ExternalName Service",
    kind: "concept",
    summary:
      "An ExternalName Service maps a Service name to an outside DNS name by returning a CNAME record, without any proxying.",
    description:
      "It has no selector, endpoints or cluster IP; cluster DNS is the only way it works, and kube-proxy ignores it. It is handy for giving an external database an in-cluster name, but protocols that check the host name (HTTP Host header, TLS certificates) may break because clients see a different name.",
    tags: ["networking", "service-type", "dns"],
    aliases: ["externalname"],
    docsPath: "/docs/concepts/services-networking/service/#externalname",
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
    slug: "external-provisioner",
    name: "external-provisioner (csi-provisioner)",
    kind: "component",
    summary:
      "The external-provisioner is a CSI sidecar container that watches PersistentVolumeClaims for its driver's StorageClasses and calls the driver to create and delete volumes and their PersistentVolumes.",
    description:
      "It runs next to a CSI driver's controller component because the PersistentVolume controller inside kube-controller-manager has no direct interface to CSI drivers. For each claim whose class names its driver, it calls CreateVolume, creates the matching PV and, when the PV's reclaim policy is Delete, calls DeleteVolume after release. It is maintained by Kubernetes SIG Storage in the kubernetes-csi project.",
    tags: ["storage", "csi"],
    aliases: ["csi-provisioner", "external provisioner"],
    docsPath: "https://kubernetes-csi.github.io/docs/external-provisioner.html",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes-csi.github.io/docs/external-provisioner.html",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
    ],
  },
  {
    slug: "flannel",
    name: "Flannel",
    kind: "plugin",
    summary:
      "Flannel is a small CNI plugin that gives each node a Pod subnet and, by default, connects nodes with a VXLAN overlay.",
    description:
      "A flanneld agent on each node leases a subnet from the cluster Pod range and forwards packets between nodes through a configurable backend; VXLAN is the recommended default, host-gw routes natively when nodes share a layer-2 network. Flannel deliberately handles connectivity only: it does not enforce NetworkPolicy, which is why it is often paired with Calico (the Canal combination) when policies are needed.",
    tags: ["networking", "cni-plugin", "overlay"],
    aliases: ["flanneld"],
    docsUrl: "https://github.com/flannel-io/flannel#flannel",
    cites: [
      {
        source: "notes",
        locator: "L10",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
      {
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
    ],
  },
  {
    slug: "gateway",
    name: "Gateway",
    kind: "resource",
    summary:
      "A Gateway is a Gateway API object describing one instance of traffic-handling infrastructure, such as a cloud load balancer or an in-cluster proxy, with its listeners.",
    description:
      "It must name exactly one GatewayClass, whose controller provisions the infrastructure and assigns an address. Each listener sets a protocol, port, optional hostname and TLS settings, and which namespaces may attach routes (by default only the Gateway's own namespace).",
    tags: ["networking", "gateway-api"],
    docsPath: "/docs/concepts/services-networking/gateway/#api-kind-gateway",
    scope: "namespaced",
    apiVersion: "gateway.networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "2023-10",
        cite: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
  },
  {
    slug: "gateway-api",
    name: "Gateway API",
    kind: "addon",
    summary:
      "Gateway API is an add-on family of role-oriented routing API kinds (GatewayClass, Gateway, HTTPRoute, GRPCRoute and more) that succeeds Ingress.",
    description:
      "It is defined as CustomResourceDefinitions that you install into the cluster, and an implementation (a gateway controller) must be running to act on them. Infrastructure providers define GatewayClasses, cluster operators create Gateways, and application teams attach routes, replacing Ingress annotations with typed fields for header matching, traffic weighting and more. GatewayClass, Gateway and HTTPRoute reached v1 (GA) in Gateway API v1.0 (October 2023), GRPCRoute in v1.1 and TLSRoute in v1.5 (February 2026).",
    tags: ["networking", "addon", "extension"],
    aliases: ["gateway api", "k8s gateway api"],
    docsPath: "/docs/concepts/services-networking/gateway/",
    lifecycle: [
      {
        status: "stable",
        since: "2023-10",
        cite: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2026/04/21/gateway-api-v1-5/",
      },
    ],
  },
  {
    slug: "gateway-class",
    name: "GatewayClass",
    kind: "resource",
    summary:
      "A GatewayClass is a cluster-scoped Gateway API object that defines a kind of gateway and names, through controllerName, the controller that implements it.",
    description:
      "It plays the role IngressClass plays for Ingress. Infrastructure providers publish classes, and Gateways of a class are managed by that implementation's controller, optionally with provider-specific parameters.",
    tags: ["networking", "gateway-api"],
    docsPath: "/docs/concepts/services-networking/gateway/#api-kind-gateway-class",
    scope: "cluster",
    apiVersion: "gateway.networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "2023-10",
        cite: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
  },
  {
    slug: "gateway-controller",
    name: "Gateway controller (Gateway API implementation)",
    kind: "controller",
    summary:
      "A gateway controller is the installed implementation that watches GatewayClasses, Gateways and routes and programs real proxies or cloud load balancers from them.",
    description:
      "Gateway API objects have no effect without one, just as Ingress needs an ingress controller. Implementations include Envoy Gateway, Cilium, Contour, Traefik, Istio and cloud providers' controllers; conformance tests show which features each supports.",
    tags: ["networking", "gateway-api", "controller"],
    aliases: ["gateway api implementation"],
    docsPath: "/docs/concepts/services-networking/gateway/",
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
    slug: "group",
    name: "Group",
    kind: "concept",
    summary:
      "A group is a named set of identities, supplied by the authenticator, that RBAC can grant permissions to in one step.",
    description:
      "Like users, groups are strings rather than API objects. Kubernetes defines system groups such as system:authenticated, system:unauthenticated, system:serviceaccounts and system:serviceaccounts:<namespace>, so a binding can cover every ServiceAccount of a namespace at once.",
    tags: ["security", "identity"],
    aliases: ["user group"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
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
    slug: "grpc-route",
    name: "GRPCRoute",
    kind: "resource",
    summary:
      "A GRPCRoute is a Gateway API object that routes gRPC requests from Gateway listeners to backends, matching on host, gRPC service and method.",
    description:
      "Gateways that accept it must speak HTTP/2 without an upgrade from HTTP/1 so gRPC flows correctly. It became part of the standard (GA) channel in Gateway API v1.1 (May 2024).",
    tags: ["networking", "gateway-api"],
    aliases: ["grpcroute"],
    docsPath: "/docs/concepts/services-networking/gateway/#api-kind-grpcroute",
    scope: "namespaced",
    apiVersion: "gateway.networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "2024-05",
        cite: "https://kubernetes.io/blog/2024/05/09/gateway-api-v1-1/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2024/05/09/gateway-api-v1-1/",
      },
    ],
  },
  {
    slug: "headlamp",
    name: "Headlamp",
    kind: "tool",
    summary:
      "Headlamp is an extensible Kubernetes web UI, now a Kubernetes SIG UI project, that runs in-cluster or as a desktop app and is the suggested replacement for the archived Kubernetes Dashboard.",
    description:
      "It lists, shows and edits cluster resources, offers logs, exec and a resource editor, and can manage several clusters. The desktop app reads your kubeconfig; in-cluster it uses a token or OIDC, and its controls follow the user's RBAC permissions. Plugins extend it (for example for Helm or Prometheus).",
    tags: ["tooling", "ui"],
    aliases: ["headlamp ui"],
    cites: [
      {
        source: "web",
        locator: "https://headlamp.dev/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/headlamp",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-retired/dashboard",
      },
    ],
  },
  {
    slug: "headless-service",
    name: "Headless Service",
    kind: "concept",
    summary:
      "A headless Service sets clusterIP to None, so it gets no virtual IP and its DNS name resolves directly to the backing Pod addresses.",
    description:
      "kube-proxy does not handle headless Services and nothing load-balances them; clients pick among the returned records. With a selector, EndpointSlices are still maintained and DNS serves A/AAAA records per ready Pod, which StatefulSets use to give each Pod a stable DNS name.",
    tags: ["networking", "service-type", "dns"],
    aliases: ["clusterip none"],
    docsPath: "/docs/concepts/services-networking/service/#headless-services",
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
    slug: "helm",
    name: "Helm",
    kind: "tool",
    summary:
      "Helm is the package manager for Kubernetes: it installs, upgrades and rolls back applications packaged as charts, tracking each installation as a release.",
    description:
      "Helm renders a chart's templates with the supplied values and sends the resulting objects to the API server; since Helm 3 there is no in-cluster component (Tiller was removed) and Helm uses your kubeconfig credentials. Charts come from chart repositories or from OCI registries. Helm 4 was released in November 2025, with server-side apply for new installs; Helm is a CNCF project separate from Kubernetes itself.",
    tags: ["tooling", "packaging"],
    aliases: ["helm cli", "kubernetes package manager"],
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/",
      },
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/registries/",
      },
      {
        source: "web",
        locator: "https://github.com/helm/helm/releases/tag/v4.0.0",
      },
    ],
  },
  {
    slug: "helm-chart",
    name: "Helm Chart",
    kind: "concept",
    summary:
      "A Helm chart is a versioned package of templated Kubernetes manifests plus default values, which Helm renders and installs as a release.",
    description:
      "A chart is a directory (or archive) with a Chart.yaml describing it, a values.yaml with defaults and a templates/ folder of manifests; it can depend on other charts. The same chart can be installed many times with different values, each time as a separate release. Charts are shared through chart repositories or pushed to OCI container registries.",
    tags: ["tooling", "packaging"],
    aliases: ["chart"],
    cites: [
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/charts/",
      },
      {
        source: "web",
        locator: "https://helm.sh/docs/topics/registries/",
      },
    ],
  },
  {
    slug: "horizontal-pod-autoscaler",
    name: "HorizontalPodAutoscaler",
    kind: "resource",
    summary:
      "A HorizontalPodAutoscaler changes the replica count of a scalable workload, such as a Deployment or StatefulSet, to track metrics like average CPU utilisation.",
    description:
      "A control loop in kube-controller-manager (every 15 s by default) reads metrics for the Pods selected by the target's selector, compares them with the target value and writes a new replica count through the target's scale subresource. CPU and memory utilisation are computed as a percentage of the containers' resource requests and come from the metrics.k8s.io API, usually served by Metrics Server. It cannot scale objects without a scale subresource, such as DaemonSets. autoscaling/v2 is stable since 1.23.",
    tags: ["workload", "autoscaling"],
    aliases: ["hpa", "pod autoscaler"],
    docsPath: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
    scope: "namespaced",
    apiVersion: "autoscaling/v2",
    lifecycle: [
      {
        status: "stable",
        since: "1.23",
        cite: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
  },
  {
    slug: "host-path",
    name: "hostPath volume",
    kind: "concept",
    summary:
      "A hostPath volume mounts a file or directory from the node's own filesystem into a Pod.",
    description:
      "Few Pods need it; it suits node agents that must read node logs, sockets or devices. It is a security risk, because a Pod can reach host credentials or escalate privileges through the node filesystem, and the Baseline Pod Security Standard forbids it. Data stays on that one node, so as a PersistentVolume type it is only for single-node testing.",
    tags: ["storage", "security"],
    aliases: ["hostPath"],
    docsPath: "/docs/concepts/storage/volumes/#hostpath",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    slug: "http-route",
    name: "HTTPRoute",
    kind: "resource",
    summary:
      "An HTTPRoute is a Gateway API object that attaches to Gateway listeners and maps HTTP requests, by host, path, header or method, to backends such as Services.",
    description:
      "Rules can also filter requests (rewrite, redirect, add headers) and split traffic by weight, things Ingress could only do through annotations. The implementation may send traffic to the Service IP or directly to the endpoints from its EndpointSlices.",
    tags: ["networking", "gateway-api"],
    aliases: ["httproute"],
    docsPath: "/docs/concepts/services-networking/gateway/#api-kind-httproute",
    scope: "namespaced",
    apiVersion: "gateway.networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "2023-10",
        cite: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/gateway/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2023/10/31/gateway-api-ga/",
      },
    ],
  },
  {
    slug: "image",
    name: "Container image",
    kind: "concept",
    summary:
      "A container image is an immutable, versioned package of an application and its filesystem that a container runtime pulls from a registry and runs.",
    description:
      "You build an image of your application, push it to a registry and refer to it by name (and ideally a tag or digest) in the container spec of a Pod. The kubelet's imagePullPolicy decides whether the runtime pulls it again when a container starts. Images are read-only; anything written at run time goes to the container's writable layer or to a volume.",
    tags: ["workload"],
    aliases: ["docker image", "oci image"],
    docsPath: "/docs/concepts/containers/images/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    slug: "image-pull-policy",
    name: "Image Pull Policy",
    kind: "field",
    summary:
      "imagePullPolicy is a container field that tells the kubelet when to pull the container's image: IfNotPresent, Always or Never.",
    description:
      "IfNotPresent pulls only when the image is missing on the node; Always resolves the name against the registry each time the container starts and pulls only if the digest is not cached; Never never pulls and fails if the image is absent. If the field is omitted it defaults to Always when the tag is :latest or missing, and IfNotPresent otherwise; the default is fixed when the object is created. Avoid :latest in production, because it makes the running version hard to track.",
    tags: ["image", "node"],
    aliases: ["imagePullPolicy", "pull policy"],
    docsPath: "/docs/concepts/containers/images/#image-pull-policy",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    slug: "in-place-pod-resize",
    name: "In-place Pod resize",
    kind: "concept",
    summary:
      "In-place Pod resize lets you change the CPU and memory requests and limits of a running Pod's containers through the resize subresource, often without restarting them.",
    description:
      "The container spec's resources become the desired values, while status.containerStatuses[].resources shows what is actually applied; the kubelet resizes the cgroups and reports PodResizePending or PodResizeInProgress conditions. A per-container resizePolicy says whether a change needs a restart. The feature was alpha in 1.27, beta in 1.33 and is stable since 1.35.",
    tags: ["workload", "resources", "autoscaling"],
    aliases: ["in-place pod vertical scaling", "InPlacePodVerticalScaling", "pod resize"],
    docsPath: "/docs/tasks/configure-pod-container/resize-container-resources/",
    lifecycle: [
      {
        status: "alpha",
        since: "1.27",
        cite: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
      {
        status: "beta",
        since: "1.33",
        cite: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
      {
        status: "stable",
        since: "1.35",
        cite: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/resize-container-resources/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/12/19/kubernetes-v1-35-in-place-pod-resize-ga/",
      },
    ],
  },
  {
    slug: "ingress",
    name: "Ingress",
    kind: "resource",
    summary:
      "An Ingress is an API object of host- and path-based HTTP(S) routing rules that bring outside traffic to Services, carried out by an ingress controller.",
    description:
      "The object alone does nothing: an ingress controller chosen through its IngressClass reads the rules and does the proxying, optionally terminating TLS with a certificate from a Secret. Features beyond the basics live in controller-specific annotations. The Ingress API is stable since v1.19 but frozen: it will not be removed, yet it gets no new features, and Gateway API is its recommended successor.",
    tags: ["networking", "core-object"],
    aliases: ["ing", "ingress resource"],
    docsPath: "/docs/concepts/services-networking/ingress/",
    scope: "namespaced",
    apiVersion: "networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.19",
        cite: "/docs/concepts/services-networking/ingress/",
      },
    ],
    cites: [
      {
        source: "notes",
        locator: "L33-L34",
      },
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
    slug: "ingress-class",
    name: "IngressClass",
    kind: "resource",
    summary:
      "An IngressClass is a cluster-scoped object naming the controller that should implement Ingresses of that class, optionally with controller parameters.",
    description:
      "An Ingress selects its class through spec.ingressClassName (which replaced the old kubernetes.io/ingress.class annotation). One IngressClass can be marked as the cluster default with the ingressclass.kubernetes.io/is-default-class annotation, and several controllers can run side by side, each owning its classes.",
    tags: ["networking"],
    aliases: ["ingressclassname"],
    docsPath: "/docs/concepts/services-networking/ingress/#ingress-class",
    scope: "cluster",
    apiVersion: "networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.19",
        cite: "/docs/concepts/services-networking/ingress/",
      },
    ],
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
    slug: "ingress-controller",
    name: "Ingress controller",
    kind: "controller",
    summary:
      "An ingress controller is a reverse proxy plus control loop, installed separately, that watches Ingress objects and routes incoming HTTP(S) requests according to their rules.",
    description:
      "Kubernetes does not ship one; you pick one or more (each claims Ingresses through an IngressClass). The Kubernetes project itself maintains the AWS and GCE controllers, and many others exist, such as Traefik, Contour, HAProxy and Cilium's. ingress-nginx, long the most popular, was retired in March 2026.",
    tags: ["networking", "addon"],
    aliases: ["ingress proxy"],
    docsPath: "/docs/concepts/services-networking/ingress-controllers/",
    cites: [
      {
        source: "notes",
        locator: "L33-L34",
      },
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
    slug: "ingress-nginx",
    name: "ingress-nginx",
    kind: "addon",
    summary:
      "ingress-nginx was the Kubernetes project's NGINX-based ingress controller; it was retired in March 2026 and gets no further releases or security fixes.",
    description:
      "Built early on as an example implementation of the Ingress API, it became one of the most widely deployed controllers, but a tiny maintainer team and risky features such as configuration-snippet annotations made it unsustainable. SIG Network and the Security Response Committee announced its retirement in November 2025; existing installations keep running and artifacts stay available, and users are advised to move to Gateway API or another controller. It is distinct from F5's NGINX Ingress Controller.",
    tags: ["networking", "addon", "legacy"],
    aliases: ["nginx ingress", "ingress nginx controller"],
    docsUrl: "https://github.com/kubernetes/ingress-nginx",
    lifecycle: [
      {
        status: "retired",
        since: "2026-03",
        cite: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
    ],
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
    slug: "init-container",
    name: "Init container",
    kind: "concept",
    summary:
      "An init container runs to completion before a Pod's app containers start, to prepare files, wait for dependencies or run setup steps.",
    description:
      "A Pod lists init containers in spec.initContainers; the kubelet runs them one after another and each must exit successfully before the next starts. If one fails, the kubelet retries it according to the Pod's restartPolicy. Regular init containers do not support liveness, readiness or startup probes, because they are expected to finish. An init container whose own restartPolicy is Always is not a regular init container but a sidecar.",
    tags: ["workload", "pod"],
    aliases: ["initcontainer"],
    docsPath: "/docs/concepts/workloads/pods/init-containers/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/init-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
    ],
  },
  {
    slug: "ip-in-ip",
    name: "IP-in-IP",
    kind: "protocol",
    summary:
      "IP-in-IP is a lightweight encapsulation that wraps one IPv4 packet directly inside another (IP protocol 4), used by Calico for its overlay.",
    description:
      "It adds less overhead than VXLAN because there is no UDP or Ethernet header, but some networks (Azure, for example) drop protocol-4 packets. The Tigera operator uses IP-in-IP for Calico's default IP pool when no encapsulation is specified, and the classic calico.yaml manifest enables it always; the operator's quick-start manifest chooses VXLANCrossSubnet instead.",
    tags: ["networking", "protocol", "overlay"],
    aliases: ["ipip", "ip in ip"],
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool",
      },
      {
        source: "web",
        locator:
          "https://github.com/projectcalico/calico/blob/master/manifests/custom-resources.yaml",
      },
    ],
  },
  {
    slug: "iptables",
    name: "iptables",
    kind: "technology",
    summary:
      "iptables is the classic Linux netfilter interface for packet filtering and NAT, and the default back end kube-proxy uses on Linux.",
    description:
      "In iptables mode kube-proxy installs chains that catch traffic to a Service's cluster IP and port and DNAT it to one backend Pod, chosen at random. Rules are evaluated sequentially, so very large clusters can see slow updates and per-packet cost; nftables, its successor in the kernel, addresses this and is the recommended newer kube-proxy mode.",
    tags: ["networking", "linux"],
    aliases: ["netfilter rules"],
    docsPath: "/docs/reference/networking/virtual-ips/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
    ],
  },
  {
    slug: "ipvs",
    name: "IPVS",
    kind: "technology",
    summary:
      "IPVS (IP Virtual Server) is the Linux kernel's layer-4 load balancer, which kube-proxy can use as a back end for Service traffic.",
    description:
      "IPVS keeps virtual services in kernel hash tables and offers several scheduling algorithms (round robin, least connection and others). kube-proxy's ipvs mode was added for large clusters, but it never covered every Service edge case; SIG Network deprecated the ipvs mode in v1.35 and recommends the nftables mode instead. IPVS itself remains a kernel feature.",
    tags: ["networking", "linux", "load-balancing"],
    aliases: ["ip virtual server", "linux virtual server"],
    docsPath: "/docs/reference/networking/virtual-ips/",
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
    slug: "job",
    name: "Job",
    kind: "resource",
    summary:
      "A Job runs one or more Pods until a set number of them finish successfully, for batch work that should end rather than run forever.",
    description:
      "The Job controller creates Pods from the template, retries failed ones up to backoffLimit, and marks the Job complete when enough Pods have succeeded; it supports parallel and indexed completion modes. Its Pods must use restartPolicy OnFailure or Never. A finished Job can be cleaned up automatically with ttlSecondsAfterFinished.",
    tags: ["workload", "batch"],
    aliases: ["batch job"],
    docsPath: "/docs/concepts/workloads/controllers/job/",
    scope: "namespaced",
    apiVersion: "batch/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    slug: "job-controller",
    name: "Job controller",
    kind: "controller",
    summary:
      "The Job controller is the control loop in kube-controller-manager that runs a Job's Pods, tracks their completions and failures and marks the Job complete or failed.",
    description:
      "It creates Pods up to the Job's parallelism, counts successful ones towards completions, retries failures with exponential back-off up to backoffLimit, and applies policies such as activeDeadlineSeconds. A separate TTL-after-finished controller deletes finished Jobs when ttlSecondsAfterFinished is set.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/job/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "jwt",
    name: "JWT",
    kind: "technology",
    summary:
      "A JSON Web Token is a signed, compact token format carrying claims; Kubernetes ServiceAccount tokens are JWTs.",
    description:
      "The API server checks a presented JWT's signature, expiry, audience and bound object before accepting it as a ServiceAccount identity. It is a bearer credential: whoever holds it can act as that identity until it expires, so it must never be pasted into notes, tickets or repositories.",
    tags: ["security", "identity"],
    aliases: ["json web token"],
    docsPath: "/docs/concepts/security/service-accounts/",
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
    slug: "kind",
    name: "kind",
    kind: "tool",
    summary:
      "kind (Kubernetes IN Docker) runs local Kubernetes clusters whose nodes are containers, mainly for testing Kubernetes itself and for CI, and also for local development.",
    description:
      "Each node is a container from a node image that runs systemd, containerd and the kubelet, and kind bootstraps the nodes with kubeadm. It needs Docker, Podman or nerdctl on the host. kind is a Kubernetes SIG project (kubernetes-sigs/kind) and is listed with minikube and kubeadm among the install tools.",
    tags: ["tooling", "setup", "local-dev"],
    aliases: ["kubernetes in docker"],
    cites: [
      {
        source: "web",
        locator: "https://kind.sigs.k8s.io/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/kind",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/tools/",
      },
    ],
  },
  {
    slug: "krew",
    name: "Krew",
    kind: "tool",
    summary:
      "Krew is the plugin manager for kubectl, maintained by the Kubernetes SIG CLI community, that discovers, installs and updates kubectl plugins from a community index.",
    description:
      "It is itself run as a kubectl plugin (kubectl krew install, search, upgrade). It also gives plugin authors one cross-platform packaging format. The plugins in its index are not security-audited.",
    tags: ["tooling", "cli"],
    aliases: ["kubectl krew"],
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
    slug: "kube-apiserver",
    name: "kube-apiserver",
    kind: "component",
    summary:
      "kube-apiserver serves the Kubernetes API: every user, tool and component reads and changes cluster state through it.",
    description:
      "Each request is authenticated, authorized and passed through admission control before the object is validated and written to etcd. Controllers, the scheduler and kubelets all work by watching and updating objects through this server rather than by talking to each other or to etcd. It is stateless, so you scale it out by running more instances behind a load balancer.",
    tags: ["control-plane", "api"],
    aliases: ["api server", "apiserver", "kubernetes api server"],
    docsPath: "/docs/reference/command-line-tools-reference/kube-apiserver/",
    cites: [
      {
        source: "notes",
        locator: "L4",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-apiserver/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/controlling-access/",
      },
    ],
  },
  {
    slug: "kube-controller-manager",
    name: "kube-controller-manager",
    kind: "component",
    summary:
      "kube-controller-manager is the control plane program that runs Kubernetes' built-in controllers in a single process.",
    description:
      "Conceptually each controller is its own control loop, but to keep operations simple the built-in ones (node lifecycle, ReplicaSet, Deployment, Job, EndpointSlice, ServiceAccount and more) are compiled into one binary. Several replicas can run for availability; leader election makes sure only one of them is active at a time.",
    tags: ["control-plane", "controller"],
    aliases: ["controller manager", "kcm"],
    docsPath: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
    cites: [
      {
        source: "notes",
        locator: "L5",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/controller/",
      },
    ],
  },
  {
    slug: "kube-dns",
    name: "kube-dns",
    kind: "addon",
    summary:
      "kube-dns is the older cluster DNS add-on (built on SkyDNS and dnsmasq) that CoreDNS replaced.",
    description:
      "CoreDNS became the recommended cluster DNS server in v1.12, and kubeadm dropped kube-dns support in v1.21. The Service in front of CoreDNS is still named kube-dns so that existing clients keep working.",
    tags: ["networking", "dns", "legacy"],
    aliases: ["kubedns"],
    docsPath: "/docs/tasks/administer-cluster/coredns/",
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
    slug: "kube-proxy",
    name: "kube-proxy",
    kind: "component",
    summary:
      "kube-proxy is the optional per-node agent that implements Service virtual IPs by programming iptables, nftables or (deprecated) IPVS rules, or the Windows kernel on Windows nodes.",
    description:
      "It watches Services and EndpointSlices through the API server and turns each Service's cluster IP, node ports and load-balancer addresses into forwarding rules that send traffic to a ready backend Pod. It does not implement the Service API object itself, does not handle headless or ExternalName Services, and can be left out when another component (such as Cilium's eBPF replacement) does the same job. It usually runs as a DaemonSet Pod on every node.",
    tags: ["node", "networking"],
    aliases: ["service proxy"],
    docsPath: "/docs/reference/command-line-tools-reference/kube-proxy/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-proxy/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/networking/virtual-ips/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
    ],
  },
  {
    slug: "kube-scheduler",
    name: "kube-scheduler",
    kind: "component",
    summary: "kube-scheduler assigns every Pod that has no node yet to a suitable node.",
    description:
      "For each pending Pod it first filters out nodes that cannot host it (not enough free requested CPU or memory, untolerated taints, unmet affinity or spread rules) and then scores the rest to pick the best one. It only writes the binding into the API; the kubelet on the chosen node starts the containers. When no node fits, it can preempt lower-priority Pods.",
    tags: ["control-plane", "scheduling"],
    aliases: ["scheduler"],
    docsPath: "/docs/concepts/scheduling-eviction/kube-scheduler/",
    cites: [
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/kube-scheduler/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    slug: "kubeadm",
    name: "kubeadm",
    kind: "tool",
    summary:
      "kubeadm is the official tool for bootstrapping a conformant cluster: kubeadm init sets up a control plane, kubeadm join adds nodes, and kubeadm upgrade moves a cluster to a newer version.",
    description:
      "It expects a CRI container runtime and the kubelet to be installed on each machine. It runs the control-plane components as static Pods whose manifests it writes for the kubelet, generates certificates and kubeconfig files, and installs the CoreDNS and kube-proxy add-ons. Since v1.22 it sets the kubelet's cgroup driver to systemd when none is given, and since v1.21 CoreDNS is the only cluster DNS it supports.",
    tags: ["tooling", "setup"],
    docsPath: "/docs/reference/setup-tools/kubeadm/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/coredns/",
      },
    ],
  },
  {
    slug: "kubeconfig",
    name: "kubeconfig",
    kind: "concept",
    summary:
      "A kubeconfig file describes clusters, users (credentials) and contexts, and tells kubectl and other clients which cluster to reach and how to authenticate.",
    description:
      "By default clients read $HOME/.kube/config, and the KUBECONFIG environment variable or the --kubeconfig flag can point elsewhere or merge several files. A context binds a cluster, a user and an optional namespace, and the current context picks the one in use. Cluster components use kubeconfig files too: the kubelet, for example, uses one to reach the API server, and kubeadm writes them for the admin and the control-plane components.",
    tags: ["tooling", "security"],
    aliases: ["kube config", "kubeconfig file"],
    docsPath: "/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kubelet/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/setup-tools/kubeadm/kubeadm-init/",
      },
    ],
  },
  {
    slug: "kubectl",
    name: "kubectl",
    kind: "tool",
    summary:
      "kubectl is the official command-line client for a cluster's API server: it creates, inspects, updates and deletes objects, reads logs, execs into containers and helps with debugging.",
    description:
      "It finds the cluster and credentials to use in a kubeconfig file. Besides its own commands it has Kustomize built in (kubectl kustomize and kubectl apply -k, since v1.14) and can be extended with plugins, executables named kubectl-<name> on the PATH, which the Krew plugin manager can install. kubectl proxy serves the API server on localhost with your credentials, which is how the notes open the Dashboard.",
    tags: ["tooling", "cli"],
    aliases: ["kube control", "kubernetes cli"],
    docsPath: "/docs/reference/kubectl/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/kubectl/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubectl/kubectl-plugins/",
      },
      {
        source: "notes",
        locator: "L43",
      },
    ],
  },
  {
    slug: "kubectl-plugin",
    name: "kubectl plugin",
    kind: "plugin",
    summary:
      "A kubectl plugin is a standalone executable named kubectl-<name> on the PATH that adds a new kubectl subcommand (kubectl <name>).",
    description:
      "Plugins can be written in any language; kubectl passes them its arguments and environment, and kubectl plugin list shows what it finds. A plugin cannot override or extend a built-in command. Go plugins can use the cli-runtime libraries to read kubeconfig and talk to the API server. Plugins from the Krew index are not audited, so install them with care.",
    tags: ["tooling", "cli"],
    aliases: ["kubectl plugins", "kubectl extension"],
    docsPath: "/docs/tasks/extend-kubectl/kubectl-plugins/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/extend-kubectl/kubectl-plugins/",
      },
    ],
  },
  {
    slug: "kubelet",
    name: "kubelet",
    kind: "component",
    summary:
      "The kubelet is the agent on every node that takes the Pods bound to that node and makes sure their containers are running and healthy.",
    description:
      "The kubelet watches the API server for Pods assigned to its node (and also reads static Pod manifests from local files) and asks the container runtime, over the CRI gRPC API, to create the Pod sandboxes and containers. It mounts the volumes a Pod declares, runs the liveness, readiness and startup probes, and restarts containers according to their restart policy. It keeps the Node object's status up to date and renews the node's Lease as a heartbeat. It only manages containers that Kubernetes created.",
    tags: ["node", "agent"],
    aliases: ["node agent"],
    docsPath: "/docs/reference/command-line-tools-reference/kubelet/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kubelet/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/components/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    slug: "kubelet-configuration",
    name: "KubeletConfiguration",
    kind: "concept",
    summary:
      "KubeletConfiguration is the versioned configuration file format (kubelet.config.k8s.io) that sets most kubelet options, such as cgroupDriver, staticPodPath, clusterDNS and failCgroupV1.",
    description:
      "It is passed to the kubelet with --config and replaces most individual command-line flags. kubeadm generates one for each node and lets you supply your own fields at kubeadm init. It is a file read by the kubelet, not an object stored in the API server.",
    tags: ["node", "configuration"],
    aliases: ["kubelet config file", "kubelet.config.k8s.io"],
    docsPath: "/docs/tasks/administer-cluster/kubelet-config-file/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubelet-config-file/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    slug: "kubernetes",
    name: "Kubernetes",
    kind: "concept",
    summary:
      "Kubernetes is an open-source system that deploys, scales and keeps containerized applications running across a group of machines.",
    description:
      "Kubernetes (k8s, the 8 standing for the eight letters between k and s) pools a set of machines into one place to run containers. You declare the applications you want as API objects, and control loops keep working to make the running system match that declaration. It restarts failed containers, replaces Pods on failed machines and spreads load, but it deliberately leaves choices such as logging, CI/CD or middleware to add-ons.",
    tags: ["fundamental", "orchestration"],
    aliases: ["k8s", "kube"],
    docsPath: "/docs/concepts/overview/",
    cites: [
      {
        source: "notes",
        locator: "L1",
      },
      {
        source: "notes",
        locator: "L18",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/",
      },
    ],
  },
  {
    slug: "kubernetes-api",
    name: "Kubernetes API",
    kind: "concept",
    summary:
      "The Kubernetes API is the versioned HTTP interface, served by kube-apiserver, through which all objects are created, read, updated, deleted and watched.",
    description:
      "Resources are organised into API groups (the core group at /api/v1, named groups under /apis/<group>/<version>) that are versioned as alpha, beta and stable. The server publishes what it serves through the discovery API and OpenAPI documents, which kubectl uses. The API can be extended with CustomResourceDefinitions or with the aggregation layer.",
    tags: ["api", "fundamental"],
    aliases: ["k8s api"],
    docsPath: "/docs/concepts/overview/kubernetes-api/",
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
    slug: "kubernetes-dashboard",
    name: "Kubernetes Dashboard",
    kind: "addon",
    summary:
      "The Kubernetes Dashboard is a web UI add-on for viewing and managing cluster objects from a browser; the project was archived in January 2026 and its maintainers point users to Headlamp.",
    description:
      "It ran in its own kubernetes-dashboard namespace and was not exposed outside the cluster by default; the notes open it through kubectl proxy at a localhost:8001 API-server proxy URL. Login needed a bearer token, typically for a ServiceAccount, and what a user could see and change was limited by that account's RBAC permissions. From v7.0.0 it could only be installed with Helm. The repository was archived on 2026-01-21 for lack of maintainers, so it receives no further fixes.",
    tags: ["tooling", "ui", "addon"],
    aliases: ["dashboard", "k8s dashboard", "web ui"],
    docsPath: "/docs/tasks/access-application-cluster/web-ui-dashboard/",
    lifecycle: [
      {
        status: "archived",
        since: "2026-01",
        cite: "https://github.com/kubernetes-retired/dashboard",
      },
    ],
    cites: [
      {
        source: "notes",
        locator: "L43",
      },
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
    slug: "kustomize",
    name: "Kustomize",
    kind: "tool",
    summary:
      "Kustomize customises Kubernetes manifests without templates, using a kustomization.yaml that lists resources, patches and generators; it is a standalone tool and is also built into kubectl.",
    description:
      "It can generate ConfigMaps and Secrets from files or literals (with a content-hash suffix), set cross-cutting fields such as namespace, name prefix or labels, compose resources and apply strategic-merge or JSON patches, typically in base and overlay directories. Since v1.14 kubectl kustomize renders a kustomization and kubectl apply -k applies it.",
    tags: ["tooling", "configuration"],
    aliases: ["kubectl kustomize", "kustomization"],
    docsPath: "/docs/tasks/manage-kubernetes-objects/kustomization/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/manage-kubernetes-objects/kustomization/",
      },
    ],
  },
  {
    slug: "label",
    name: "Label",
    kind: "field",
    summary:
      "A label is a key-value pair in an object's metadata used to organise objects and to select groups of them.",
    description:
      "Labels carry identifying attributes such as app, tier or environment, and many objects can share the same label. Selectors in Services, ReplicaSets, NetworkPolicies and scheduling rules (node affinity, pod affinity, topology spread) all match on labels, so labels are how loosely coupled objects find each other.",
    tags: ["metadata", "core-object"],
    aliases: ["labels"],
    docsPath: "/docs/concepts/overview/working-with-objects/labels/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/labels/",
      },
    ],
  },
  {
    slug: "leader-election",
    name: "Leader election",
    kind: "concept",
    summary:
      "Leader election lets several replicas of a component agree that only one of them is active at a time, the others standing by.",
    description:
      "kube-controller-manager and kube-scheduler run with --leader-elect enabled by default, so a highly available control plane can run several copies without them acting twice. The current leader holds and keeps renewing a Lease; if it stops, another replica takes the Lease over. Custom controllers can use the same mechanism.",
    tags: ["control-plane", "availability"],
    aliases: ["leader elect", "leader lease"],
    docsPath: "/docs/concepts/architecture/leases/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-scheduler/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "lease",
    name: "Lease",
    kind: "resource",
    summary:
      "A Lease is a small coordination object that a holder renews periodically to show it is alive or that it holds a lock.",
    description:
      "Kubernetes uses Leases for node heartbeats (one Lease per Node, same name, in the kube-node-lease namespace, renewed by the kubelet every 10 seconds by default), for leader election of control plane components, and for API server identity. Renewing a tiny Lease is much cheaper than rewriting the large Node status, which keeps heartbeats affordable in big clusters. Your own controllers can use Leases for leader election too.",
    tags: ["control-plane", "coordination"],
    aliases: ["coordination lease", "node lease"],
    docsPath: "/docs/concepts/architecture/leases/",
    scope: "namespaced",
    apiVersion: "coordination.k8s.io/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    slug: "limitrange",
    name: "LimitRange",
    kind: "resource",
    summary:
      "A LimitRange sets default, minimum and maximum resource requests and limits for containers, Pods or PersistentVolumeClaims in one namespace.",
    description:
      "It is enforced at admission time: containers created without requests or limits get the defaults, and objects outside the allowed range are rejected. It constrains each object individually, whereas a ResourceQuota constrains the namespace total. Changing a LimitRange does not affect objects that already exist.",
    tags: ["policy", "multi-tenancy"],
    aliases: ["limit range"],
    docsPath: "/docs/concepts/policy/limit-range/",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/limit-range/",
      },
    ],
  },
  {
    slug: "liveness-probe",
    name: "Liveness probe",
    kind: "field",
    summary:
      "A liveness probe tells the kubelet whether a container is still healthy; when it fails repeatedly, the kubelet kills the container and the restart policy applies.",
    description:
      "It is meant to catch states such as deadlocks where the process runs but makes no progress. It does not wait for readiness, so slow starters need initialDelaySeconds or a startup probe; a badly tuned liveness probe can cause cascading restarts under load. Without a liveness probe the kubelet simply reacts when the process exits.",
    tags: ["workload", "health"],
    aliases: ["livenessProbe"],
    docsPath: "/docs/concepts/workloads/pods/probes/#liveness-probe",
    cites: [
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
    slug: "load-balancer",
    name: "LoadBalancer Service",
    kind: "concept",
    summary:
      "A LoadBalancer Service asks the platform for an external load balancer that forwards to the Service, publishing its address in status.loadBalancer.",
    description:
      "Kubernetes itself ships no load balancer: on a cloud the cloud-controller-manager's service controller provisions one, usually pointing at node ports that Kubernetes allocates first; on bare metal an add-on such as MetalLB fills the role. The field spec.loadBalancerClass (stable v1.24) selects a non-default implementation, and node-port allocation can be turned off for balancers that send traffic straight to Pods.",
    tags: ["networking", "service-type"],
    aliases: ["loadbalancer", "type loadbalancer"],
    docsPath: "/docs/concepts/services-networking/service/#loadbalancer",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cloud-controller/",
      },
    ],
  },
  {
    slug: "metallb",
    name: "MetalLB",
    kind: "addon",
    summary:
      "MetalLB is an add-on that implements LoadBalancer Services on bare-metal clusters, where no cloud load balancer exists.",
    description:
      "It assigns external addresses from pools you configure and announces them to the network either with ARP/NDP (layer-2 mode) or with BGP to your routers. It fills the gap that the Service docs mention: Kubernetes provides no load balancer of its own outside clouds.",
    tags: ["networking", "load-balancing", "bare-metal"],
    docsUrl: "https://metallb.io/",
    cites: [
      {
        source: "web",
        locator: "https://metallb.io/",
      },
      {
        source: "web",
        locator: "https://metallb.io/concepts/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    slug: "metrics-server",
    name: "metrics-server",
    kind: "addon",
    summary:
      "metrics-server is the cluster add-on that collects CPU and memory usage from every kubelet and serves it through the Metrics API (metrics.k8s.io) for autoscalers and kubectl top.",
    description:
      "It scrapes each kubelet's /metrics/resource endpoint (the Summary API in versions before 0.6.0) and registers the Metrics API through the API aggregation layer. HorizontalPodAutoscaler and VerticalPodAutoscaler read resource metrics from it. It is a minimal pipeline for autoscaling, not a monitoring system; it must be deployed before kubectl top or CPU-based HPA work.",
    tags: ["addon", "monitoring"],
    aliases: ["metrics server", "metrics api", "metrics-server", "metrics API"],
    docsPath: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/metrics-server",
      },
    ],
  },
  {
    slug: "minikube",
    name: "minikube",
    kind: "tool",
    summary:
      "minikube runs a local Kubernetes cluster, single-node or multi-node, inside a VM or a container on a workstation, for learning and development.",
    description:
      "It can run on several drivers (for example Docker or a hypervisor) and lets you pick the node's container runtime, such as containerd, CRI-O or Docker. It ships built-in add-ons that you switch on with minikube addons enable, for example metrics-server, and minikube dashboard opens the Kubernetes Dashboard in a browser.",
    tags: ["tooling", "setup", "local-dev"],
    docsPath: "/docs/tutorials/hello-minikube/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/hello-minikube/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/tools/",
      },
      {
        source: "web",
        locator: "https://minikube.sigs.k8s.io/docs/",
      },
    ],
  },
  {
    slug: "mirror-pod",
    name: "Mirror Pod",
    kind: "concept",
    summary:
      "A mirror Pod is the read-only Pod object that the kubelet creates in the API server to represent a static Pod it runs.",
    description:
      "It makes static Pods visible to kubectl and other clients, but they cannot be controlled through it: deleting the mirror Pod does not stop the static Pod, and the kubelet recreates it. Its name ends with the node's hostname.",
    tags: ["node", "workload"],
    aliases: ["mirror pod"],
    docsPath: "/docs/tasks/configure-pod-container/static-pod/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    slug: "mutating-admission-policy",
    name: "MutatingAdmissionPolicy",
    kind: "resource",
    summary:
      "A MutatingAdmissionPolicy declares in CEL how the API server should change matching objects during admission, without a webhook.",
    description:
      "Mutations are written as apply configurations (merged with server-side-apply rules) or JSON patches and are bound to resources with a MutatingAdmissionPolicyBinding. It is the mutating counterpart of ValidatingAdmissionPolicy: alpha in 1.32, beta (off by default) in 1.34 and stable in 1.36.",
    tags: ["security", "policy"],
    aliases: ["map", "mutating admission policy"],
    docsPath: "/docs/reference/access-authn-authz/mutating-admission-policy/",
    scope: "cluster",
    apiVersion: "admissionregistration.k8s.io/v1",
    lifecycle: [
      {
        status: "alpha",
        since: "1.32",
        cite: "/docs/reference/access-authn-authz/mutating-admission-policy/",
      },
      {
        status: "beta",
        since: "1.34",
        cite: "https://github.com/kubernetes/website/pull/51534",
      },
      {
        status: "stable",
        since: "1.36",
        cite: "https://github.com/kubernetes/website/pull/54529",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/mutating-admission-policy/",
      },
    ],
  },
  {
    slug: "namespace",
    name: "Namespace",
    kind: "resource",
    summary:
      "A namespace is a named scope that partitions one cluster into separate groups of namespaced objects, for example per team or environment.",
    description:
      "Names of namespaced objects must be unique within a namespace but can repeat across namespaces; cluster-scoped kinds such as Node, PriorityClass or ClusterRole live outside any namespace. Namespaces are also where per-team policy attaches: ResourceQuota, LimitRange, RoleBindings and Pod Security Admission labels all act on one namespace. A fresh cluster starts with default, kube-system, kube-public and kube-node-lease.",
    tags: ["core-object", "multi-tenancy"],
    aliases: ["ns"],
    docsPath: "/docs/concepts/overview/working-with-objects/namespaces/",
    scope: "cluster",
    apiVersion: "v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/namespaces/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    slug: "network-policy",
    name: "NetworkPolicy",
    kind: "resource",
    summary:
      "A NetworkPolicy is a namespaced rule set that limits which traffic may reach or leave the Pods it selects, at the IP and port level.",
    description:
      "Pods are non-isolated until a policy selects them for ingress or egress; from then on only traffic allowed by some policy passes. Rules name peers by Pod selector, namespace selector or IP block, plus ports. Kubernetes stores the objects but the network plugin enforces them, so with a plugin that lacks support (plain Flannel, for example) they silently do nothing.",
    tags: ["networking", "security"],
    aliases: ["netpol", "network policy"],
    docsPath: "/docs/concepts/services-networking/network-policies/",
    scope: "namespaced",
    apiVersion: "networking.k8s.io/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/network-policies/",
      },
    ],
  },
  {
    slug: "nftables",
    name: "nftables",
    kind: "technology",
    summary:
      "nftables is the Linux successor to iptables for packet filtering and NAT, and a kube-proxy mode that is stable since v1.33.",
    description:
      "Instead of long sequential chains it uses sets and verdict maps, so kube-proxy can match a Service in roughly constant time and apply incremental updates. The kube-proxy nftables mode was alpha in v1.29, beta in v1.31 and GA in v1.33; it needs a recent kernel (5.13 or later) and is the recommended replacement for the deprecated ipvs mode. iptables remains kube-proxy's default on Linux.",
    tags: ["networking", "linux"],
    aliases: ["nft", "netfilter tables"],
    docsPath: "/docs/reference/networking/virtual-ips/",
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
      {
        source: "web",
        locator: "https://kubernetes.dev/resources/keps/5495/",
      },
    ],
  },
  {
    slug: "node",
    name: "Node",
    kind: "resource",
    summary:
      "A node is a physical or virtual worker machine that runs Pods; in the API it is represented by a cluster-scoped Node object.",
    description:
      "Each node runs a kubelet, a container runtime and usually kube-proxy. The kubelet registers the Node object, reports its capacity and conditions, and renews a heartbeat Lease; the node lifecycle controller uses those signals to mark the node unhealthy and to taint it. Capacity is added by adding nodes, which is why the worker nodes are usually the larger machines.",
    tags: ["core-object", "architecture", "node"],
    aliases: ["worker node", "worker", "minion"],
    docsPath: "/docs/concepts/architecture/nodes/",
    scope: "cluster",
    apiVersion: "v1",
    cites: [
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "notes",
        locator: "L14-L16",
      },
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
    slug: "node-affinity",
    name: "Node affinity",
    kind: "field",
    summary:
      "Node affinity is a set of Pod rules over node labels that the scheduler must (required) or should (preferred) satisfy.",
    description:
      "It is expressed under spec.affinity.nodeAffinity as requiredDuringSchedulingIgnoredDuringExecution or preferredDuringSchedulingIgnoredDuringExecution, with operators such as In, NotIn and Exists. As the names say, the rules apply when the Pod is scheduled and do not move a Pod that is already running if node labels change later.",
    tags: ["scheduling"],
    aliases: ["nodeAffinity", "affinity"],
    docsPath: "/docs/concepts/scheduling-eviction/assign-pod-node/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    slug: "node-condition",
    name: "Node condition",
    kind: "field",
    summary:
      "Node conditions are status entries such as Ready, MemoryPressure, DiskPressure, PIDPressure and NetworkUnavailable that describe a node's health.",
    description:
      "The kubelet reports them in the Node's .status.conditions, and the node lifecycle controller flips Ready to Unknown when heartbeats stop. The control plane turns conditions into matching taints (for example node.kubernetes.io/memory-pressure), and the scheduler looks at those taints rather than at the conditions themselves.",
    tags: ["node"],
    aliases: ["node conditions", "NodeReady"],
    docsPath: "/docs/reference/node/node-status/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    slug: "node-ipam-controller",
    name: "Node IPAM controller",
    kind: "controller",
    summary:
      "The node IPAM controller in kube-controller-manager assigns each Node a Pod CIDR block from the cluster range when --allocate-node-cidrs is set.",
    description:
      "It reads --cluster-cidr and the per-node mask size and writes the chosen block to the Node's spec.podCIDRs, where plugins such as Flannel pick it up. Clusters whose network plugin or cloud manages Pod addresses itself leave it disabled.",
    tags: ["networking", "controller"],
    aliases: ["nodeipam", "node ipam"],
    docsPath: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
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
    slug: "node-lifecycle-controller",
    name: "Node lifecycle controller",
    kind: "controller",
    summary:
      "The node lifecycle controller is the built-in controller that watches node heartbeats, marks silent nodes unhealthy, taints them and evicts their Pods.",
    description:
      "It runs inside kube-controller-manager. If a node's Lease and status stop being renewed for the node-monitor-grace-period (50 s by default since 1.32, 40 s before), it sets the Ready condition to Unknown and adds the node.kubernetes.io/unreachable taint (not-ready when Ready is False). Pods without a longer toleration are then evicted once their tolerationSeconds (300 s by default) run out, and evictions are rate-limited per zone so a network partition does not empty the cluster.",
    tags: ["control-plane", "controller", "node"],
    aliases: ["node controller", "nodelifecycle controller"],
    docsPath: "/docs/concepts/architecture/nodes/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    slug: "node-port",
    name: "NodePort Service",
    kind: "concept",
    summary:
      "A NodePort Service is additionally reachable on a fixed port (default range 30000–32767) on every node's IP address.",
    description:
      "The control plane allocates the port (or accepts the one you ask for) and also sets up a cluster IP, so NodePort extends ClusterIP. Each node's service proxy forwards the port to a ready endpoint, which makes NodePort a building block for your own or a cloud load balancer.",
    tags: ["networking", "service-type"],
    aliases: ["nodeport", "node port"],
    docsPath: "/docs/concepts/services-networking/service/#type-nodeport",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    slug: "node-pressure-eviction",
    name: "Node-pressure eviction",
    kind: "concept",
    summary:
      "Node-pressure eviction is the kubelet proactively failing Pods on its own node when memory, disk or PIDs run short.",
    description:
      "The kubelet watches eviction signals against thresholds; when one is crossed it first reclaims node resources (for example unused images) and then terminates Pods, preferring those using more than they requested, then lower priority. It sets the Pod phase to Failed and does not respect PodDisruptionBudgets; with hard thresholds there is no grace period. It is a different mechanism from API-initiated eviction.",
    tags: ["node", "scheduling"],
    aliases: ["kubelet eviction", "out of resource eviction"],
    docsPath: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      },
    ],
  },
  {
    slug: "node-selector",
    name: "nodeSelector",
    kind: "field",
    summary:
      "nodeSelector is the simplest Pod placement rule: the Pod may only run on nodes carrying all the listed labels.",
    description:
      "It is a plain map of label keys and values in the Pod spec, and the scheduler filters out nodes that do not match every pair. For anything more expressive (operators like In or NotIn, soft preferences) use node affinity.",
    tags: ["scheduling"],
    aliases: ["node selector"],
    docsPath: "/docs/concepts/scheduling-eviction/assign-pod-node/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    slug: "node-status",
    name: "Node status",
    kind: "field",
    summary:
      "A Node's status holds its addresses, conditions (Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable), capacity and allocatable resources and system info, and is written by the node's kubelet.",
    description:
      "The kubelet updates .status when something changes or at least every 5 minutes by default, and separately renews a Lease in the kube-node-lease namespace every 10 seconds as a lightweight heartbeat. If the control plane hears nothing for the grace period (40 seconds by default), the node lifecycle controller sets Ready to Unknown and taints the node, which can lead to Pod eviction. kubectl describe node shows it.",
    tags: ["node", "status"],
    aliases: ["node heartbeat"],
    docsPath: "/docs/reference/node/node-status/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
    ],
  },
  {
    slug: "object",
    name: "Object",
    kind: "concept",
    summary:
      "A Kubernetes object is a persistent record in the API that states an intent (spec) and reports what currently exists (status).",
    description:
      "Every object has a kind, an apiVersion made of API group and version, and metadata such as name, namespace, labels and annotations. Pods, Services, ConfigMaps and custom resources are all objects; you usually write them as YAML manifests and apply them with kubectl.",
    tags: ["fundamental", "api"],
    aliases: ["kubernetes object", "api object"],
    docsPath: "/docs/concepts/overview/working-with-objects/",
    cites: [
      {
        source: "notes",
        locator: "L20",
      },
      {
        source: "notes",
        locator: "L27",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/",
      },
    ],
  },
  {
    slug: "oci-image-spec",
    name: "OCI Image Specification",
    kind: "standard",
    summary:
      "The OCI Image Specification defines the format of a container image: a manifest, a configuration and content-addressed filesystem layers, optionally grouped by an index for several platforms.",
    description:
      "Images built by Docker or other tools follow it, which is why an image built with docker build runs on containerd or CRI-O too. Registries hand out images in this format (the OCI Distribution Specification covers the transfer API), and the image spec explains how to unpack an image into an OCI runtime bundle.",
    tags: ["oci", "image", "standard"],
    aliases: ["oci image format", "image-spec"],
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/image-spec",
      },
      {
        source: "k8s-docs",
        locator:
          "/docs/tasks/administer-cluster/migrating-from-dockershim/check-if-dockershim-removal-affects-you/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/images/",
      },
    ],
  },
  {
    slug: "oci-runtime-spec",
    name: "OCI Runtime Specification",
    kind: "standard",
    summary:
      "The OCI Runtime Specification defines how a container is configured (config.json), what a filesystem bundle looks like and which lifecycle operations a low-level runtime must offer.",
    description:
      "It is published by the Open Container Initiative, and runc is its reference implementation; crun and others implement it too. CRI-O's purpose is to let Kubernetes use any runtime that follows this specification. The companion image specification describes how an image is turned into such a bundle.",
    tags: ["oci", "runtime", "standard"],
    aliases: ["oci runtime spec", "runtime-spec"],
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/runtime-spec",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/glossary/?all=true#term-cri-o",
      },
    ],
  },
  {
    slug: "operator-pattern",
    name: "Operator Pattern",
    kind: "concept",
    summary:
      "The operator pattern packages the operational knowledge for one application into a custom controller that manages custom resources describing that application.",
    description:
      "An operator adds a CustomResourceDefinition (for example a Database kind) and runs a controller that reconciles those objects: creating workloads, taking backups, handling upgrades or failover the way a human operator would. Operators run as ordinary workloads in the cluster and talk to the API server like any other controller.",
    tags: ["extensibility", "controller"],
    aliases: ["operator", "kubernetes operator"],
    docsPath: "/docs/concepts/extend-kubernetes/operator/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/operator/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/api-extension/custom-resources/",
      },
    ],
  },
  {
    slug: "overlay-network",
    name: "Overlay network",
    kind: "concept",
    summary:
      "An overlay network carries Pod traffic between nodes inside encapsulated packets, so the underlying network never needs routes for Pod addresses.",
    description:
      "Each node wraps a packet for a remote Pod in an outer header addressed to the destination node (VXLAN, IP-in-IP or Geneve) and the receiver unwraps it. This works on almost any network, including clouds that drop unknown source addresses, at the cost of some overhead and a smaller MTU; native routing (for example with BGP) avoids that overhead when the network can route Pod CIDRs.",
    tags: ["networking", "overlay"],
    aliases: ["encapsulation", "tunnel network"],
    docsPath: "/docs/concepts/cluster-administration/networking/",
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
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
      {
        source: "web",
        locator: "https://docs.cilium.io/en/stable/network/concepts/routing/",
      },
    ],
  },
  {
    slug: "persistent-volume",
    name: "PersistentVolume",
    kind: "resource",
    summary:
      "A PersistentVolume is a cluster-wide API object representing a piece of real storage, created by an administrator or provisioned on demand, whose lifetime is independent of any Pod.",
    description:
      "A PV records the details of the storage backend (today usually a CSI driver, or types such as nfs, iscsi or local), its capacity, access modes, storage class and reclaim policy. Pods never name a PV directly: a PersistentVolumeClaim is bound one-to-one to a matching PV, and the Pod uses the claim as a volume. When the claim is released, the reclaim policy decides whether the PV and its storage are deleted or retained.",
    tags: ["storage", "core-object"],
    aliases: ["pv"],
    docsPath: "/docs/concepts/storage/persistent-volumes/",
    scope: "cluster",
    apiVersion: "v1",
    cites: [
      {
        source: "notes",
        locator: "L38",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    slug: "persistent-volume-claim",
    name: "PersistentVolumeClaim",
    kind: "resource",
    summary:
      "A PersistentVolumeClaim is a user's request for storage of a given size, access mode and class, which is bound to a PersistentVolume and then used by Pods as a volume.",
    description:
      "The control plane binds a claim to a matching existing PV or, if the claim names a StorageClass with a provisioner, a new PV is provisioned for it. Claims stay Pending until they can be bound, are protected from deletion while a Pod uses them, and can request expansion if the class allows it. A claim can be pre-populated from a VolumeSnapshot or another claim through its dataSource.",
    tags: ["storage", "core-object"],
    aliases: ["pvc", "volume claim"],
    docsPath: "/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    slug: "persistent-volume-controller",
    name: "PersistentVolume controller",
    kind: "controller",
    summary:
      "The PersistentVolume controller is the control-plane loop that binds PersistentVolumeClaims to matching PersistentVolumes and applies the reclaim policy when claims are released.",
    description:
      "It watches new claims, finds a PV that satisfies the requested size, access modes and class (always the freshly provisioned one for dynamic provisioning) and binds the two one-to-one. When a bound claim is deleted it retains or deletes the PV according to its reclaim policy. It runs in kube-controller-manager and has no direct interface to CSI drivers, which is why CSI provisioning is done by the external-provisioner sidecar.",
    tags: ["storage", "controller"],
    aliases: ["persistentvolume-binder", "pv controller", "volume binder"],
    docsPath: "/docs/concepts/storage/persistent-volumes/#binding",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-csi/external-provisioner",
      },
    ],
  },
  {
    slug: "pod",
    name: "Pod",
    kind: "resource",
    summary:
      "A Pod is the smallest deployable unit in Kubernetes: one or more containers that share a network identity and storage and are scheduled onto one node together.",
    description:
      "The containers of a Pod share one IP address and port space and can share volumes, and the Pod spec says how each of them runs. A Pod is scheduled once, bound to a single node for its whole life, and never moved: if it is lost, a controller creates a replacement with a new UID and usually a new IP. Its status reports a high-level phase (Pending, Running, Succeeded, Failed, Unknown) and a list of conditions.",
    tags: ["core-object", "workload", "fundamental"],
    aliases: ["po"],
    docsPath: "/docs/concepts/workloads/pods/",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
      {
        source: "notes",
        locator: "L19-L25",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    slug: "pod-affinity",
    name: "Pod affinity and anti-affinity",
    kind: "field",
    summary:
      "Inter-pod affinity and anti-affinity place a Pod near, or away from, other Pods with matching labels within a topology domain such as a node or zone.",
    description:
      "Rules live under spec.affinity.podAffinity and podAntiAffinity, combine a label selector over Pods with a topologyKey (a node label like kubernetes.io/hostname or topology.kubernetes.io/zone), and can be required or preferred. They are costly to evaluate, so the docs advise against them in very large clusters.",
    tags: ["scheduling"],
    aliases: ["podAffinity", "podAntiAffinity", "inter-pod affinity", "anti-affinity"],
    docsPath: "/docs/concepts/scheduling-eviction/assign-pod-node/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/assign-pod-node/",
      },
    ],
  },
  {
    slug: "pod-cidr",
    name: "Pod CIDR",
    kind: "concept",
    summary:
      "The Pod CIDR is the address range Pod IPs come from: a cluster-wide range, typically divided into a per-node block recorded in the Node's spec.podCIDR(s).",
    description:
      "Depending on the setup, kube-controller-manager's node IPAM controller carves per-node blocks out of --cluster-cidr, a cloud assigns them, or the network plugin runs its own IP address management (Calico IP pools, for example). It must not overlap the Service CIDR or the node network.",
    tags: ["networking"],
    aliases: ["pod network cidr", "cluster-cidr", "podcidr", "pod subnet"],
    docsPath: "/docs/concepts/cluster-administration/networking/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool",
      },
    ],
  },
  {
    slug: "pod-disruption-budget",
    name: "PodDisruptionBudget",
    kind: "resource",
    summary:
      "A PodDisruptionBudget limits how many Pods of a replicated application may be down at once because of voluntary disruptions such as node drains.",
    description:
      "It selects Pods with a label selector and sets minAvailable or maxUnavailable. Evictions requested through the Eviction API (for example by kubectl drain) are refused while they would break the budget; involuntary disruptions such as node failures are not prevented. policy/v1 is available since 1.21.",
    tags: ["workload", "availability"],
    aliases: ["pdb"],
    docsPath: "/docs/concepts/workloads/pods/disruptions/",
    scope: "namespaced",
    apiVersion: "policy/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.21",
        cite: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/disruptions/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/using-api/deprecation-guide/",
      },
    ],
  },
  {
    slug: "pod-phase",
    name: "Pod phase",
    kind: "field",
    summary:
      "The Pod phase (status.phase) is a one-word summary of where a Pod is in its lifecycle: Pending, Running, Succeeded, Failed or Unknown.",
    description:
      "Pending covers waiting for scheduling and pulling images; Running means the Pod is bound and at least one container is running or restarting; Succeeded and Failed are terminal and depend on how the containers exited; Unknown usually means the node cannot be reached. The phase is deliberately coarse: the CrashLoopBackOff or Terminating shown by kubectl is a display status, not a phase. Since 1.27 the kubelet moves deleted Pods to a terminal phase before they are removed.",
    tags: ["workload", "pod"],
    aliases: ["status.phase", "pod lifecycle phase", "Pending", "Running", "Succeeded", "Failed"],
    docsPath: "/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
    ],
  },
  {
    slug: "pod-sandbox",
    name: "Pod sandbox",
    kind: "concept",
    summary:
      "A Pod sandbox is the isolated environment (Linux namespaces and network) that the container runtime sets up for a Pod before starting its containers, usually held open by a small pause container.",
    description:
      "The kubelet asks for it with the CRI RunPodSandbox call, and the runtime calls the CNI plugins to give it its network. The pause (infrastructure) image used for it can be changed in the runtime's configuration, for example sandbox_image in containerd or pause_image in CRI-O. crictl runp creates one by hand for debugging.",
    tags: ["node", "runtime"],
    aliases: ["pause container", "infra container", "sandbox"],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/crictl/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
    ],
  },
  {
    slug: "pod-security-admission",
    name: "Pod Security Admission",
    kind: "plugin",
    summary:
      "Pod Security Admission is the built-in admission controller that checks Pods against the Pod Security Standards, configured per namespace by labels.",
    description:
      "A namespace label pod-security.kubernetes.io/<mode>: <level> picks a level for each mode: enforce rejects violating Pods, audit records them in the audit log, and warn returns a warning to the user. Enforcement applies to Pods, while audit and warn also check workload templates so problems show up early. It replaced PodSecurityPolicy and is enabled by default.",
    tags: ["security", "policy"],
    aliases: ["PodSecurity admission", "psa", "PodSecurity"],
    docsPath: "/docs/concepts/security/pod-security-admission/",
    lifecycle: [
      {
        status: "stable",
        since: "1.25",
        cite: "/docs/concepts/security/pod-security-admission/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    slug: "pod-security-baseline",
    name: "Baseline (Pod Security level)",
    kind: "standard",
    summary:
      "The baseline level is a minimally restrictive Pod Security Standard that blocks known privilege escalations while accepting typical Pod specs.",
    description:
      "It forbids things like host networking, PID and IPC namespaces, privileged containers, added capabilities beyond a safe set and hostPath volumes. Most ordinary applications run under it without changes.",
    tags: ["security", "policy"],
    aliases: ["baseline policy"],
    docsPath: "/docs/concepts/security/pod-security-standards/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    slug: "pod-security-policy",
    name: "PodSecurityPolicy",
    kind: "resource",
    summary:
      "PodSecurityPolicy was a cluster-scoped resource, enforced by an admission controller, that controlled security-sensitive Pod fields; it was removed in 1.25.",
    description:
      "Policies had to be authorized through RBAC use permissions for the Pod's ServiceAccount or the requesting user, which made their effect hard to predict. It was deprecated in 1.21 and removed in 1.25 in favour of Pod Security Admission or third-party admission plugins; it never left policy/v1beta1.",
    tags: ["security", "policy", "removed"],
    aliases: ["psp"],
    docsPath: "/docs/concepts/security/pod-security-policy/",
    scope: "cluster",
    apiVersion: "policy/v1beta1",
    lifecycle: [
      {
        status: "deprecated",
        since: "1.21",
        cite: "/docs/concepts/security/pod-security-policy/",
      },
      {
        status: "removed",
        since: "1.25",
        cite: "/docs/concepts/security/pod-security-policy/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-policy/",
      },
    ],
  },
  {
    slug: "pod-security-privileged",
    name: "Privileged (Pod Security level)",
    kind: "standard",
    summary:
      "The privileged level is the entirely unrestricted Pod Security Standard, meant for trusted system and infrastructure workloads.",
    description:
      "It allows known privilege escalations such as privileged containers and host namespaces. Reserve it for namespaces whose workloads genuinely need host access, such as node agents or network plugins, and run everything else under baseline or restricted.",
    tags: ["security", "policy"],
    aliases: ["privileged policy"],
    docsPath: "/docs/concepts/security/pod-security-standards/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    slug: "pod-security-restricted",
    name: "Restricted (Pod Security level)",
    kind: "standard",
    summary:
      "The restricted level is the strictest Pod Security Standard, enforcing current Pod hardening practice at some cost in compatibility.",
    description:
      "On top of baseline it requires running as non-root, disallows privilege escalation, drops all capabilities, requires a RuntimeDefault or Localhost seccomp profile and limits volume types. It suits security-critical applications and less trusted users.",
    tags: ["security", "policy"],
    aliases: ["restricted policy"],
    docsPath: "/docs/concepts/security/pod-security-standards/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
    ],
  },
  {
    slug: "pod-security-standards",
    name: "Pod Security Standards",
    kind: "standard",
    summary:
      "The Pod Security Standards define three cumulative security levels for Pods: privileged, baseline and restricted.",
    description:
      "They describe which Pod and container settings (host namespaces, privileged mode, capabilities, volume types, running as root, seccomp) each level allows, independently of the tool that enforces them. Pod Security Admission enforces them natively; third-party policy engines can implement them too.",
    tags: ["security", "policy"],
    aliases: ["pss", "pod security levels"],
    docsPath: "/docs/concepts/security/pod-security-standards/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-standards/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/pod-security-admission/",
      },
    ],
  },
  {
    slug: "pod-template",
    name: "Pod template",
    kind: "field",
    summary:
      "A Pod template is the embedded Pod specification (spec.template) inside a workload resource from which its controller stamps out Pods.",
    description:
      "It has the same schema as a Pod, minus apiVersion and kind, and carries the labels the workload's selector must match. Changing the template of a Deployment or StatefulSet does not edit running Pods: the controller rolls out new Pods built from the new template and removes the old ones.",
    tags: ["workload"],
    aliases: ["pod spec template", "spec.template"],
    docsPath: "/docs/concepts/workloads/pods/#pod-templates",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/",
      },
    ],
  },
  {
    slug: "preemption",
    name: "Preemption",
    kind: "concept",
    summary:
      "Preemption is the scheduler evicting lower-priority Pods from a node so that a pending higher-priority Pod can fit there.",
    description:
      "When no node passes filtering, the scheduler looks for a node where removing some lower-priority Pods would make room, evicts them with their normal grace period and records the node in the pending Pod's status.nominatedNodeName. PodDisruptionBudgets are respected only on a best-effort basis, and a PriorityClass with preemptionPolicy Never queues ahead without preempting.",
    tags: ["scheduling"],
    aliases: ["pod preemption"],
    docsPath: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    lifecycle: [
      {
        status: "stable",
        since: "1.14",
        cite: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    slug: "priority-class",
    name: "PriorityClass",
    kind: "resource",
    summary:
      "A PriorityClass is a cluster-scoped object that maps a name to an integer priority that Pods refer to with priorityClassName.",
    description:
      "The Priority admission plugin resolves the name into the Pod's priority value; higher-priority Pods are placed ahead in the scheduling queue and may preempt lower-priority Pods when nothing fits. Two built-in classes, system-cluster-critical and system-node-critical, protect essential components; one class may be marked globalDefault, and preemptionPolicy Never makes a class non-preempting. The kubelet also uses priority to order node-pressure evictions.",
    tags: ["scheduling"],
    aliases: ["pod priority"],
    docsPath: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    scope: "cluster",
    apiVersion: "scheduling.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.14",
        cite: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    slug: "probe",
    name: "Probe",
    kind: "field",
    summary:
      "A probe is a periodic health check that the kubelet runs against a container, by running a command or making an HTTP, TCP or gRPC request.",
    description:
      "Each container can define a startup, a liveness and a readiness probe, each using exactly one check mechanism (exec, httpGet, tcpSocket or grpc) and tunable timing fields such as periodSeconds and failureThreshold. A failing liveness or startup probe makes the kubelet kill and restart the container; a failing readiness probe only takes the Pod out of Service traffic. Probes that are not defined count as successful.",
    tags: ["workload", "health"],
    aliases: ["health check", "container probe"],
    docsPath: "/docs/concepts/workloads/pods/probes/",
    cites: [
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
    slug: "projected-volume",
    name: "Projected volume",
    kind: "concept",
    summary:
      "A projected volume combines several volume sources, such as Secrets, ConfigMaps, downward API data and a service account token, into one mounted directory.",
    description:
      "All sources must be in the Pod's namespace. The serviceAccountToken source injects a short-lived, audience-bound token that the kubelet refreshes, which is how Pods normally get their API credentials; newer sources include clusterTrustBundle and podCertificate. Containers mounting a projected source through subPath do not see updates.",
    tags: ["storage", "configuration"],
    aliases: ["projected"],
    docsPath: "/docs/concepts/storage/projected-volumes/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/projected-volumes/",
      },
    ],
  },
  {
    slug: "qos-class",
    name: "QoS class",
    kind: "field",
    summary:
      "A Pod's quality-of-service class (Guaranteed, Burstable or BestEffort) is derived from its containers' resource requests and limits and decides the order in which the kubelet evicts Pods under node pressure.",
    description:
      "Guaranteed needs every container to have equal CPU and memory requests and limits; BestEffort has no CPU or memory requests or limits at all; everything else is Burstable. Under node resource pressure the kubelet evicts BestEffort Pods first, then Burstable, then Guaranteed. The scheduler does not use the class when choosing Pods to preempt. The class is reported in status.qosClass.",
    tags: ["workload", "resources"],
    aliases: ["quality of service class", "Guaranteed", "Burstable", "BestEffort"],
    docsPath: "/docs/concepts/workloads/pods/pod-qos/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    slug: "rbac",
    name: "RBAC",
    kind: "concept",
    summary:
      "RBAC (role-based access control) is the authorization mode that grants permissions on API resources to users, groups and ServiceAccounts through Roles, ClusterRoles and their bindings.",
    description:
      "Its four kinds live in the rbac.authorization.k8s.io API group, stable since 1.8. Permissions are purely additive: a Role or ClusterRole lists allowed verbs on resources, and a RoleBinding or ClusterRoleBinding grants those rules to subjects. The API server uses it when started with RBAC in --authorization-mode, which kubeadm and most distributions do.",
    tags: ["security", "authorization"],
    aliases: ["role-based access control"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
    lifecycle: [
      {
        status: "stable",
        since: "1.8",
        cite: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
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
    slug: "readiness-probe",
    name: "Readiness probe",
    kind: "field",
    summary:
      "A readiness probe tells Kubernetes whether a container is ready to receive traffic; while it fails, the Pod is marked not Ready and removed from the endpoints of matching Services.",
    description:
      "It runs throughout the container's life and never restarts the container; the kubelet only sets the Pod's Ready condition to false, and the EndpointSlice controller takes the Pod's IP out of Service EndpointSlices. It is useful for slow warm-up and for temporarily shedding load. Before its initial delay the readiness result counts as failure.",
    tags: ["workload", "health"],
    aliases: ["readinessProbe"],
    docsPath: "/docs/concepts/workloads/pods/probes/#readiness-probe",
    cites: [
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
    slug: "reclaim-policy",
    name: "Reclaim policy",
    kind: "field",
    summary:
      "The reclaim policy of a PersistentVolume (Retain, Delete, or the deprecated Recycle) decides what happens to the volume and its data once its claim is deleted.",
    description:
      "Retain keeps the PV (in Released state) and the data for manual clean-up; Delete removes both the PV and the backing storage asset. Dynamically provisioned PVs inherit the reclaimPolicy of their StorageClass, which defaults to Delete. Recycle, a simple rm -rf scrub, is deprecated in favour of dynamic provisioning.",
    tags: ["storage"],
    aliases: ["persistentVolumeReclaimPolicy", "reclaimPolicy", "Retain", "Delete", "Recycle"],
    docsPath: "/docs/concepts/storage/persistent-volumes/#reclaiming",
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
    slug: "replica-set",
    name: "ReplicaSet",
    kind: "resource",
    summary:
      "A ReplicaSet keeps a specified number of Pods that match its selector running, creating or deleting Pods as needed.",
    description:
      "It finds its Pods through a label selector and creates new ones from its Pod template when there are too few. It does no rolling updates itself, so the docs recommend using a Deployment, which manages ReplicaSets for you, instead of creating ReplicaSets directly. It succeeded the older ReplicationController and supports set-based selectors.",
    tags: ["workload"],
    aliases: ["rs"],
    docsPath: "/docs/concepts/workloads/controllers/replicaset/",
    scope: "namespaced",
    apiVersion: "apps/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    slug: "replicaset-controller",
    name: "ReplicaSet controller",
    kind: "controller",
    summary:
      "The ReplicaSet controller is the control loop in kube-controller-manager that keeps the number of Pods matching each ReplicaSet at its desired replica count.",
    description:
      "It watches ReplicaSets and Pods, creates Pods from the template when there are too few, deletes surplus ones, and adopts matching Pods that have no owner. It is the layer that actually creates the Pods of a Deployment.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/replicaset/",
    cites: [
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
    slug: "replication-controller",
    name: "ReplicationController",
    kind: "resource",
    summary:
      "A ReplicationController is the legacy core-API resource that keeps a fixed number of Pod replicas running.",
    description:
      "It ensures that the number of Pods matching its equality-based selector equals spec.replicas. The docs now recommend a Deployment that configures a ReplicaSet instead; ReplicaSet is described as the next-generation ReplicationController. The resource is still served in the core v1 API.",
    tags: ["workload", "legacy"],
    aliases: ["rc"],
    docsPath: "/docs/concepts/workloads/controllers/replicationcontroller/",
    scope: "namespaced",
    apiVersion: "v1",
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
    slug: "resource-limits",
    name: "Resource limits",
    kind: "field",
    summary:
      "Resource limits (resources.limits) set the maximum CPU, memory or other resource a container may use, enforced on the node by the kubelet and the kernel.",
    description:
      "CPU limits are enforced by throttling; a container that exceeds its memory limit can be killed by the kernel (OOM) and restarted. Limits are applied through cgroups by the kubelet and container runtime, whereas the scheduler only looks at requests. If a container sets a limit but no request, the request defaults to the limit; together, requests and limits decide the Pod's QoS class.",
    tags: ["workload", "resources"],
    aliases: ["limits", "resources.limits", "cpu limit", "memory limit"],
    docsPath: "/docs/concepts/configuration/manage-resources-containers/#requests-and-limits",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    slug: "resource-quota",
    name: "ResourceQuota",
    kind: "resource",
    summary:
      "A ResourceQuota caps the total compute, storage or object count that everything in one namespace may consume.",
    description:
      "The quota admission check rejects any create or update that would push the namespace's usage past a hard limit, for example the sum of CPU requests or the number of Services. When a quota covers CPU or memory, every new Pod must state requests or limits for them (a LimitRange can supply defaults). Quotas can also be scoped, for example to Pods of a given PriorityClass.",
    tags: ["policy", "multi-tenancy"],
    aliases: ["quota"],
    docsPath: "/docs/concepts/policy/resource-quotas/",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/policy/resource-quotas/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    slug: "resource-requests",
    name: "Resource requests",
    kind: "field",
    summary:
      "Resource requests are the amounts of CPU, memory and other resources a container declares it needs; the scheduler places Pods by them.",
    description:
      "They live in each container's resources.requests. The scheduler only places a Pod on a node whose allocatable capacity minus the requests of Pods already there can cover it, regardless of actual usage. Limits, by contrast, are enforced at run time by the kubelet and the container runtime. Requests also drive quota accounting, QoS class and node-pressure eviction order.",
    tags: ["scheduling", "resources"],
    aliases: ["requests", "resources.requests", "cpu request", "memory request"],
    docsPath: "/docs/concepts/configuration/manage-resources-containers/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/manage-resources-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
    ],
  },
  {
    slug: "restart-policy",
    name: "Restart policy",
    kind: "field",
    summary:
      "The restart policy (spec.restartPolicy: Always, OnFailure or Never; default Always) tells the kubelet whether to restart a Pod's containers when they exit.",
    description:
      "It applies to app containers and regular init containers and is handled by the kubelet on the same node, with an exponential back-off (10 s doubling up to 5 minutes, shown as CrashLoopBackOff) that resets after 10 minutes of healthy running. Workload resources constrain it: Deployments, StatefulSets and DaemonSets need Always, Jobs need OnFailure or Never. A container-level restartPolicy: Always on an init container turns it into a sidecar; newer releases add per-container policies and exit-code rules behind the ContainerRestartRules gate.",
    tags: ["workload", "pod"],
    aliases: ["restartPolicy", "CrashLoopBackOff"],
    docsPath: "/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-lifecycle/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/daemonset/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/job/",
      },
    ],
  },
  {
    slug: "role",
    name: "Role",
    kind: "resource",
    summary:
      "A Role is a namespaced RBAC object listing which verbs are allowed on which resources inside one namespace.",
    description:
      "Each rule names API groups, resources (optionally specific resource names or subresources such as pods/log) and verbs such as get, list, watch or create. Rules only add permissions; there are no deny rules. A Role does nothing until a RoleBinding in the same namespace grants it to subjects.",
    tags: ["security", "authorization"],
    aliases: ["rbac role"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
    scope: "namespaced",
    apiVersion: "rbac.authorization.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.8",
        cite: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    slug: "role-binding",
    name: "RoleBinding",
    kind: "resource",
    summary:
      "A RoleBinding grants the rules of one Role or ClusterRole to a list of subjects within its own namespace.",
    description:
      "Its subjects are users, groups or ServiceAccounts, and its roleRef points at exactly one Role (same namespace) or ClusterRole. Permissions granted through a RoleBinding never reach beyond its namespace, even when the referenced role is a ClusterRole. The roleRef cannot be changed after creation; you delete and recreate the binding instead.",
    tags: ["security", "authorization"],
    aliases: ["rolebinding"],
    docsPath: "/docs/reference/access-authn-authz/rbac/",
    scope: "namespaced",
    apiVersion: "rbac.authorization.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.8",
        cite: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    slug: "runc",
    name: "runc",
    kind: "runtime",
    summary:
      "runc is the reference low-level OCI runtime: a CLI that creates and runs a container from an OCI bundle using Linux namespaces and cgroups.",
    description:
      "High-level runtimes do not start container processes themselves; containerd uses runc by default (its runc runtime handler is where SystemdCgroup is set), and CRI-O can use it as well. A RuntimeClass handler name such as runc selects this configuration. runc is developed under the Open Container Initiative.",
    tags: ["node", "runtime", "oci"],
    aliases: ["oci runtime", "low-level runtime"],
    cites: [
      {
        source: "web",
        locator: "https://github.com/opencontainers/runc",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    slug: "runtime-class",
    name: "RuntimeClass",
    kind: "resource",
    summary:
      "RuntimeClass is a cluster-scoped API object that names a container runtime configuration (a CRI handler), which Pods select with spec.runtimeClassName.",
    description:
      "It lets different Pods run with different runtime set-ups, for example a VM-isolated runtime for untrusted workloads and runc for the rest. Each RuntimeClass maps to a handler configured in the node's runtime (containerd or CRI-O); if the class or handler does not exist the Pod fails. Optional scheduling fields steer such Pods to nodes that support the handler, and an overhead field accounts for the runtime's extra resource use. The API is stable since v1.20 in node.k8s.io/v1.",
    tags: ["node", "runtime", "api"],
    aliases: ["runtimeclass", "runtimeClassName"],
    docsPath: "/docs/concepts/containers/runtime-class/",
    scope: "cluster",
    apiVersion: "node.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.20",
        cite: "/docs/concepts/containers/runtime-class/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/containers/runtime-class/",
      },
    ],
  },
  {
    slug: "secret",
    name: "Secret",
    kind: "resource",
    summary:
      "A Secret holds a small amount of sensitive data, such as a password, token or key, that Pods can consume without baking it into the image or Pod spec.",
    description:
      "Pods receive Secret data as environment variables or as files in a volume, and the kubelet also uses Secrets to pull images from private registries. Values are only base64-encoded and are stored unencrypted in etcd by default, so restrict access with RBAC and enable encryption at rest. Like ConfigMaps, Secrets are limited to 1 MiB and can be made immutable.",
    tags: ["configuration", "security", "core-object"],
    aliases: ["kubernetes secret"],
    docsPath: "/docs/concepts/configuration/secret/",
    scope: "namespaced",
    apiVersion: "v1",
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
    slug: "selector",
    name: "Selector",
    kind: "concept",
    summary:
      "A label selector is a query over labels, such as app=web or tier in (front,back), that identifies a set of objects.",
    description:
      "There are equality-based and set-based selectors; the API expresses them as matchLabels and matchExpressions. Selectors are the core grouping primitive: a Service uses one to find its Pods, a ReplicaSet to count its replicas, and scheduling rules to find nodes or Pods.",
    tags: ["metadata"],
    aliases: ["label selector"],
    docsPath: "/docs/concepts/overview/working-with-objects/labels/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/overview/working-with-objects/labels/",
      },
    ],
  },
  {
    slug: "service",
    name: "Service",
    kind: "resource",
    summary:
      "A Service gives a changing set of Pods (or other endpoints) one stable virtual IP address and DNS name and spreads traffic across them.",
    description:
      "Pods are replaced and change IP addresses, so clients should talk to a Service instead. A label selector usually decides which Pods back it, and the control plane keeps the matching endpoints in EndpointSlices. The type field selects how it is exposed: ClusterIP (default, internal only), NodePort, LoadBalancer or ExternalName; setting clusterIP to None makes a headless Service.",
    tags: ["core-object", "networking"],
    aliases: ["svc"],
    docsPath: "/docs/concepts/services-networking/service/",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
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
    slug: "service-account",
    name: "ServiceAccount",
    kind: "resource",
    summary:
      "A ServiceAccount is a namespaced, non-human identity that Pods and automation use to authenticate to the Kubernetes API.",
    description:
      "Every namespace gets a default ServiceAccount, and Pods that name none use it. Since 1.22 a Pod receives a short-lived, automatically rotated token for its ServiceAccount through the TokenRequest API, mounted as a projected volume; long-lived token Secrets are no longer generated automatically. What the identity may do is decided by RBAC bindings, which grant nothing by default beyond API discovery.",
    tags: ["security", "core-object", "identity"],
    aliases: ["sa", "service account"],
    docsPath: "/docs/concepts/security/service-accounts/",
    scope: "namespaced",
    apiVersion: "v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/service-accounts/",
      },
    ],
  },
  {
    slug: "service-cidr",
    name: "Service CIDR (ServiceCIDR)",
    kind: "resource",
    summary:
      "The Service CIDR is the address range cluster IPs are allocated from; since v1.33 it is represented by cluster-scoped ServiceCIDR objects that can be added to extend the range.",
    description:
      "The API server's --service-cluster-ip-range flag seeds a default ServiceCIDR named kubernetes, and each allocated cluster IP is tracked as an IPAddress object. Administrators can create more ServiceCIDRs when the range runs out, which used to require a disruptive change. It must not overlap the Pod or node networks.",
    tags: ["networking"],
    aliases: ["service cluster ip range", "service-cluster-ip-range", "servicecidr"],
    docsPath: "/docs/tasks/network/extend-service-ip-ranges/",
    scope: "cluster",
    apiVersion: "networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.33",
        cite: "/docs/tasks/network/extend-service-ip-ranges/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/tasks/network/extend-service-ip-ranges/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/networking/",
      },
    ],
  },
  {
    slug: "service-controller",
    name: "Service controller (cloud)",
    kind: "controller",
    summary:
      "The service controller in the cloud-controller-manager creates, updates and deletes cloud load balancers for Services of type LoadBalancer.",
    description:
      "It watches Service objects and calls the cloud provider's API to set up load balancers, IP addresses, packet filtering and health checks, then writes the result back to the Service status. Each provider implements the cloud-provider interface; Services that name a loadBalancerClass are left to other implementations.",
    tags: ["networking", "cloud", "controller"],
    aliases: ["cloud service controller", "service lb controller"],
    docsPath: "/docs/concepts/architecture/cloud-controller/#service-controller",
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
    slug: "service-dns",
    name: "DNS for Services and Pods",
    kind: "concept",
    summary:
      "Kubernetes DNS gives every Service, and some Pods, a predictable name such as my-svc.my-ns.svc.cluster.local that resolves inside the cluster.",
    description:
      "A normal Service name resolves to its cluster IP, a headless Service name to the IPs of its ready Pods, and SRV records publish named ports. A Pod with hostname and subdomain set, matching a headless Service, gets its own A/AAAA record. The kubelet writes each Pod's resolv.conf (search path of its namespace, then svc and the cluster domain) according to the Pod's dnsPolicy; the records themselves are served by the cluster DNS add-on, normally CoreDNS.",
    tags: ["networking", "dns"],
    aliases: ["cluster dns records", "dns-based service discovery"],
    docsPath: "/docs/concepts/services-networking/dns-pod-service/",
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
    slug: "service-virtual-ip",
    name: "Service virtual IP mechanism",
    kind: "concept",
    summary:
      "The virtual IP mechanism makes a Service's cluster IP work: no host owns that address, so each node rewrites packets sent to it towards a ready backend endpoint.",
    description:
      "Kubernetes relies on proxying rather than round-robin DNS because many clients cache DNS answers. On every node a service proxy (kube-proxy, or a replacement such as Cilium's eBPF load balancer) programs kernel rules from Services and EndpointSlices so that traffic to a cluster IP, node port or load-balancer address reaches one backend. Session affinity and traffic policies are also implemented here.",
    tags: ["networking", "load-balancing"],
    aliases: ["virtual ip", "vip"],
    docsPath: "/docs/reference/networking/virtual-ips/",
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
    slug: "sidecar-container",
    name: "Sidecar container",
    kind: "concept",
    summary:
      "A sidecar container is a helper that runs alongside a Pod's main app container for the Pod's whole life, for example to ship logs, proxy traffic or sync data.",
    description:
      "Kubernetes implements native sidecars as a special kind of init container: an entry in spec.initContainers with its own restartPolicy set to Always. Such a container starts before the app containers, keeps running (and is restarted independently) while the Pod lives, can have probes, does not block a Job from completing, and is stopped only after the app containers have exited. The feature was alpha in 1.28, on by default (beta) from 1.29 and stable since 1.33; before that, sidecars were plain extra containers with no ordering guarantees.",
    tags: ["workload", "pod"],
    aliases: ["sidecar", "native sidecar", "restartable init container"],
    docsPath: "/docs/concepts/workloads/pods/sidecar-containers/",
    lifecycle: [
      {
        status: "alpha",
        since: "1.28",
        cite: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
      {
        status: "beta",
        since: "1.29",
        cite: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
      {
        status: "stable",
        since: "1.33",
        cite: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/sidecar-containers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/23/kubernetes-v1-33-release/",
      },
    ],
  },
  {
    slug: "startup-probe",
    name: "Startup probe",
    kind: "field",
    summary:
      "A startup probe tells the kubelet when an application inside a container has finished starting; until it succeeds, liveness and readiness probes are not run.",
    description:
      "It protects slow-starting containers from being killed by their liveness probe: give it a generous failureThreshold times periodSeconds. It runs only at startup, and if it fails the kubelet kills the container and the restart policy applies. For native sidecars, a succeeding startup probe is what lets the next init container start.",
    tags: ["workload", "health"],
    aliases: ["startupProbe"],
    docsPath: "/docs/concepts/workloads/pods/probes/#startup-probe",
    cites: [
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
    slug: "stateful-application",
    name: "Stateful application",
    kind: "concept",
    summary:
      "A stateful application keeps data that must survive restarts and is tied to particular replicas, such as a database or message broker.",
    description:
      "Its replicas are not interchangeable: each needs a stable identity and its own durable storage. In Kubernetes such applications are usually run with a StatefulSet that pairs every Pod with a PersistentVolume, although many teams keep databases outside the cluster.",
    tags: ["workload", "storage"],
    aliases: ["stateful app", "stateful workload"],
    docsPath: "/docs/tutorials/stateful-application/",
    cites: [
      {
        source: "notes",
        locator: "L40",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tutorials/stateful-application/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    slug: "statefulset",
    name: "StatefulSet",
    kind: "resource",
    summary:
      "A StatefulSet runs Pods for stateful applications, giving each replica a stable ordinal name, stable network identity and its own persistent storage.",
    description:
      "Replicas are named <name>-0, <name>-1 and so on, and are created, scaled and updated in order by default. Each replica gets its own PersistentVolumeClaim from volumeClaimTemplates, and a headless Service (which you must create) gives each Pod a stable DNS name. By default the claims survive scale-down and deletion; the persistentVolumeClaimRetentionPolicy field (stable since 1.32) can delete them instead.",
    tags: ["workload", "storage", "core-object"],
    aliases: ["sts", "stateful set"],
    docsPath: "/docs/concepts/workloads/controllers/statefulset/",
    scope: "namespaced",
    apiVersion: "apps/v1",
    cites: [
      {
        source: "notes",
        locator: "L28-L29",
      },
      {
        source: "notes",
        locator: "L40",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/feature-gates/",
      },
    ],
  },
  {
    slug: "statefulset-controller",
    name: "StatefulSet controller",
    kind: "controller",
    summary:
      "The StatefulSet controller is the control loop in kube-controller-manager that creates each StatefulSet replica with its ordinal name and its own PersistentVolumeClaims, in order.",
    description:
      "With the default OrderedReady policy it creates Pods from 0 to N-1, waiting for each to be Running and Ready, and removes them in reverse order; with Parallel it does not wait. It creates a claim per volumeClaimTemplate for each replica and labels every Pod with its name so a Service can target it.",
    tags: ["workload", "controller"],
    docsPath: "/docs/concepts/workloads/controllers/statefulset/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/statefulset/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "stateless-application",
    name: "Stateless application",
    kind: "concept",
    summary:
      "A stateless application keeps no data of its own between requests, so any replica can serve any request and replicas can be replaced freely.",
    description:
      "Because its Pods are interchangeable, it scales by simply adding or removing replicas and is normally run with a Deployment behind a Service. Any state it needs lives in an external store such as a database.",
    tags: ["workload"],
    aliases: ["stateless app", "statelessset"],
    docsPath: "/docs/tasks/run-application/run-stateless-application-deployment/",
    cites: [
      {
        source: "notes",
        locator: "L40",
      },
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
    slug: "static-pod",
    name: "Static Pod",
    kind: "concept",
    summary:
      "A static Pod is defined by a manifest file on a node and run directly by that node's kubelet, without the API server or scheduler deciding about it.",
    description:
      "The kubelet watches a manifest directory (or URL), starts the Pods it finds there and restarts them if they fail. For each one it creates a read-only mirror Pod in the API server, so the Pod is visible with kubectl but cannot be controlled from there. kubeadm runs the control plane components (API server, controller manager, scheduler, etcd) this way, because static Pods can start before any API server exists. Their spec may not refer to other API objects such as ConfigMaps, Secrets or ServiceAccounts.",
    tags: ["workload", "node", "control-plane"],
    aliases: ["kubelet-managed pod"],
    docsPath: "/docs/concepts/workloads/pods/static-pods/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/static-pods/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/configure-pod-container/static-pod/",
      },
    ],
  },
  {
    slug: "storageclass",
    name: "StorageClass",
    kind: "resource",
    summary:
      "A StorageClass describes a class of storage an administrator offers and names the provisioner and parameters used to create PersistentVolumes of that class on demand.",
    description:
      "Its provisioner field names the volume plugin (today usually a CSI driver) that creates volumes; parameters are passed to it, and reclaimPolicy (default Delete), mountOptions and volumeBindingMode shape the resulting PVs. A claim requests a class by name, and one class can be marked as the default for claims that do not name one. StorageClass objects cannot be updated after creation.",
    tags: ["storage"],
    aliases: ["storage class", "sc"],
    docsPath: "/docs/concepts/storage/storage-classes/",
    scope: "cluster",
    apiVersion: "storage.k8s.io/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/persistent-volumes/",
      },
    ],
  },
  {
    slug: "systemd-cgroup-driver",
    name: "systemd cgroup driver",
    kind: "concept",
    summary:
      "The systemd cgroup driver lets systemd, the node's init system, act as the single cgroup manager for both the kubelet and the container runtime.",
    description:
      "The kubelet and the container runtime use systemd to manage cgroups with this driver. It is recommended whenever systemd is the init system and required for cgroup v2. kubeadm sets it for the kubelet when no driver is given (since v1.22), CRI-O uses it by default, and containerd enables it with SystemdCgroup = true for its runc handler.",
    tags: ["linux", "node"],
    aliases: ["systemd driver"],
    docsPath: "/docs/setup/production-environment/container-runtimes/#systemd-cgroup-driver",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
    ],
  },
  {
    slug: "taint",
    name: "Taint",
    kind: "field",
    summary:
      "A taint is a key, value and effect set on a node that repels Pods which do not tolerate it.",
    description:
      "The effect decides what happens: NoSchedule keeps new Pods off, PreferNoSchedule only discourages them, and NoExecute also evicts running Pods that lack a matching toleration. Besides taints set by administrators, the control plane adds taints such as node.kubernetes.io/not-ready and node.kubernetes.io/unreachable when a node fails, which drives taint-based eviction.",
    tags: ["scheduling", "node"],
    aliases: ["node taint", "taints"],
    docsPath: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
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
    slug: "taint-based-eviction",
    name: "Taint-based eviction",
    kind: "concept",
    summary:
      "Taint-based eviction removes Pods from a node when a NoExecute taint they do not tolerate appears, which is how Pods leave failed nodes.",
    description:
      "When a node becomes not-ready or unreachable, the control plane adds the corresponding NoExecute taint. Pods without a matching toleration are evicted at once, Pods with tolerationSeconds stay that long (300 s by default for these two taints), and Pods tolerating it without a limit, such as DaemonSet Pods, stay. The evicted Pods are then replaced by their controllers on healthy nodes.",
    tags: ["scheduling", "node"],
    aliases: ["taint based evictions", "NoExecute eviction"],
    docsPath: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
    lifecycle: [
      {
        status: "stable",
        since: "1.18",
        cite: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
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
    slug: "tls-route",
    name: "TLSRoute",
    kind: "resource",
    summary:
      "A TLSRoute is a Gateway API object that routes TLS connections by SNI host name to backends, without the gateway decrypting HTTP.",
    description:
      "It suits TLS passthrough and non-HTTP protocols over TLS. It moved from the experimental channel (v1alpha2) to the standard channel as v1 in Gateway API v1.5 (February 2026); its validation needs Kubernetes 1.31 or later.",
    tags: ["networking", "gateway-api"],
    aliases: ["tlsroute"],
    docsUrl: "https://gateway-api.sigs.k8s.io/api-types/tlsroute/",
    scope: "namespaced",
    apiVersion: "gateway.networking.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "2026-02",
        cite: "https://kubernetes.io/blog/2026/04/21/gateway-api-v1-5/",
      },
    ],
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2026/04/21/gateway-api-v1-5/",
      },
      {
        source: "web",
        locator: "https://gateway-api.sigs.k8s.io/api-types/tlsroute/",
      },
    ],
  },
  {
    slug: "toleration",
    name: "Toleration",
    kind: "field",
    summary:
      "A toleration is an entry in a Pod's spec that allows it to be scheduled onto, or keep running on, nodes with a matching taint.",
    description:
      "A toleration matches a taint by key, value and effect; for NoExecute taints the optional tolerationSeconds says how long the Pod may stay after the taint appears. Kubernetes adds tolerations for not-ready and unreachable with 300 seconds to Pods that do not set them, which is why Pods stay on a failed node for about five minutes. A toleration only permits placement; it does not attract a Pod to a node.",
    tags: ["scheduling"],
    aliases: ["tolerations"],
    docsPath: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    slug: "topology-spread-constraints",
    name: "Topology spread constraints",
    kind: "field",
    summary:
      "Topology spread constraints tell the scheduler to spread matching Pods evenly across topology domains such as zones or nodes.",
    description:
      "Each constraint in spec.topologySpreadConstraints gives a maxSkew, a topologyKey, a label selector for the Pods to count, and whenUnsatisfiable (DoNotSchedule or ScheduleAnyway). It gives finer control over high availability than anti-affinity, for example allowing two replicas per zone but not five.",
    tags: ["scheduling", "availability"],
    aliases: ["topologySpreadConstraints", "pod topology spread"],
    docsPath: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
    lifecycle: [
      {
        status: "stable",
        since: "1.19",
        cite: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
    ],
  },
  {
    slug: "traefik",
    name: "Traefik",
    kind: "addon",
    summary:
      "Traefik is an open-source reverse proxy that acts as an ingress controller and also implements Gateway API.",
    description:
      "Its Kubernetes Ingress provider reads Ingress objects, and its Kubernetes Gateway provider serves Gateway and route resources; it also has its own IngressRoute CRDs. It is listed among the ingress controllers in the Kubernetes docs.",
    tags: ["networking", "addon"],
    docsUrl: "https://doc.traefik.io/traefik/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
      {
        source: "web",
        locator: "https://doc.traefik.io/traefik/providers/kubernetes-ingress/",
      },
      {
        source: "web",
        locator: "https://doc.traefik.io/traefik/providers/kubernetes-gateway/",
      },
    ],
  },
  {
    slug: "user",
    name: "User",
    kind: "concept",
    summary:
      "A user is a human (or external) identity that an authenticator attaches to an API request; Kubernetes has no User object.",
    description:
      "User names come from the configured authentication methods, such as client certificates, OIDC tokens or authenticating proxies, and are plain strings to RBAC. The system: prefix is reserved for Kubernetes itself. Because there is no User kind, you grant a user rights by naming it as a subject in a RoleBinding or ClusterRoleBinding.",
    tags: ["security", "identity"],
    aliases: ["user account", "normal user"],
    docsPath: "/docs/reference/access-authn-authz/authentication/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/authentication/",
      },
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
    slug: "validating-admission-policy",
    name: "ValidatingAdmissionPolicy",
    kind: "resource",
    summary:
      "A ValidatingAdmissionPolicy declares validation rules in CEL that the API server evaluates in-process to accept or reject requests.",
    description:
      "The policy holds the CEL expressions, a ValidatingAdmissionPolicyBinding scopes it to resources and namespaces, and an optional parameter resource supplies values. Because it runs inside kube-apiserver it avoids the latency and availability risk of a webhook.",
    tags: ["security", "policy"],
    aliases: ["vap", "validating admission policy"],
    docsPath: "/docs/reference/access-authn-authz/validating-admission-policy/",
    scope: "cluster",
    apiVersion: "admissionregistration.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.30",
        cite: "/docs/reference/access-authn-authz/validating-admission-policy/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/validating-admission-policy/",
      },
    ],
  },
  {
    slug: "vertical-pod-autoscaler",
    name: "VerticalPodAutoscaler",
    kind: "resource",
    summary:
      "A VerticalPodAutoscaler adjusts the CPU and memory requests (and proportionally the limits) of a workload's Pods to match their observed usage.",
    description:
      "Unlike the HPA it is not part of core Kubernetes: it is installed separately as a CRD plus three components, a recommender that computes targets from metrics history, an updater that evicts Pods or resizes them in place, and a mutating admission webhook that applies recommendations to new Pods. Update modes are Off, Initial, Recreate, InPlaceOrRecreate and InPlace (Auto is a deprecated alias of Recreate). The updater respects PodDisruptionBudgets.",
    tags: ["workload", "autoscaling", "addon"],
    aliases: ["vpa", "vertical pod autoscaling"],
    docsPath: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
    scope: "namespaced",
    apiVersion: "autoscaling.k8s.io/v1",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/vertical-pod-autoscale/",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes/autoscaler/tree/master/vertical-pod-autoscaler",
      },
    ],
  },
  {
    slug: "virtual-network",
    name: "Pod network (virtual network)",
    kind: "concept",
    summary:
      "The Pod network is the cluster-wide network in which every Pod gets its own IP address and can reach every other Pod without NAT.",
    description:
      "Kubernetes only states the rules of this network model: each Pod has a unique cluster-wide IP, Pods on any node can talk to each other directly, and node agents can reach the Pods on their node. It does not build the network itself; a network plugin installed on every node does that, either by tunnelling Pod packets between nodes (an overlay such as VXLAN or IP-in-IP) or by routing Pod address blocks natively (for example with BGP). Pod addresses are taken from a Pod CIDR that the plugin or the control plane hands out per node.",
    tags: ["networking", "architecture"],
    aliases: ["pod network", "cluster network", "kubernetes network model"],
    docsPath: "/docs/concepts/cluster-administration/networking/",
    cites: [
      {
        source: "notes",
        locator: "L8",
      },
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
    slug: "volume",
    name: "Volume",
    kind: "concept",
    summary:
      "A volume is a named directory declared in a Pod's spec.volumes that the Pod's containers can mount, which survives container restarts and can be shared between containers.",
    description:
      "A volume is not an API object of its own: each entry in spec.volumes names a volume type and each container mounts it with volumeMounts. Ephemeral types (emptyDir, configMap, secret, downwardAPI, projected) live exactly as long as the Pod, while a persistentVolumeClaim volume gives the Pod durable storage backed by a PersistentVolume that outlives it.",
    tags: ["storage"],
    aliases: ["vol", "pod volume"],
    docsPath: "/docs/concepts/storage/volumes/",
    cites: [
      {
        source: "notes",
        locator: "L37",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volumes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
    ],
  },
  {
    slug: "volume-binding-mode",
    name: "Volume binding mode",
    kind: "field",
    summary:
      "A StorageClass's volumeBindingMode decides when claims are bound and volumes provisioned: Immediate (the default) or WaitForFirstConsumer.",
    description:
      "With Immediate, a PV is bound or provisioned as soon as the claim exists, without knowing where the Pod will run, which can leave topology-constrained volumes unusable. WaitForFirstConsumer delays binding and provisioning until a Pod using the claim is scheduled, so the volume is created in a zone that satisfies the Pod's scheduling constraints; it is recommended for generic ephemeral and local volumes.",
    tags: ["storage", "scheduling"],
    aliases: ["volumeBindingMode", "WaitForFirstConsumer", "Immediate"],
    docsPath: "/docs/concepts/storage/storage-classes/#volume-binding-mode",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/storage-classes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/ephemeral-volumes/",
      },
    ],
  },
  {
    slug: "volume-snapshot",
    name: "VolumeSnapshot",
    kind: "resource",
    summary:
      "A VolumeSnapshot is a user's request for a point-in-time snapshot of a PersistentVolumeClaim's volume, which can later seed a new volume.",
    description:
      "It mirrors the PV/PVC model: VolumeSnapshot is the namespaced request, VolumeSnapshotContent the cluster-scoped snapshot, and VolumeSnapshotClass the provider parameters. The APIs are CRDs, not part of the core API, and need a snapshot controller plus a CSI driver with snapshot support; the distribution installs them. The feature is GA since 1.20, and a claim restores from a snapshot through its dataSource.",
    tags: ["storage"],
    aliases: ["volume snapshot", "VolumeSnapshotContent", "VolumeSnapshotClass"],
    docsPath: "/docs/concepts/storage/volume-snapshots/",
    scope: "namespaced",
    apiVersion: "snapshot.storage.k8s.io/v1",
    lifecycle: [
      {
        status: "stable",
        since: "1.20",
        cite: "https://kubernetes.io/blog/2020/12/10/kubernetes-1.20-volume-snapshot-moves-to-ga/",
      },
    ],
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/storage/volume-snapshots/",
      },
      {
        source: "web",
        locator:
          "https://kubernetes.io/blog/2020/12/10/kubernetes-1.20-volume-snapshot-moves-to-ga/",
      },
    ],
  },
  {
    slug: "vxlan",
    name: "VXLAN",
    kind: "protocol",
    summary:
      "VXLAN (Virtual Extensible LAN) is an encapsulation protocol that wraps Ethernet frames in UDP so a virtual layer-2 network can span hosts on a routed network.",
    description:
      "Overlay network plugins use it to tunnel Pod traffic between nodes: the sending node wraps the Pod packet in a UDP datagram addressed to the destination node, which unwraps it. The physical network only sees node-to-node UDP (IANA port 4789; the Linux kernel and Flannel default to 8472). VXLAN is an encapsulation, not a routing protocol: it answers how packets cross the network, while something else (Flannel's subnet leases, Calico, Cilium) decides where they go.",
    tags: ["networking", "protocol", "overlay"],
    aliases: ["virtual extensible lan"],
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
        source: "web",
        locator: "https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md",
      },
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
    ],
  },
  {
    slug: "weave-net",
    name: "Weave Net",
    kind: "plugin",
    summary:
      "Weave Net is a CNI plugin from Weaveworks that links nodes in a mesh overlay and carries Pod traffic in VXLAN; the project is archived.",
    description:
      "Weave Net routers on each node form a mesh and encapsulate Pod traffic, using the kernel's VXLAN-based fast datapath where available and a user-space fallback otherwise. It shipped its own NetworkPolicy controller. Weaveworks closed in early 2024 and the repository was archived by mid-2024 (last release 2.8.1 in 2021), so it receives no fixes; new clusters should choose another plugin.",
    tags: ["networking", "cni-plugin", "overlay", "legacy"],
    aliases: ["weave", "weave net"],
    docsUrl: "https://github.com/weaveworks/weave",
    lifecycle: [
      {
        status: "archived",
        since: "2024-06",
        cite: "https://github.com/kubernetes-sigs/kubespray/issues/11328",
      },
    ],
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
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/kubespray/issues/11328",
      },
      {
        source: "web",
        locator: "https://github.com/cncf/landscape/pull/4023",
      },
    ],
  },
  {
    slug: "workload",
    name: "Workload",
    kind: "concept",
    summary:
      "A workload is an application or batch task that runs on Kubernetes inside one or more Pods.",
    description:
      "Whatever shape an application takes, on Kubernetes it ends up running in a set of Pods. Because a Pod that fails with its node is gone for good, you normally do not create Pods by hand but declare a workload resource such as a Deployment or a Job, whose controller keeps the right number of Pods running. Third-party workload resources can be added through custom resources.",
    tags: ["workload", "fundamental"],
    aliases: ["application workload"],
    docsPath: "/docs/concepts/workloads/",
    cites: [
      {
        source: "notes",
        locator: "L6",
      },
      {
        source: "notes",
        locator: "L15",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
  {
    slug: "workload-resource",
    name: "Workload resource",
    kind: "concept",
    summary:
      "A workload resource is an API kind, such as Deployment, StatefulSet, DaemonSet, Job or CronJob, that manages a set of Pods on your behalf.",
    description:
      "Each workload resource carries a Pod template and a desired state, and a controller makes sure the right number of the right kind of Pod is running. Kubernetes ships several built-in ones; others can be added as custom resources with their own controllers.",
    tags: ["workload", "fundamental"],
    aliases: ["workload API", "workload controller resource"],
    docsPath: "/docs/concepts/workloads/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/",
      },
    ],
  },
];
