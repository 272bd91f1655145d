import type { SeedRelation } from "./types.js";

export const SEED_RELATIONS: SeedRelation[] = [
  {
    source: "kube-apiserver",
    type: "part-of",
    target: "control-plane",
    cites: [
      { source: "notes", locator: "L3-L4" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "part-of",
    target: "control-plane",
    cites: [
      { source: "notes", locator: "L3" },
      { source: "notes", locator: "L5" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "kube-scheduler",
    type: "part-of",
    target: "control-plane",
    cites: [
      { source: "notes", locator: "L3" },
      { source: "notes", locator: "L6" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "etcd",
    type: "part-of",
    target: "control-plane",
    description: "etcd may run on the control plane machines or as a separate external cluster.",
    cites: [
      { source: "notes", locator: "L3" },
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "cloud-controller-manager",
    type: "part-of",
    target: "control-plane",
    description: "Only present when the cluster runs on a cloud provider.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "control-plane",
    type: "part-of",
    target: "cluster",
    cites: [
      { source: "notes", locator: "L2-L3" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "node",
    type: "part-of",
    target: "cluster",
    description: "A cluster normally has several worker nodes.",
    cites: [
      { source: "notes", locator: "L14" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "namespace",
    type: "part-of",
    target: "cluster",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "data-plane",
    type: "part-of",
    target: "cluster",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "node",
    type: "part-of",
    target: "data-plane",
    cites: [
      { source: "notes", locator: "L14" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "control-plane",
    type: "manages",
    target: "node",
    description: "The control plane decides what runs on each worker node and tracks node health.",
    cites: [
      { source: "notes", locator: "L3" },
      { source: "notes", locator: "L14" },
      { source: "k8s-docs", locator: "/docs/concepts/architecture/nodes/" },
    ],
  },
  {
    source: "etcd",
    type: "stores",
    target: "cluster-state",
    description:
      "All objects, and therefore the whole desired and observed state, are persisted in etcd.",
    cites: [{ source: "notes", locator: "L7" }],
  },
  {
    source: "etcd",
    type: "stores",
    target: "secret",
    description: "Secret data sits in etcd, so enable encryption at rest and protect etcd backups.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/configuration/secret/" }],
  },
  {
    source: "etcd",
    type: "stores",
    target: "configmap",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/configuration/configmap/" }],
  },
  {
    source: "kube-apiserver",
    type: "talks-to",
    target: "etcd",
    description:
      "The API server is the only component that reads from and writes to etcd directly.",
    cites: [
      { source: "notes", locator: "L4" },
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "kube-apiserver",
    type: "exposes",
    target: "kubernetes-api",
    description:
      "The API server is the entry point to the cluster: every client goes through the API it serves.",
    cites: [
      { source: "notes", locator: "L4" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/kubernetes-api/" },
    ],
  },
  {
    source: "kube-apiserver",
    type: "uses",
    target: "admission-controller",
    cites: [
      { source: "k8s-docs", locator: "/docs/reference/access-authn-authz/admission-controllers/" },
    ],
  },
  {
    source: "kube-apiserver",
    type: "uses",
    target: "rbac",
    description: "RBAC is the usual authorizer consulted for every API request.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/access-authn-authz/rbac/" }],
  },
  {
    source: "kube-apiserver",
    type: "depends-on",
    target: "etcd",
    description: "Without a reachable etcd the API server cannot serve or store any object.",
    cites: [
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/tasks/administer-cluster/configure-upgrade-etcd/" },
    ],
  },
  {
    source: "kube-controller-manager",
    type: "watches",
    target: "cluster-state",
    description:
      "Its controllers watch the cluster state and act whenever the actual state drifts from the desired one.",
    cites: [{ source: "notes", locator: "L5" }],
  },
  {
    source: "kube-controller-manager",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [
      { source: "notes", locator: "L4-L5" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "controller",
    type: "part-of",
    target: "kube-controller-manager",
    description:
      "The built-in controllers are compiled into the single kube-controller-manager binary.",
    cites: [
      { source: "notes", locator: "L5" },
      { source: "k8s-docs", locator: "/docs/concepts/architecture/controller/" },
    ],
  },
  {
    source: "controller",
    type: "watches",
    target: "cluster-state",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/controller/" }],
  },
  {
    source: "kube-controller-manager",
    type: "manages",
    target: "deployment",
    description: "The Deployment controller inside it performs rollouts.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/deployment/" }],
  },
  {
    source: "kube-controller-manager",
    type: "manages",
    target: "job",
    description: "The Job controller inside it tracks completions and retries.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/job/" }],
  },
  {
    source: "kube-controller-manager",
    type: "manages",
    target: "endpoint-slice",
    description: "The EndpointSlice controller keeps the slices in step with ready Pods.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/endpoint-slices/" }],
  },
  {
    source: "cloud-controller-manager",
    type: "manages",
    target: "node",
    description: "Labels nodes with cloud metadata and removes nodes whose VMs are gone.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cloud-controller/" }],
  },
  {
    source: "cloud-controller-manager",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cloud-controller/" }],
  },
  {
    source: "kube-scheduler",
    type: "schedules",
    target: "pod",
    description: "Binds each unscheduled Pod to a node that has room for its resource requests.",
    cites: [
      { source: "notes", locator: "L6" },
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/kube-scheduler/" },
    ],
  },
  {
    source: "kube-scheduler",
    type: "schedules",
    target: "workload",
    description: "Workloads reach nodes through their Pods, which the scheduler places.",
    cites: [{ source: "notes", locator: "L6" }],
  },
  {
    source: "kube-scheduler",
    type: "watches",
    target: "pod",
    description: "Watches for newly created Pods that have no node assigned yet.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/kube-scheduler/" }],
  },
  {
    source: "kube-scheduler",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [
      { source: "notes", locator: "L4" },
      { source: "notes", locator: "L6" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "kube-scheduler",
    type: "uses",
    target: "taint",
    description: "Taints on nodes filter out Pods that do not tolerate them.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    source: "kube-scheduler",
    type: "uses",
    target: "priority-class",
    description: "Higher-priority Pods are scheduled first and may preempt lower-priority ones.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "workload",
    type: "runs-on",
    target: "node",
    description:
      "Worker nodes carry the application workload; more nodes means room for more workload.",
    cites: [
      { source: "notes", locator: "L6" },
      { source: "notes", locator: "L14-L15" },
    ],
  },
  {
    source: "cni",
    type: "part-of",
    target: "virtual-network",
    description:
      "CNI is the interface through which the virtual Pod network is plugged into each Pod.",
    cites: [
      { source: "notes", locator: "L8-L9" },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "flannel",
    type: "implements-cni",
    target: "cni",
    cites: [
      { source: "notes", locator: "L10" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    source: "calico",
    type: "implements-cni",
    target: "cni",
    cites: [
      { source: "notes", locator: "L11" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    source: "weave-net",
    type: "implements-cni",
    target: "cni",
    cites: [
      { source: "notes", locator: "L12" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    source: "cilium",
    type: "implements-cni",
    target: "cni",
    cites: [
      { source: "notes", locator: "L13" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    source: "flannel",
    type: "uses",
    target: "vxlan",
    description: "Flannel's default backend tunnels Pod traffic between nodes in VXLAN.",
    cites: [{ source: "notes", locator: "L10" }],
  },
  {
    source: "calico",
    type: "uses",
    target: "bgp",
    description:
      "Calico announces Pod routes with BGP so traffic can be routed without encapsulation.",
    cites: [{ source: "notes", locator: "L11" }],
  },
  {
    source: "weave-net",
    type: "uses",
    target: "vxlan",
    description: "Weave Net encapsulates Pod traffic between peers using VXLAN.",
    cites: [{ source: "notes", locator: "L12" }],
  },
  {
    source: "cilium",
    type: "uses",
    target: "ebpf",
    description: "Cilium's data plane is built from eBPF programs attached in the kernel.",
    cites: [{ source: "notes", locator: "L13" }],
  },
  {
    source: "calico",
    type: "uses",
    target: "vxlan",
    description:
      "VXLAN is an optional encapsulation mode for networks where BGP peering is not possible.",
  },
  {
    source: "calico",
    type: "uses",
    target: "ebpf",
    description: "Calico offers an optional eBPF data plane besides its standard Linux one.",
  },
  {
    source: "flannel",
    type: "part-of",
    target: "virtual-network",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "notes", locator: "L10" },
    ],
  },
  {
    source: "calico",
    type: "part-of",
    target: "virtual-network",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "notes", locator: "L11" },
    ],
  },
  {
    source: "weave-net",
    type: "part-of",
    target: "virtual-network",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "notes", locator: "L12" },
    ],
  },
  {
    source: "cilium",
    type: "part-of",
    target: "virtual-network",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "notes", locator: "L13" },
    ],
  },
  {
    source: "flannel",
    type: "alternative-to",
    target: "calico",
    description: "Both provide the Pod network; pick one plugin per cluster.",
    cites: [{ source: "notes", locator: "L10-L11" }],
  },
  {
    source: "calico",
    type: "alternative-to",
    target: "cilium",
    cites: [
      { source: "notes", locator: "L11" },
      { source: "notes", locator: "L13" },
    ],
  },
  {
    source: "weave-net",
    type: "alternative-to",
    target: "flannel",
    cites: [
      { source: "notes", locator: "L10" },
      { source: "notes", locator: "L12" },
    ],
  },
  {
    source: "cilium",
    type: "alternative-to",
    target: "weave-net",
    cites: [{ source: "notes", locator: "L12-L13" }],
  },
  {
    source: "vxlan",
    type: "alternative-to",
    target: "bgp",
    description: "Overlay encapsulation (VXLAN) versus natively routed Pod addresses (BGP).",
    cites: [{ source: "notes", locator: "L10-L11" }],
  },
  {
    source: "ebpf",
    type: "alternative-to",
    target: "iptables",
    description: "eBPF-based data planes can replace long iptables rule chains.",
    cites: [{ source: "notes", locator: "L13" }],
  },
  {
    source: "iptables",
    type: "alternative-to",
    target: "ipvs",
    description: "Two of the proxy modes kube-proxy can run in.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "calico",
    type: "implements",
    target: "network-policy",
    description: "Calico enforces Kubernetes NetworkPolicy and adds its own policy resources.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "cilium",
    type: "implements",
    target: "network-policy",
    description: "Cilium enforces NetworkPolicy and extends it with layer-7 rules.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "weave-net",
    type: "implements",
    target: "network-policy",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "cni",
    type: "configures",
    target: "pod",
    description: "The CNI plugin creates each Pod's network interface and assigns its IP address.",
    cites: [
      { source: "notes", locator: "L9" },
      { source: "notes", locator: "L24" },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "container-runtime",
    type: "uses",
    target: "cni",
    description: "The runtime calls the CNI plugin when it sets up a Pod sandbox.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/",
      },
    ],
  },
  {
    source: "pod",
    type: "uses",
    target: "virtual-network",
    description: "Every Pod gets its own address on the cluster-wide Pod network.",
    cites: [
      { source: "notes", locator: "L8" },
      { source: "notes", locator: "L24" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/networking/" },
    ],
  },
  {
    source: "virtual-network",
    type: "uses",
    target: "cidr",
    description:
      "Pod addresses are handed out from a cluster Pod CIDR, usually split into one block per node.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/networking/" }],
  },
  {
    source: "service",
    type: "uses",
    target: "cidr",
    description: "ClusterIP addresses come from a separate Service CIDR.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" }],
  },
  {
    source: "kube-proxy",
    type: "runs-on",
    target: "node",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "kube-proxy",
    type: "implements",
    target: "service",
    description: "kube-proxy turns a Service's virtual IP into forwarding rules on every node.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "kube-proxy",
    type: "watches",
    target: "service",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "kube-proxy",
    type: "watches",
    target: "endpoint-slice",
    description: "EndpointSlices tell kube-proxy which Pod IPs to forward to.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "kube-proxy",
    type: "uses",
    target: "iptables",
    description: "iptables is the default proxy mode on Linux.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "kube-proxy",
    type: "uses",
    target: "ipvs",
    description: "Optional proxy mode better suited to very many Services.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/networking/virtual-ips/" }],
  },
  {
    source: "cilium",
    type: "alternative-to",
    target: "kube-proxy",
    description: "Cilium can take over Service load balancing so kube-proxy is not needed.",
    cites: [{ source: "notes", locator: "L13" }],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "service",
    description: "Gives every Service a DNS name of the form name.namespace.svc.cluster.local.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/dns-pod-service/" }],
  },
  {
    source: "coredns",
    type: "resolves",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/dns-pod-service/" }],
  },
  {
    source: "coredns",
    type: "watches",
    target: "service",
    cites: [{ source: "k8s-docs", locator: "/docs/tasks/administer-cluster/coredns/" }],
  },
  {
    source: "coredns",
    type: "part-of",
    target: "addons",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" }],
  },
  {
    source: "service",
    type: "exposes",
    target: "pod",
    description:
      "A Service gives its selected Pods one stable address, since Pod IPs change whenever Pods are recreated.",
    cites: [
      { source: "notes", locator: "L24-L25" },
      { source: "notes", locator: "L30" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" },
    ],
  },
  {
    source: "service",
    type: "selects",
    target: "pod",
    description: "Membership is decided by the Service's label selector.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" }],
  },
  {
    source: "service",
    type: "uses",
    target: "selector",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" }],
  },
  {
    source: "service",
    type: "uses",
    target: "endpoint-slice",
    description: "The current backends of a Service are tracked in EndpointSlices.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/endpoint-slices/" }],
  },
  {
    source: "endpoints",
    type: "alternative-to",
    target: "endpoint-slice",
    description: "The older Endpoints API was replaced by the more scalable EndpointSlice API.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/endpoint-slices/" }],
  },
  {
    source: "ingress",
    type: "routes-to",
    target: "service",
    description: "Ingress rules send external HTTP(S) requests to Services by host and path.",
    cites: [
      { source: "notes", locator: "L33-L34" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress/" },
    ],
  },
  {
    source: "ingress",
    type: "uses",
    target: "secret",
    description: "TLS certificates for Ingress hosts are stored in Secrets.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress/" }],
  },
  {
    source: "ingress-controller",
    type: "implements",
    target: "ingress",
    description: "Without a running ingress controller, Ingress objects have no effect.",
    cites: [
      { source: "notes", locator: "L33-L34" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress-controllers/" },
    ],
  },
  {
    source: "ingress-controller",
    type: "watches",
    target: "ingress",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress-controllers/" },
    ],
  },
  {
    source: "ingress-controller",
    type: "is-a",
    target: "controller",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress-controllers/" },
    ],
  },
  {
    source: "gateway-api",
    type: "alternative-to",
    target: "ingress",
    description: "Gateway API is the more expressive successor to Ingress.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/services-networking/gateway/" }],
  },
  {
    source: "network-policy",
    type: "restricts",
    target: "pod",
    description:
      "Once a policy selects a Pod, only explicitly allowed traffic reaches it or leaves it.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "network-policy",
    type: "uses",
    target: "selector",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "network-policy",
    type: "depends-on",
    target: "cni",
    description:
      "Policies are enforced by the network plugin; a plugin without policy support ignores them.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/network-policies/" },
    ],
  },
  {
    source: "kubelet",
    type: "runs-on",
    target: "node",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "kubelet",
    type: "talks-to",
    target: "kube-apiserver",
    description: "Fetches the Pods assigned to its node and reports node and Pod status.",
    cites: [
      { source: "notes", locator: "L4" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    source: "kubelet",
    type: "uses",
    target: "container-runtime",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "kubelet",
    type: "uses",
    target: "cri",
    description: "The kubelet drives the runtime over the CRI gRPC API.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cri/" }],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "pod",
    description: "Keeps the containers of the Pods bound to its node running and healthy.",
    cites: [
      { source: "k8s-docs", locator: "/docs/reference/command-line-tools-reference/kubelet/" },
    ],
  },
  {
    source: "kubelet",
    type: "manages",
    target: "static-pod",
    cites: [{ source: "k8s-docs", locator: "/docs/tasks/configure-pod-container/static-pod/" }],
  },
  {
    source: "kubelet",
    type: "mounts",
    target: "volume",
    description: "Attaches and mounts the volumes a Pod declares before starting its containers.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" }],
  },
  {
    source: "kubelet",
    type: "uses",
    target: "probe",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/pod-lifecycle/" }],
  },
  {
    source: "kubelet",
    type: "uses",
    target: "csi",
    description: "Calls CSI node plugins to mount CSI-backed volumes.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" }],
  },
  {
    source: "container-runtime",
    type: "runs-on",
    target: "node",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/components/" }],
  },
  {
    source: "container-runtime",
    type: "implements",
    target: "cri",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cri/" }],
  },
  {
    source: "container-runtime",
    type: "manages",
    target: "container",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "container-runtime",
    type: "uses",
    target: "image",
    description: "Pulls images from registries and unpacks them for containers.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/containers/images/" }],
  },
  {
    source: "container-runtime",
    type: "uses",
    target: "cgroup",
    description: "Resource limits are enforced through cgroups.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/architecture/cgroups/" }],
  },
  {
    source: "containerd",
    type: "implements",
    target: "cri",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "cri-o",
    type: "implements",
    target: "cri",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "containerd",
    type: "is-a",
    target: "container-runtime",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "cri-o",
    type: "is-a",
    target: "container-runtime",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "containerd",
    type: "alternative-to",
    target: "cri-o",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "docker",
    type: "uses",
    target: "containerd",
    description: "Docker Engine runs its containers through containerd.",
    cites: [
      { source: "k8s-docs", locator: "/docs/setup/production-environment/container-runtimes/" },
    ],
  },
  {
    source: "static-pod",
    type: "is-a",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/tasks/configure-pod-container/static-pod/" }],
  },
  {
    source: "pod",
    type: "runs-on",
    target: "node",
    description: "Each Pod is bound to exactly one node for its whole life.",
    cites: [
      { source: "notes", locator: "L14" },
      { source: "notes", locator: "L19" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" },
    ],
  },
  {
    source: "container",
    type: "part-of",
    target: "pod",
    description: "A Pod wraps one or more containers; one container per Pod is the common case.",
    cites: [
      { source: "notes", locator: "L21-L23" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" },
    ],
  },
  {
    source: "container",
    type: "uses",
    target: "image",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/containers/images/" }],
  },
  {
    source: "init-container",
    type: "part-of",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/init-containers/" }],
  },
  {
    source: "sidecar-container",
    type: "part-of",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/sidecar-containers/" }],
  },
  {
    source: "ephemeral-container",
    type: "part-of",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/ephemeral-containers/" }],
  },
  {
    source: "init-container",
    type: "is-a",
    target: "container",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/init-containers/" }],
  },
  {
    source: "sidecar-container",
    type: "is-a",
    target: "container",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/sidecar-containers/" }],
  },
  {
    source: "ephemeral-container",
    type: "is-a",
    target: "container",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/ephemeral-containers/" }],
  },
  {
    source: "probe",
    type: "configures",
    target: "container",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/pod-lifecycle/" }],
  },
  {
    source: "pod",
    type: "is-a",
    target: "object",
    description: "The Pod is the smallest deployable object of the Kubernetes object model.",
    cites: [
      { source: "notes", locator: "L20" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" },
    ],
  },
  {
    source: "pod",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "deployment",
    type: "creates",
    target: "replica-set",
    description: "Each rollout creates a new ReplicaSet and scales the previous one down.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/deployment/" }],
  },
  {
    source: "replica-set",
    type: "manages",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/replicaset/" }],
  },
  {
    source: "replica-set",
    type: "uses",
    target: "selector",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/replicaset/" }],
  },
  {
    source: "replica-set",
    type: "uses",
    target: "pod-template",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/replicaset/" }],
  },
  {
    source: "replication-controller",
    type: "manages",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicationcontroller/",
      },
    ],
  },
  {
    source: "replica-set",
    type: "alternative-to",
    target: "replication-controller",
    description: "ReplicaSet is the modern replacement for ReplicationController.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/replicaset/" }],
  },
  {
    source: "deployment",
    type: "uses",
    target: "selector",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/deployment/" }],
  },
  {
    source: "statefulset",
    type: "manages",
    target: "pod",
    description: "Gives every Pod a stable ordinal name and identity.",
    cites: [
      { source: "notes", locator: "L28-L29" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/statefulset/" },
    ],
  },
  {
    source: "statefulset",
    type: "creates",
    target: "persistent-volume-claim",
    description: "One claim per replica from volumeClaimTemplates, kept when Pods are rescheduled.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/statefulset/" }],
  },
  {
    source: "statefulset",
    type: "alternative-to",
    target: "deployment",
    description: "StatefulSet for stateful apps, Deployment for stateless ones.",
    cites: [{ source: "notes", locator: "L40" }],
  },
  {
    source: "daemonset",
    type: "manages",
    target: "pod",
    cites: [
      { source: "notes", locator: "L35-L36" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/daemonset/" },
    ],
  },
  {
    source: "daemonset",
    type: "runs-on",
    target: "node",
    description:
      "Places one of its Pods on every node, or on every node that matches its selector.",
    cites: [
      { source: "notes", locator: "L36" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/daemonset/" },
    ],
  },
  {
    source: "job",
    type: "manages",
    target: "pod",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/job/" }],
  },
  {
    source: "cronjob",
    type: "creates",
    target: "job",
    description: "A new Job is started each time the schedule fires.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/cron-jobs/" }],
  },
  {
    source: "deployment",
    type: "is-a",
    target: "workload",
    cites: [
      { source: "notes", locator: "L32" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/" },
    ],
  },
  {
    source: "statefulset",
    type: "is-a",
    target: "workload",
    cites: [
      { source: "notes", locator: "L29" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/" },
    ],
  },
  {
    source: "daemonset",
    type: "is-a",
    target: "workload",
    cites: [
      { source: "notes", locator: "L36" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/" },
    ],
  },
  {
    source: "job",
    type: "is-a",
    target: "workload",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/" }],
  },
  {
    source: "cronjob",
    type: "is-a",
    target: "workload",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/" }],
  },
  {
    source: "replica-set",
    type: "is-a",
    target: "workload",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/" }],
  },
  {
    source: "pod-template",
    type: "part-of",
    target: "deployment",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" }],
  },
  {
    source: "pod-template",
    type: "part-of",
    target: "statefulset",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" }],
  },
  {
    source: "pod-template",
    type: "part-of",
    target: "daemonset",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" }],
  },
  {
    source: "pod-template",
    type: "part-of",
    target: "job",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" }],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "deployment",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/run-application/horizontal-pod-autoscale/" },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "statefulset",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/run-application/horizontal-pod-autoscale/" },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "scales",
    target: "replica-set",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/run-application/horizontal-pod-autoscale/" },
    ],
  },
  {
    source: "horizontal-pod-autoscaler",
    type: "watches",
    target: "pod",
    description: "Reads Pod resource metrics to decide on the replica count.",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/run-application/horizontal-pod-autoscale/" },
    ],
  },
  {
    source: "pod-disruption-budget",
    type: "restricts",
    target: "pod",
    description: "Limits how many matching Pods voluntary disruptions may take down at once.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/workloads/pods/disruptions/" }],
  },
  {
    source: "priority-class",
    type: "configures",
    target: "pod",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/pod-priority-preemption/",
      },
    ],
  },
  {
    source: "stateful-application",
    type: "uses",
    target: "statefulset",
    cites: [{ source: "notes", locator: "L40" }],
  },
  {
    source: "stateless-application",
    type: "uses",
    target: "deployment",
    cites: [{ source: "notes", locator: "L40" }],
  },
  {
    source: "stateful-application",
    type: "uses",
    target: "persistent-volume",
    cites: [{ source: "k8s-docs", locator: "/docs/tutorials/stateful-application/" }],
  },
  {
    source: "database",
    type: "is-a",
    target: "stateful-application",
    description:
      "Databases are the classic stateful workload, and are often kept outside the cluster.",
    cites: [{ source: "notes", locator: "L41" }],
  },
  {
    source: "operator-pattern",
    type: "uses",
    target: "controller",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/extend-kubernetes/operator/" }],
  },
  {
    source: "configmap",
    type: "configures",
    target: "pod",
    description:
      "Pods read its keys through env vars, container args or files in a mounted volume.",
    cites: [
      { source: "notes", locator: "L26-L27" },
      { source: "k8s-docs", locator: "/docs/concepts/configuration/configmap/" },
    ],
  },
  {
    source: "secret",
    type: "configures",
    target: "pod",
    description: "Sensitive values are injected as environment variables or mounted files.",
    cites: [
      { source: "notes", locator: "L31" },
      { source: "k8s-docs", locator: "/docs/concepts/configuration/secret/" },
    ],
  },
  {
    source: "configmap",
    type: "is-a",
    target: "object",
    cites: [{ source: "notes", locator: "L27" }],
  },
  {
    source: "configmap",
    type: "alternative-to",
    target: "secret",
    description: "ConfigMap for plain settings, Secret for confidential values.",
    cites: [
      { source: "notes", locator: "L27" },
      { source: "notes", locator: "L31" },
    ],
  },
  {
    source: "service",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "deployment",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "configmap",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "secret",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "service-account",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "network-policy",
    type: "part-of",
    target: "namespace",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/namespaces/" },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "part-of",
    target: "namespace",
    description: "Claims are namespaced, while PersistentVolumes are cluster-wide.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" }],
  },
  {
    source: "resource-quota",
    type: "restricts",
    target: "namespace",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/policy/resource-quotas/" }],
  },
  {
    source: "limitrange",
    type: "restricts",
    target: "container",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/policy/limit-range/" }],
  },
  {
    source: "limitrange",
    type: "part-of",
    target: "namespace",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/policy/limit-range/" }],
  },
  {
    source: "selector",
    type: "uses",
    target: "label",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/labels/" },
    ],
  },
  {
    source: "label",
    type: "part-of",
    target: "object",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/labels/" },
    ],
  },
  {
    source: "annotation",
    type: "part-of",
    target: "object",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/overview/working-with-objects/annotations/" },
    ],
  },
  {
    source: "taint",
    type: "part-of",
    target: "node",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    source: "taint",
    type: "restricts",
    target: "pod",
    description: "Pods without a matching toleration are kept off (or evicted from) the node.",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    source: "toleration",
    type: "tolerates",
    target: "taint",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    source: "toleration",
    type: "part-of",
    target: "pod",
    cites: [
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    ],
  },
  {
    source: "pod",
    type: "mounts",
    target: "volume",
    description: "Volumes declared in the Pod spec are mounted into its containers.",
    cites: [
      { source: "notes", locator: "L37" },
      { source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" },
    ],
  },
  {
    source: "persistent-volume",
    type: "is-a",
    target: "volume",
    description:
      "A PersistentVolume is the durable kind of volume, listed under volumes in the notes.",
    cites: [
      { source: "notes", locator: "L37-L38" },
      { source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" },
    ],
  },
  {
    source: "persistent-volume-claim",
    type: "claims",
    target: "persistent-volume",
    description: "A claim is bound one-to-one to a PersistentVolume that satisfies it.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" }],
  },
  {
    source: "pod",
    type: "mounts",
    target: "persistent-volume-claim",
    description:
      "Pods use persistent storage by referencing a claim, never a PersistentVolume directly.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" }],
  },
  {
    source: "storageclass",
    type: "provisions",
    target: "persistent-volume",
    description: "Creates volumes on demand when a claim names the class.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/storage-classes/" }],
  },
  {
    source: "persistent-volume-claim",
    type: "uses",
    target: "storageclass",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/storage-classes/" }],
  },
  {
    source: "storageclass",
    type: "uses",
    target: "csi",
    description: "The provisioner named by a StorageClass is usually a CSI driver.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/storage-classes/" }],
  },
  {
    source: "persistent-volume",
    type: "uses",
    target: "csi",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/volumes/" }],
  },
  {
    source: "dynamicvolumeprovisioning",
    type: "uses",
    target: "storageclass",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/storage/dynamic-provisioning/" }],
  },
  {
    source: "pod",
    type: "mounts",
    target: "configmap",
    description: "A ConfigMap can also be mounted as a volume of files.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/configuration/configmap/" }],
  },
  {
    source: "pod",
    type: "runs-as",
    target: "service-account",
    description: "Processes in the Pod call the API with this account's token.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/security/service-accounts/" }],
  },
  {
    source: "service-account",
    type: "uses",
    target: "jwt",
    description: "ServiceAccount tokens are signed JWTs.",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/security/service-accounts/" }],
  },
  {
    source: "rbac",
    type: "restricts",
    target: "service-account",
    description: "Roles and bindings decide what a ServiceAccount may do.",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/access-authn-authz/rbac/" }],
  },
  {
    source: "kubernetes",
    type: "manages",
    target: "container",
    description: "Kubernetes orchestrates containers across the machines of a cluster.",
    cites: [
      { source: "notes", locator: "L1" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/" },
    ],
  },
  {
    source: "kubernetes",
    type: "manages",
    target: "workload",
    cites: [
      { source: "notes", locator: "L1" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/" },
    ],
  },
  {
    source: "kubernetes-api",
    type: "part-of",
    target: "kubernetes",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/overview/kubernetes-api/" }],
  },
  {
    source: "kubectl",
    type: "talks-to",
    target: "kube-apiserver",
    cites: [{ source: "k8s-docs", locator: "/docs/reference/kubectl/" }],
  },
  {
    source: "kubeconfig",
    type: "configures",
    target: "kubectl",
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
    cites: [{ source: "k8s-docs", locator: "/docs/reference/setup-tools/kubeadm/" }],
  },
  {
    source: "kubeadm",
    type: "uses",
    target: "static-pod",
    description: "kubeadm runs the control plane components as static Pods.",
    cites: [{ source: "k8s-docs", locator: "/docs/tasks/configure-pod-container/static-pod/" }],
  },
  {
    source: "minikube",
    type: "creates",
    target: "cluster",
    description: "A single-node cluster for local experiments.",
    cites: [{ source: "k8s-docs", locator: "/docs/tutorials/hello-minikube/" }],
  },
  {
    source: "helm",
    type: "uses",
    target: "helm-chart",
  },
  {
    source: "helm",
    type: "talks-to",
    target: "kube-apiserver",
  },
  {
    source: "kubernetes-dashboard",
    type: "part-of",
    target: "addons",
    cites: [{ source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" }],
  },
  {
    source: "kubernetes-dashboard",
    type: "talks-to",
    target: "kube-apiserver",
    description: "The Dashboard is reached through the API server proxy in the notes' URL.",
    cites: [
      { source: "notes", locator: "L43" },
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "uses",
    target: "jwt",
    description:
      "Login uses a bearer token (a JWT) issued for a ServiceAccount; the notes' token was not stored.",
    cites: [
      { source: "notes", locator: "L45-L47" },
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
  {
    source: "kubernetes-dashboard",
    type: "runs-as",
    target: "service-account",
    cites: [
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
  {
    source: "kubectl",
    type: "exposes",
    target: "kubernetes-dashboard",
    description: "kubectl proxy makes the Dashboard reachable on localhost:8001.",
    cites: [
      { source: "notes", locator: "L43" },
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
];
