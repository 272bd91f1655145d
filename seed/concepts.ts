import type { SeedConcept } from "./types.js";

export const SEED_CONCEPTS: SeedConcept[] = [
  // --- The platform and its architecture ---------------------------------------------------
  {
    slug: "kubernetes",
    name: "Kubernetes",
    kind: "concept",
    summary:
      "Kubernetes is an open-source platform that deploys, scales and keeps containerized applications running across a group of machines.",
    description:
      "Kubernetes (usually shortened to **k8s**, with the 8 standing for the eight letters between the *k* and the *s*) turns a set of machines into one pool of compute. You describe the applications you want in declarative objects and the system keeps working to make reality match that description.",
    tags: ["fundamental", "orchestration"],
    aliases: ["k8s", "kube"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/",
    cites: [
      { source: "notes", locator: "L1" },
      { source: "notes", locator: "L18" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/" },
    ],
  },
  {
    slug: "cluster",
    name: "Cluster",
    kind: "concept",
    summary:
      "A cluster is one Kubernetes installation: a control plane plus the nodes it manages, running containerized workloads.",
    description:
      "Every cluster combines a **control plane** that makes decisions with one or more **nodes** that do the actual work. The notes' *Architecture* section describes exactly this split.",
    tags: ["architecture", "fundamental"],
    aliases: ["k8s cluster", "kubernetes cluster"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/",
    cites: [
      { source: "notes", locator: "L2" },
      { source: "notes", locator: "L4" },
      { source: "k8s-docs", locator: "/docs/concepts/architecture/" },
    ],
  },
  {
    slug: "control-plane",
    name: "Control Plane",
    kind: "concept",
    summary:
      "The control plane is the set of components that decides what should happen in a cluster and drives the cluster toward that desired state.",
    description:
      "It is made up of the API server, etcd, the scheduler and the controller manager (plus the cloud controller manager on cloud providers). Older material, including the original notes, calls the machine that hosts these components the **master node**; current docs say *control plane node* instead.",
    tags: ["control-plane", "architecture", "fundamental"],
    aliases: ["master node", "master", "control plane node"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/components/#control-plane-components",
    cites: [
      { source: "notes", locator: "L2-L3" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    slug: "kube-apiserver",
    name: "kube-apiserver",
    kind: "component",
    summary:
      "kube-apiserver is the front door of a cluster: every user, tool and component reads and changes cluster state through its REST API.",
    description:
      "The API server validates and persists objects, authenticates and authorizes callers, and runs admission checks. It is the only component that talks to etcd directly; everything else (kubectl, kubelets, controllers, the scheduler) goes through it. It scales horizontally by running more instances behind a load balancer.",
    tags: ["control-plane", "api"],
    aliases: ["api server", "apiserver", "kubernetes api server"],
    docsUrl: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/",
    cites: [
      { source: "notes", locator: "L4" },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-apiserver/",
      },
    ],
  },
  {
    slug: "kube-controller-manager",
    name: "kube-controller-manager",
    kind: "component",
    summary:
      "kube-controller-manager is a control plane process that bundles the built-in controllers, each of which watches cluster state and corrects drift from the desired state.",
    description:
      "Examples of controllers it runs: the Deployment and ReplicaSet controllers, the Job controller, the node lifecycle controller and the EndpointSlice controller. They are compiled into a single binary to keep operations simple.",
    tags: ["control-plane", "controller"],
    aliases: ["controller manager", "kcm"],
    docsUrl:
      "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/",
    cites: [
      { source: "notes", locator: "L5" },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-controller-manager/",
      },
    ],
  },
  {
    slug: "kube-scheduler",
    name: "kube-scheduler",
    kind: "component",
    summary:
      "kube-scheduler picks a suitable node for every Pod that does not have one yet, taking resource requests and placement rules into account.",
    description:
      "For each pending Pod it filters out nodes that cannot host it (not enough CPU or memory, taints, affinity rules, volume topology) and then scores the remaining ones. It only records the decision; the kubelet on the chosen node actually starts the Pod.",
    tags: ["control-plane", "scheduling"],
    aliases: ["scheduler"],
    docsUrl: "https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/",
    cites: [
      { source: "notes", locator: "L6" },
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/kube-scheduler/" },
    ],
  },
  {
    slug: "etcd",
    name: "etcd",
    kind: "component",
    summary:
      "etcd is the strongly consistent, distributed key-value database in which Kubernetes keeps all of its cluster data.",
    description:
      "It uses the Raft consensus algorithm, so production setups run an odd number of members (typically three or five). Because losing etcd means losing the cluster's state, it needs regular backups.",
    tags: ["control-plane", "storage", "datastore"],
    aliases: ["etcd cluster"],
    docsUrl: "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
    cites: [
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/tasks/administer-cluster/configure-upgrade-etcd/" },
    ],
  },
  {
    slug: "cluster-state",
    name: "Cluster State",
    kind: "concept",
    summary:
      "Cluster state is the full record of objects in a cluster, both the desired specification users asked for and the observed status reported back.",
    description:
      "Controllers continuously compare the *spec* (desired state) with the *status* (actual state) of objects and act to close the gap. The whole record lives in etcd and is read and written through the API server.",
    tags: ["control-plane", "fundamental"],
    aliases: ["state of the cluster", "cluster data"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/overview/working-with-objects/#object-spec-and-status",
    cites: [
      { source: "notes", locator: "L5" },
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/" },
    ],
  },
  {
    slug: "cloud-controller-manager",
    name: "Cloud Controller Manager",
    kind: "component",
    summary:
      "The cloud controller manager is the control plane component that connects a cluster to a cloud provider's API for nodes, routes and load balancers.",
    tags: ["control-plane", "cloud"],
    aliases: ["ccm"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/cloud-controller/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cloud-controller/" }],
  },
  {
    slug: "controller",
    name: "Controller",
    kind: "concept",
    summary:
      "A controller is a control loop that watches some kind of object and keeps nudging the real world toward the state that object describes.",
    tags: ["control-plane", "controller"],
    aliases: ["control loop", "reconciler"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/controller/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/controller/" }],
  },
  {
    slug: "data-plane",
    name: "Data Plane",
    kind: "concept",
    summary:
      "The data plane is the part of a cluster where application containers actually run: the worker nodes and their CPU, memory, network and storage.",
    tags: ["architecture", "node"],
    aliases: ["worker plane"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/components/#node-components",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    slug: "node",
    name: "Node",
    kind: "resource",
    summary:
      "A node is a physical or virtual worker machine that runs Pods, with a kubelet, a container runtime and kube-proxy on it.",
    description:
      "A cluster normally has several worker nodes. They carry the application workload, so they are usually the larger machines with more CPU and memory, and capacity is added by adding nodes. Very early Kubernetes releases called them *minions*.",
    tags: ["core-object", "architecture", "node"],
    aliases: ["worker node", "worker", "minion"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/nodes/",
    cites: [
      { source: "notes", locator: "L6" },
      { source: "notes", locator: "L14-L16" },
      { source: "k8s-docs", locator: "/docs/concepts/architecture/nodes/" },
    ],
  },
  {
    slug: "workload",
    name: "Workload",
    kind: "concept",
    summary:
      "A workload is an application or job running on Kubernetes, expressed as Pods that are usually managed by a higher-level object.",
    description:
      "Deployments, StatefulSets, DaemonSets, Jobs and CronJobs are the built-in workload resources. Each of them creates and replaces Pods for you so you rarely manage Pods by hand.",
    tags: ["workload", "fundamental"],
    aliases: ["application workload"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/",
    cites: [
      { source: "notes", locator: "L6" },
      { source: "notes", locator: "L15" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/" },
    ],
  },

  // --- Networking ---------------------------------------------------------------------------
  {
    slug: "virtual-network",
    name: "Virtual Network",
    kind: "concept",
    summary:
      "The virtual network is the flat, cluster-wide Pod network that lets every Pod reach every other Pod by IP address without NAT, whichever node it runs on.",
    description:
      "Kubernetes only defines the rules of this network model; a CNI plugin such as Flannel, Calico, Weave Net or Cilium actually builds it, either as an overlay (for example VXLAN) or by routing Pod addresses natively (for example with BGP or eBPF).",
    tags: ["networking", "architecture"],
    aliases: ["pod network", "cluster network"],
    docsUrl: "https://kubernetes.io/docs/concepts/cluster-administration/networking/",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/networking/" },
    ],
  },
  {
    slug: "cni",
    name: "CNI",
    kind: "interface",
    summary:
      "CNI (Container Network Interface) is the plugin specification that container runtimes call to attach Pods to the network and give them IP addresses.",
    description:
      "When a Pod sandbox is created, the runtime invokes the configured CNI plugin, which creates the network interface, assigns an address and sets up routes. Swapping plugins changes how the Pod network is built without changing Kubernetes itself.",
    tags: ["networking", "interface", "plugin"],
    aliases: ["container network interface"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
    cites: [
      { source: "notes", locator: "L9" },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    slug: "flannel",
    name: "Flannel",
    kind: "plugin",
    summary:
      "Flannel is a small, simple CNI plugin that builds a layer-3 Pod network, by default as a VXLAN overlay between nodes.",
    description:
      "It focuses on connectivity only and does not enforce NetworkPolicy, so it is often paired with another tool (the Canal project combined it with Calico's policy engine) when policies are needed.",
    tags: ["networking", "cni-plugin", "overlay"],
    cites: [
      { source: "notes", locator: "L10" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    slug: "calico",
    name: "Calico",
    kind: "plugin",
    summary:
      "Calico is a CNI plugin and network policy engine that by default routes Pod traffic natively and shares routes between nodes with BGP.",
    description:
      "Instead of encapsulating packets it can announce each node's Pod address block with BGP, which avoids overlay overhead. It can also fall back to IP-in-IP or VXLAN encapsulation and offers an eBPF data plane, and it enforces both Kubernetes NetworkPolicy and its own richer policy objects.",
    tags: ["networking", "cni-plugin", "security"],
    aliases: ["project calico"],
    cites: [
      { source: "notes", locator: "L11" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    slug: "weave-net",
    name: "Weave Net",
    kind: "plugin",
    summary:
      "Weave Net is a CNI plugin that connects nodes in a mesh and carries Pod traffic over a VXLAN-based overlay.",
    description:
      "It needs little configuration and includes a NetworkPolicy controller. Its maintainer, Weaveworks, shut down in 2024 and the project is no longer actively developed, so new clusters usually pick another plugin.",
    tags: ["networking", "cni-plugin", "overlay"],
    aliases: ["weave"],
    cites: [
      { source: "notes", locator: "L12" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    slug: "cilium",
    name: "Cilium",
    kind: "plugin",
    summary:
      "Cilium is a CNI plugin that implements Pod networking, load balancing and network policy with eBPF programs running inside the Linux kernel.",
    description:
      "Because its eBPF programs can handle Service load balancing, Cilium can run without kube-proxy. It also understands layer-7 protocols for policy and provides observability through its Hubble component.",
    tags: ["networking", "cni-plugin", "security"],
    cites: [
      { source: "notes", locator: "L13" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    slug: "vxlan",
    name: "VXLAN",
    kind: "protocol",
    summary:
      "VXLAN (Virtual Extensible LAN) is an encapsulation protocol that wraps layer-2 frames in UDP packets so a virtual network can span separate hosts.",
    description:
      "Overlay CNI plugins use it to tunnel Pod-to-Pod traffic between nodes: the original packet is wrapped in UDP (port 4789 by IANA; Flannel's Linux default is 8472) and unwrapped on the receiving node.",
    tags: ["networking", "protocol", "overlay"],
    aliases: ["virtual extensible lan"],
    cites: [
      { source: "notes", locator: "L10" },
      { source: "notes", locator: "L12" },
    ],
  },
  {
    slug: "bgp",
    name: "BGP",
    kind: "protocol",
    summary:
      "BGP (Border Gateway Protocol) is the routing protocol that networks use to announce which IP address ranges they can reach.",
    description:
      "In Kubernetes, Calico uses it so that every node advertises its Pod address block to the other nodes or to the data-centre routers, allowing Pod traffic to be routed without an overlay.",
    tags: ["networking", "protocol", "routing"],
    aliases: ["border gateway protocol"],
    cites: [{ source: "notes", locator: "L11" }],
  },
  {
    slug: "ebpf",
    name: "eBPF",
    kind: "technology",
    summary:
      "eBPF is a Linux kernel technology for loading small, verified programs into the kernel to process packets and events efficiently without kernel modules.",
    tags: ["networking", "linux", "observability"],
    aliases: ["extended berkeley packet filter", "bpf"],
    cites: [{ source: "notes", locator: "L13" }],
  },
  {
    slug: "iptables",
    name: "iptables",
    kind: "technology",
    summary:
      "iptables is the classic Linux packet filtering and NAT facility that kube-proxy uses by default to send Service traffic to backend Pods.",
    tags: ["networking", "linux"],
    aliases: ["netfilter rules"],
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    slug: "ipvs",
    name: "IPVS",
    kind: "technology",
    summary:
      "IPVS (IP Virtual Server) is an in-kernel Linux load balancer that kube-proxy can use instead of iptables for Service traffic.",
    tags: ["networking", "linux", "load-balancing"],
    aliases: ["ip virtual server"],
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    slug: "cidr",
    name: "CIDR",
    kind: "concept",
    summary:
      "CIDR (Classless Inter-Domain Routing) notation such as 10.244.0.0/16 describes an IP address block, and clusters use such blocks for Pod and Service addresses.",
    tags: ["networking"],
    aliases: ["classless inter-domain routing", "ip range"],
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/networking/" }],
  },
  {
    slug: "kube-proxy",
    name: "kube-proxy",
    kind: "component",
    summary:
      "kube-proxy is a per-node network agent that programs iptables, IPVS or nftables rules so traffic sent to a Service's virtual IP reaches one of its Pods.",
    tags: ["node", "networking"],
    aliases: ["service proxy"],
    docsUrl: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/",
    cites: [
      { source: "k8s-docs", locator: "/docs/reference/command-line-tools-reference/kube-proxy/" },
    ],
  },
  {
    slug: "coredns",
    name: "CoreDNS",
    kind: "component",
    summary:
      "CoreDNS is the cluster DNS server that turns Service (and Pod) names into IP addresses for workloads inside the cluster.",
    description:
      "It runs as an ordinary Deployment in `kube-system` behind a Service that is still named `kube-dns` for compatibility. A Service `web` in namespace `shop` becomes reachable as `web.shop.svc.cluster.local`.",
    tags: ["networking", "dns", "addon"],
    aliases: ["cluster dns"],
    docsUrl: "https://kubernetes.io/docs/tasks/administer-cluster/coredns/",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/administer-cluster/coredns/" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/dns-pod-service/" },
    ],
  },
  {
    slug: "service",
    name: "Service",
    kind: "resource",
    summary:
      "A Service gives a changing set of Pods one stable virtual IP address and DNS name and load-balances traffic across them.",
    description:
      "Pods come and go and change IP addresses, so clients should talk to a Service instead. A label selector decides which Pods belong to it. Types include `ClusterIP` (internal only, the default), `NodePort`, `LoadBalancer` and `ExternalName`.",
    tags: ["core-object", "networking"],
    aliases: ["svc"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/service/",
    cites: [
      { source: "notes", locator: "L30" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" },
    ],
  },
  {
    slug: "endpoint-slice",
    name: "EndpointSlice",
    kind: "resource",
    summary:
      "An EndpointSlice lists a subset of the network endpoints (Pod IPs and ports) that currently back a Service.",
    tags: ["networking", "core-object"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/endpoint-slices/" }],
  },
  {
    slug: "endpoints",
    name: "Endpoints",
    kind: "resource",
    summary:
      "Endpoints is the original, single-object list of addresses behind a Service, now superseded by EndpointSlices.",
    tags: ["networking", "legacy"],
    aliases: ["ep"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/service/#endpoints",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" }],
  },
  {
    slug: "ingress",
    name: "Ingress",
    kind: "resource",
    summary:
      "An Ingress declares HTTP and HTTPS routing rules, by host name and path, that bring traffic from outside the cluster to Services inside it.",
    description:
      "An Ingress object on its own does nothing: an **ingress controller** must be running to read the rules and do the actual proxying. It can also terminate TLS using a certificate stored in a Secret. The newer Gateway API covers the same ground with a more expressive model.",
    tags: ["networking", "core-object"],
    aliases: ["ing", "ingress resource"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/ingress/",
    cites: [
      { source: "notes", locator: "L33-L34" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress/" },
    ],
  },
  {
    slug: "ingress-controller",
    name: "Ingress Controller",
    kind: "component",
    summary:
      "An ingress controller is a reverse proxy running in the cluster that watches Ingress objects and routes incoming requests according to their rules.",
    tags: ["networking", "addon"],
    aliases: ["ingress proxy"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/ingress-controllers/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress-controllers/" },
    ],
  },
  {
    slug: "gateway-api",
    name: "Gateway API",
    kind: "resource",
    summary:
      "Gateway API is a family of role-oriented routing resources (GatewayClass, Gateway, HTTPRoute and others) that succeeds Ingress for managing traffic into a cluster.",
    tags: ["networking"],
    aliases: ["gateway"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/gateway/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/gateway/" }],
  },
  {
    slug: "network-policy",
    name: "NetworkPolicy",
    kind: "resource",
    summary:
      "A NetworkPolicy is a firewall-like rule set that limits which traffic may flow into and out of selected Pods.",
    description:
      "Pods accept traffic from anywhere until a policy selects them; from then on only the allowed ingress or egress traffic passes. Enforcement is up to the CNI plugin, so policies silently have no effect with a plugin (such as plain Flannel) that does not support them.",
    tags: ["networking", "security"],
    aliases: ["netpol"],
    docsUrl: "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },

  // --- Workloads ----------------------------------------------------------------------------
  {
    slug: "pod",
    name: "Pod",
    kind: "resource",
    summary:
      "A Pod is the smallest thing you can deploy in Kubernetes: a wrapper around one or more containers that share a network identity and storage and are scheduled together.",
    description:
      "A Pod abstracts away the container runtime: Kubernetes schedules, starts and stops Pods rather than individual containers. Its containers share one IP address and can share volumes, and the Pod spec says how they should be run. Pods are disposable; controllers such as Deployments replace them when they fail.",
    tags: ["core-object", "workload", "fundamental"],
    aliases: ["po"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/",
    cites: [
      { source: "notes", locator: "L19-L25" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" },
    ],
  },
  {
    slug: "container",
    name: "Container",
    kind: "concept",
    summary:
      "A container is a lightweight, isolated process started from an image that bundles an application together with everything it needs to run.",
    tags: ["workload", "fundamental"],
    aliases: ["linux container"],
    docsUrl: "https://kubernetes.io/docs/concepts/containers/",
    cites: [
      { source: "notes", locator: "L21-L23" },
      { source: "k8s-docs", locator: "/docs/concepts/containers/" },
    ],
  },
  {
    slug: "image",
    name: "Image",
    kind: "concept",
    summary:
      "A container image is an immutable, versioned package of an application and its filesystem that a container runtime pulls from a registry and runs.",
    tags: ["workload"],
    aliases: ["container image", "docker image"],
    docsUrl: "https://kubernetes.io/docs/concepts/containers/images/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/containers/images/" }],
  },
  {
    slug: "init-container",
    name: "Init Container",
    kind: "concept",
    summary:
      "An init container runs to completion before a Pod's main containers start, typically to prepare files, wait for dependencies or run setup steps.",
    tags: ["workload", "pod"],
    aliases: ["initcontainer"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/init-containers/" }],
  },
  {
    slug: "sidecar-container",
    name: "Sidecar Container",
    kind: "concept",
    summary:
      "A sidecar container is a helper container that runs alongside the main application container in the same Pod, for example to ship logs or proxy traffic.",
    tags: ["workload", "pod"],
    aliases: ["sidecar"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/sidecar-containers/" }],
  },
  {
    slug: "ephemeral-container",
    name: "Ephemeral Container",
    kind: "concept",
    summary:
      "An ephemeral container is a temporary container added to an already running Pod for troubleshooting, for example with `kubectl debug`.",
    tags: ["workload", "pod", "debugging"],
    aliases: ["debug container"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/ephemeral-containers/" }],
  },
  {
    slug: "static-pod",
    name: "Static Pod",
    kind: "concept",
    summary:
      "A static Pod is defined by a manifest file on a node and started directly by that node's kubelet, without the API server or scheduler deciding about it.",
    description:
      "kubeadm runs the control plane components themselves (API server, scheduler, controller manager, etcd) as static Pods. The kubelet publishes a read-only *mirror Pod* so they still show up in `kubectl get pods`.",
    tags: ["workload", "node", "control-plane"],
    aliases: ["kubelet-managed pod"],
    docsUrl: "https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/",
    cites: [{ source: "k8s-docs", locator: "/docs/tasks/configure-pod-container/static-pod/" }],
  },
  {
    slug: "pod-template",
    name: "Pod Template",
    kind: "concept",
    summary:
      "A Pod template is the embedded blueprint inside a workload resource that describes the Pods the workload should create.",
    tags: ["workload"],
    aliases: ["pod spec template"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" }],
  },
  {
    slug: "probe",
    name: "Probe",
    kind: "concept",
    summary:
      "A probe is a periodic health check (liveness, readiness or startup) that the kubelet runs against a container to decide whether to restart it or send it traffic.",
    tags: ["workload", "health"],
    aliases: ["health check", "liveness probe", "readiness probe"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/pod-lifecycle/" }],
  },
  {
    slug: "deployment",
    name: "Deployment",
    kind: "resource",
    summary:
      "A Deployment runs a set of identical, interchangeable Pods for a stateless application and rolls out new versions gradually.",
    description:
      "You declare the Pod template and the replica count; the Deployment creates a ReplicaSet for each version and shifts Pods from the old one to the new one, which also makes rollbacks easy. It is the usual choice for stateless services such as web front ends and APIs.",
    tags: ["workload", "core-object"],
    aliases: ["deploy"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
    cites: [
      { source: "notes", locator: "L32" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/deployment/" },
    ],
  },
  {
    slug: "replica-set",
    name: "ReplicaSet",
    kind: "resource",
    summary:
      "A ReplicaSet keeps a specified number of matching Pods running, creating or deleting Pods as needed.",
    tags: ["workload"],
    aliases: ["rs"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/replicaset/" }],
  },
  {
    slug: "replication-controller",
    name: "ReplicationController",
    kind: "resource",
    summary:
      "A ReplicationController is the legacy predecessor of the ReplicaSet that keeps a fixed number of Pod copies running.",
    tags: ["workload", "legacy"],
    aliases: ["rc"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
    ],
  },
  {
    slug: "statefulset",
    name: "StatefulSet",
    kind: "resource",
    summary:
      "A StatefulSet runs Pods for stateful applications, giving each replica a stable name, a predictable start and stop order and its own persistent storage.",
    description:
      "Replicas are named `<name>-0`, `<name>-1` and so on, keep their identity when rescheduled and each get their own PersistentVolumeClaim from the `volumeClaimTemplates`. A headless Service gives each replica a stable DNS name. It suits databases, queues and other clustered software that cares which replica is which.",
    tags: ["workload", "storage", "core-object"],
    aliases: ["sts", "stateful set"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/",
    cites: [
      { source: "notes", locator: "L28-L29" },
      { source: "notes", locator: "L40" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/statefulset/" },
    ],
  },
  {
    slug: "daemonset",
    name: "DaemonSet",
    kind: "resource",
    summary:
      "A DaemonSet makes sure that one copy of a Pod runs on every node, or on every node that matches a selector, including nodes added later.",
    description:
      "It is the natural fit for node-level agents: log shippers, monitoring exporters, storage drivers and the CNI agents of plugins like Calico or Cilium. kube-proxy itself is commonly deployed as a DaemonSet.",
    tags: ["workload", "node", "core-object"],
    aliases: ["ds", "daemon set"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/",
    cites: [
      { source: "notes", locator: "L35-L36" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/daemonset/" },
    ],
  },
  {
    slug: "job",
    name: "Job",
    kind: "resource",
    summary:
      "A Job runs one or more Pods until a set number of them finish successfully, for batch work that should end rather than run forever.",
    tags: ["workload", "batch"],
    aliases: ["batch job"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/job/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/job/" }],
  },
  {
    slug: "cronjob",
    name: "CronJob",
    kind: "resource",
    summary:
      "A CronJob starts a new Job on a repeating schedule written in cron syntax, such as nightly backups or hourly reports.",
    tags: ["workload", "batch"],
    aliases: ["cron job", "cj"],
    docsUrl: "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/cron-jobs/" }],
  },
  {
    slug: "horizontal-pod-autoscaler",
    name: "HorizontalPodAutoscaler",
    kind: "resource",
    summary:
      "A HorizontalPodAutoscaler raises or lowers the replica count of a workload based on observed metrics such as CPU usage.",
    tags: ["workload", "autoscaling"],
    aliases: ["hpa", "pod autoscaler"],
    docsUrl: "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/run-application/horizontal-pod-autoscale/" },
    ],
  },
  {
    slug: "pod-disruption-budget",
    name: "PodDisruptionBudget",
    kind: "resource",
    summary:
      "A PodDisruptionBudget caps how many Pods of an application may be down at once during voluntary disruptions such as node drains.",
    tags: ["workload", "availability"],
    aliases: ["pdb"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/#pod-disruption-budgets",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/disruptions/" }],
  },
  {
    slug: "priority-class",
    name: "PriorityClass",
    kind: "resource",
    summary:
      "A PriorityClass assigns a numeric priority to Pods so the scheduler can place important Pods first and evict lower-priority ones when space runs out.",
    tags: ["scheduling"],
    aliases: ["pod priority"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    slug: "stateful-application",
    name: "Stateful Application",
    kind: "concept",
    summary:
      "A stateful application keeps data that must survive restarts and is tied to particular replicas, such as a database or message broker.",
    tags: ["workload", "storage"],
    aliases: ["stateful app", "stateful workload"],
    docsUrl: "https://kubernetes.io/docs/tutorials/stateful-application/",
    cites: [
      { source: "notes", locator: "L40" },
      { source: "k8s-docs", locator: "/docs/tutorials/stateful-application/" },
    ],
  },
  {
    slug: "stateless-application",
    name: "Stateless Application",
    kind: "concept",
    summary:
      "A stateless application keeps no data of its own between requests, so any replica can serve any request and replicas can be replaced freely.",
    tags: ["workload"],
    aliases: ["stateless app", "statelessset"],
    docsUrl: "https://kubernetes.io/docs/tutorials/stateless-application/",
    cites: [
      { source: "notes", locator: "L40" },
      { source: "k8s-docs", locator: "/docs/tutorials/stateless-application/" },
    ],
  },
  {
    slug: "database",
    name: "Database",
    kind: "concept",
    summary:
      "A database is a typical stateful service which teams often run outside Kubernetes, as a managed cloud offering or on dedicated servers, rather than inside the cluster.",
    tags: ["storage", "workload"],
    aliases: ["db"],
    cites: [{ source: "notes", locator: "L41" }],
  },

  // --- Configuration ------------------------------------------------------------------------
  {
    slug: "configmap",
    name: "ConfigMap",
    kind: "resource",
    summary:
      "A ConfigMap holds non-sensitive configuration as key-value pairs that Pods can read as environment variables, command arguments or mounted files.",
    description:
      "Keeping configuration in a ConfigMap separates it from the container image, so the same image can run in different environments. It is not meant for passwords or keys (use a Secret) and holds at most 1 MiB of data.",
    tags: ["configuration", "core-object"],
    aliases: ["config map", "cm"],
    docsUrl: "https://kubernetes.io/docs/concepts/configuration/configmap/",
    cites: [
      { source: "notes", locator: "L26-L27" },
      { source: "k8s-docs", locator: "/docs/concepts/configuration/configmap/" },
    ],
  },
  {
    slug: "secret",
    name: "Secret",
    kind: "resource",
    summary:
      "A Secret holds a small amount of sensitive data, such as a password, token or TLS key, that Pods can consume without putting it in the image or Pod spec.",
    description:
      "Secret values are only base64-encoded by default, not encrypted, so restrict access with RBAC and turn on encryption at rest in etcd for real protection.",
    tags: ["configuration", "security", "core-object"],
    aliases: ["kubernetes secret"],
    docsUrl: "https://kubernetes.io/docs/concepts/configuration/secret/",
    cites: [
      { source: "notes", locator: "L31" },
      { source: "k8s-docs", locator: "/docs/concepts/configuration/secret/" },
    ],
  },
  {
    slug: "namespace",
    name: "Namespace",
    kind: "resource",
    summary:
      "A namespace is a named scope that partitions one cluster into separate groups of objects, for example per team or per environment.",
    tags: ["core-object", "multi-tenancy"],
    aliases: ["ns"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    slug: "resource-quota",
    name: "ResourceQuota",
    kind: "resource",
    summary:
      "A ResourceQuota caps the total CPU, memory, storage or object count that all workloads in one namespace may consume.",
    tags: ["policy", "multi-tenancy"],
    aliases: ["quota"],
    docsUrl: "https://kubernetes.io/docs/concepts/policy/resource-quotas/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/policy/resource-quotas/" }],
  },
  {
    slug: "limitrange",
    name: "LimitRange",
    kind: "resource",
    summary:
      "A LimitRange sets default, minimum and maximum resource requests and limits for each container or Pod created in a namespace.",
    tags: ["policy", "multi-tenancy"],
    aliases: ["limit range"],
    docsUrl: "https://kubernetes.io/docs/concepts/policy/limit-range/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/policy/limit-range/" }],
  },
  {
    slug: "label",
    name: "Label",
    kind: "concept",
    summary:
      "A label is a key-value tag attached to an object, used to organise objects and to pick groups of them with selectors.",
    tags: ["metadata", "core-object"],
    aliases: ["labels"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/labels/" },
    ],
  },
  {
    slug: "selector",
    name: "Selector",
    kind: "concept",
    summary:
      "A selector is a query over labels, such as `app=web`, that identifies the set of objects a Service, workload or policy applies to.",
    tags: ["metadata"],
    aliases: ["label selector"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/labels/" },
    ],
  },
  {
    slug: "annotation",
    name: "Annotation",
    kind: "concept",
    summary:
      "An annotation is a key-value entry of non-identifying metadata on an object, read by tools and controllers rather than used for selection.",
    tags: ["metadata"],
    aliases: ["annotations"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/annotations/" },
    ],
  },
  {
    slug: "object",
    name: "Object",
    kind: "concept",
    summary:
      "A Kubernetes object is a persistent record in the API, with a spec describing what you want and a status describing what currently exists.",
    description:
      "Pods, Services, ConfigMaps and every other resource in this graph are objects. Together they form the object model that users create and change, usually as YAML manifests applied with kubectl.",
    tags: ["fundamental", "api"],
    aliases: ["kubernetes object", "api object"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/working-with-objects/",
    cites: [
      { source: "notes", locator: "L20" },
      { source: "notes", locator: "L27" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/" },
    ],
  },
  {
    slug: "kubernetes-api",
    name: "Kubernetes API",
    kind: "concept",
    summary:
      "The Kubernetes API is the versioned HTTP interface through which all objects are created, read, updated, deleted and watched.",
    tags: ["api", "fundamental"],
    aliases: ["k8s api"],
    docsUrl: "https://kubernetes.io/docs/concepts/overview/kubernetes-api/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/kubernetes-api/" }],
  },
  {
    slug: "taint",
    name: "Taint",
    kind: "concept",
    summary:
      "A taint is a mark on a node that repels Pods, so only Pods carrying a matching toleration may be scheduled there.",
    tags: ["scheduling", "node"],
    aliases: ["node taint"],
    docsUrl: "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    slug: "toleration",
    name: "Toleration",
    kind: "concept",
    summary:
      "A toleration is a setting on a Pod that lets it be placed on nodes carrying a matching taint.",
    tags: ["scheduling"],
    aliases: ["tolerations"],
    docsUrl: "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    slug: "operator-pattern",
    name: "Operator Pattern",
    kind: "concept",
    summary:
      "The operator pattern packages operational knowledge for an application into a custom controller that manages custom resources describing that application.",
    tags: ["extensibility", "controller"],
    aliases: ["operator", "kubernetes operator"],
    docsUrl: "https://kubernetes.io/docs/concepts/extend-kubernetes/operator/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/extend-kubernetes/operator/" }],
  },
  {
    slug: "addons",
    name: "Add-ons",
    kind: "concept",
    summary:
      "Add-ons are optional cluster features, such as DNS, the Dashboard or a network plugin, that are installed as ordinary Kubernetes workloads.",
    tags: ["addon", "architecture"],
    aliases: ["cluster add-ons"],
    docsUrl: "https://kubernetes.io/docs/concepts/cluster-administration/addons/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" }],
  },

  // --- Storage ------------------------------------------------------------------------------
  {
    slug: "volume",
    name: "Volume",
    kind: "resource",
    summary:
      "A volume is a directory, declared in the Pod spec, that the Pod's containers can mount and share and that outlives individual container restarts.",
    description:
      "Ephemeral volume types such as `emptyDir` live exactly as long as the Pod; persistent ones are backed by a PersistentVolume and keep their data after the Pod is gone. ConfigMaps and Secrets can also be mounted as volumes.",
    tags: ["storage", "core-object"],
    aliases: ["vol"],
    docsUrl: "https://kubernetes.io/docs/concepts/storage/volumes/",
    cites: [
      { source: "notes", locator: "L37" },
      { source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" },
    ],
  },
  {
    slug: "persistent-volume",
    name: "PersistentVolume",
    kind: "resource",
    summary:
      "A PersistentVolume represents an actual storage volume available to the cluster, set up by an administrator or created on demand, that lives on independently of any Pod.",
    description:
      "Pods do not reference a PersistentVolume directly. They use a PersistentVolumeClaim, and Kubernetes binds the claim to a matching volume. The reclaim policy decides what happens to the data when the claim is deleted.",
    tags: ["storage", "core-object"],
    aliases: ["pv"],
    docsUrl: "https://kubernetes.io/docs/concepts/storage/persistent-volumes/",
    cites: [
      { source: "notes", locator: "L38" },
      { source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" },
    ],
  },
  {
    slug: "persistent-volume-claim",
    name: "PersistentVolumeClaim",
    kind: "resource",
    summary:
      "A PersistentVolumeClaim is a request for storage of a given size and access mode that a Pod can use as a volume once it is bound to a PersistentVolume.",
    tags: ["storage", "core-object"],
    aliases: ["pvc", "volume claim"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" }],
  },
  {
    slug: "storageclass",
    name: "StorageClass",
    kind: "resource",
    summary:
      "A StorageClass names a kind of storage (for example fast SSD or cheap network disk) and the provisioner and parameters used to create volumes of that kind on demand.",
    tags: ["storage"],
    aliases: ["storage class", "sc"],
    docsUrl: "https://kubernetes.io/docs/concepts/storage/storage-classes/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/storage-classes/" }],
  },
  {
    slug: "dynamicvolumeprovisioning",
    name: "Dynamic Volume Provisioning",
    kind: "concept",
    summary:
      "Dynamic volume provisioning creates PersistentVolumes automatically when a claim asks for them, so administrators need not pre-create storage.",
    tags: ["storage"],
    aliases: ["dynamic provisioning"],
    docsUrl: "https://kubernetes.io/docs/concepts/storage/dynamic-provisioning/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/dynamic-provisioning/" }],
  },
  {
    slug: "csi",
    name: "CSI",
    kind: "interface",
    summary:
      "CSI (Container Storage Interface) is the standard plugin interface through which storage vendors expose their block and file systems to Kubernetes.",
    tags: ["storage", "interface", "plugin"],
    aliases: ["container storage interface", "csi driver"],
    docsUrl: "https://kubernetes.io/docs/concepts/storage/volumes/#csi",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" }],
  },

  // --- Node components and runtimes ---------------------------------------------------------
  {
    slug: "kubelet",
    name: "kubelet",
    kind: "component",
    summary:
      "The kubelet is the agent on every node that receives Pod specs from the API server and makes sure the described containers are running and healthy.",
    description:
      "It asks the container runtime (through CRI) to start containers, mounts volumes, runs probes and reports node and Pod status back to the API server. It also starts static Pods from local manifest files.",
    tags: ["node", "agent"],
    aliases: ["node agent"],
    docsUrl: "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/",
    cites: [
      { source: "k8s-docs", locator: "/docs/reference/command-line-tools-reference/kubelet/" },
    ],
  },
  {
    slug: "container-runtime",
    name: "Container Runtime",
    kind: "component",
    summary:
      "The container runtime is the node software that pulls images and starts, stops and isolates containers on behalf of the kubelet.",
    tags: ["node", "runtime"],
    aliases: ["runtime", "cri runtime"],
    docsUrl: "https://kubernetes.io/docs/setup/production-environment/container-runtimes/",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    slug: "containerd",
    name: "containerd",
    kind: "component",
    summary:
      "containerd is a widely used, CNCF-graduated container runtime that manages the full container lifecycle and speaks CRI natively.",
    tags: ["node", "runtime"],
    docsUrl:
      "https://kubernetes.io/docs/setup/production-environment/container-runtimes/#containerd",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    slug: "cri-o",
    name: "CRI-O",
    kind: "component",
    summary:
      "CRI-O is a lightweight container runtime built specifically to implement the Kubernetes CRI and run OCI-compatible containers.",
    tags: ["node", "runtime"],
    aliases: ["crio"],
    docsUrl: "https://kubernetes.io/docs/setup/production-environment/container-runtimes/#cri-o",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    slug: "docker",
    name: "Docker",
    kind: "technology",
    summary:
      "Docker is the tool set that popularised containers; Kubernetes no longer talks to Docker Engine directly, but images built with Docker run unchanged.",
    tags: ["runtime", "tooling"],
    aliases: ["docker engine"],
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    slug: "cri",
    name: "CRI",
    kind: "interface",
    summary:
      "CRI (Container Runtime Interface) is the gRPC API between the kubelet and a container runtime, which lets Kubernetes work with any compliant runtime.",
    tags: ["node", "interface", "runtime"],
    aliases: ["container runtime interface"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/cri/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cri/" }],
  },
  {
    slug: "cgroup",
    name: "cgroup",
    kind: "technology",
    summary:
      "A cgroup (control group) is the Linux kernel feature that limits and accounts for the CPU, memory and I/O used by a group of processes, which is how container resource limits are enforced.",
    tags: ["linux", "node"],
    aliases: ["control group", "cgroups"],
    docsUrl: "https://kubernetes.io/docs/concepts/architecture/cgroups/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cgroups/" }],
  },

  // --- Security -----------------------------------------------------------------------------
  {
    slug: "service-account",
    name: "ServiceAccount",
    kind: "resource",
    summary:
      "A ServiceAccount is a namespaced identity for processes running in Pods (and for automation) when they call the Kubernetes API.",
    description:
      "Every namespace has a `default` ServiceAccount. Pods receive a short-lived, automatically rotated token for their ServiceAccount, and RBAC rules decide what that identity may do. Tokens for people or tools can be requested with `kubectl create token`.",
    tags: ["security", "core-object", "identity"],
    aliases: ["sa"],
    docsUrl: "https://kubernetes.io/docs/concepts/security/service-accounts/",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/security/service-accounts/" }],
  },
  {
    slug: "jwt",
    name: "JWT",
    kind: "technology",
    summary:
      "A JWT (JSON Web Token) is a signed, compact token format that carries claims; Kubernetes ServiceAccount tokens are JWTs.",
    description:
      "A JWT is a bearer credential: whoever holds it can act as its identity until it expires. Never paste such tokens into notes, tickets or repositories.",
    tags: ["security", "identity"],
    aliases: ["json web token"],
    cites: [{ source: "k8s-docs", locator: "/docs/reference/access-authn-authz/authentication/" }],
  },
  {
    slug: "rbac",
    name: "RBAC",
    kind: "concept",
    summary:
      "RBAC (role-based access control) grants permissions on API resources to users, groups and ServiceAccounts through Roles, ClusterRoles and their bindings.",
    tags: ["security", "authorization"],
    aliases: ["role-based access control"],
    docsUrl: "https://kubernetes.io/docs/reference/access-authn-authz/rbac/",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/access-authn-authz/rbac/" }],
  },
  {
    slug: "admission-controller",
    name: "Admission Controller",
    kind: "component",
    summary:
      "An admission controller is a plugin in the API server that checks, and may change or reject, requests after authentication and authorization but before objects are stored.",
    tags: ["security", "control-plane", "policy"],
    aliases: ["admission plugin", "admission webhook"],
    docsUrl: "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/",
    cites: [
      { source: "k8s-docs", locator: "/docs/reference/access-authn-authz/admission-controllers/" },
    ],
  },

  // --- Tools --------------------------------------------------------------------------------
  {
    slug: "kubectl",
    name: "kubectl",
    kind: "tool",
    summary:
      "kubectl is the official command-line client for talking to a cluster's API server: creating objects, inspecting them, reading logs and debugging.",
    tags: ["tooling", "cli"],
    aliases: ["kube control", "kubernetes cli"],
    docsUrl: "https://kubernetes.io/docs/reference/kubectl/",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/kubectl/" }],
  },
  {
    slug: "kubeconfig",
    name: "kubeconfig",
    kind: "concept",
    summary:
      "A kubeconfig file tells kubectl and other clients which clusters exist, which credentials to use and which context is current.",
    tags: ["tooling", "security"],
    aliases: ["kube config"],
    docsUrl:
      "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
      },
    ],
  },
  {
    slug: "kubeadm",
    name: "kubeadm",
    kind: "tool",
    summary:
      "kubeadm is the official tool for bootstrapping a standard cluster: it sets up the control plane, joins worker nodes and handles upgrades.",
    tags: ["tooling", "setup"],
    docsUrl: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/setup-tools/kubeadm/" }],
  },
  {
    slug: "minikube",
    name: "Minikube",
    kind: "tool",
    summary:
      "Minikube runs a small Kubernetes cluster on a single workstation, inside a VM or container, for learning and local development.",
    tags: ["tooling", "setup", "local-dev"],
    docsUrl: "https://kubernetes.io/docs/tutorials/hello-minikube/",
    cites: [{ source: "k8s-docs", locator: "/docs/tutorials/hello-minikube/" }],
  },
  {
    slug: "helm",
    name: "Helm",
    kind: "tool",
    summary:
      "Helm is a package manager for Kubernetes that installs, upgrades and rolls back applications packaged as charts.",
    tags: ["tooling", "packaging"],
    aliases: ["helm cli", "kubernetes package manager"],
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" }],
  },
  {
    slug: "helm-chart",
    name: "Helm Chart",
    kind: "concept",
    summary:
      "A Helm chart is a versioned bundle of templated Kubernetes manifests plus default values that Helm renders and installs as one release.",
    tags: ["tooling", "packaging"],
    aliases: ["chart"],
  },
  {
    slug: "kubernetes-dashboard",
    name: "Kubernetes Dashboard",
    kind: "component",
    summary:
      "The Kubernetes Dashboard is an optional web UI for viewing and managing the objects in a cluster from a browser.",
    description:
      "It is installed as an add-on into its own `kubernetes-dashboard` namespace and is not exposed outside the cluster by default. You log in with a bearer token for a ServiceAccount, and what you can see and do is limited by that account's RBAC permissions.",
    tags: ["tooling", "ui", "addon"],
    aliases: ["dashboard", "k8s dashboard", "web ui"],
    docsUrl: "https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/",
    cites: [
      { source: "notes", locator: "L43" },
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
];
