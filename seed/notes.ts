import type { SeedNote } from "./types.js";

export const SEED_NOTES: SeedNote[] = [
  {
    concept: "pod",
    author: "seed",
    body: "**Pod IP addresses.** Every Pod gets its own IP address, unique within the cluster, and all containers in the Pod share it (they can reach each other on `localhost`). The address belongs to that particular Pod instance: when a Pod is replaced, for example after a crash, a rollout or a reschedule, the new Pod comes up with a **new** IP. Never hard-code Pod IPs; put a Service in front of the Pods and use its stable name or ClusterIP instead.",
    cites: [
      { source: "notes", locator: "L24-L25" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/service/" },
    ],
  },
  {
    concept: "pod",
    author: "seed",
    body: "**Pods and containers.** A Pod is a thin layer over containers: Kubernetes schedules and restarts Pods, not bare containers, and the Pod spec describes how its containers run. Most Pods hold exactly one application container. Put several containers in one Pod only when they are tightly coupled and must share the same network identity and volumes, such as an app plus a log-shipping or proxy sidecar.",
    cites: [
      { source: "notes", locator: "L20-L23" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/pods/" },
    ],
  },
  {
    concept: "node",
    author: "seed",
    body: "**Worker nodes.** A typical cluster has a small control plane and *multiple* worker nodes. The workers run the actual applications, so they take the higher load and are usually the bigger machines with more CPU, memory and disk. To add capacity you add worker nodes (scale out) or move to larger ones (scale up).",
    cites: [
      { source: "notes", locator: "L14-L16" },
      { source: "k8s-docs", locator: "/docs/concepts/architecture/nodes/" },
    ],
  },
  {
    concept: "statefulset",
    author: "seed",
    body: "**Stateful vs stateless.** Stateless apps (web front ends, APIs) keep no data of their own, so any replica is interchangeable; run them with a Deployment. Stateful apps (databases, queues) need stable identities and their own storage per replica; StatefulSet provides that, but running them well in a cluster still takes real effort (backups, failover, upgrades). That is why databases are often kept **outside** Kubernetes, as a managed cloud database or on dedicated servers, and the in-cluster apps simply connect to them.",
    cites: [
      { source: "notes", locator: "L40-L41" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/statefulset/" },
    ],
  },
  {
    concept: "kubernetes-dashboard",
    author: "seed",
    body: "**Opening the Dashboard with `kubectl proxy`.** Run `kubectl proxy`, which serves the API server on `localhost:8001` using your kubeconfig credentials, then browse to\n\nhttp://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/#/login\n\nThat path goes through the API server's service proxy to the `kubernetes-dashboard` Service in the `kubernetes-dashboard` namespace. It matches the classic manifest-based installs; newer Helm-based releases suggest `kubectl -n kubernetes-dashboard port-forward` to their proxy Service instead.\n\nThe login page asks for a bearer token. The original notes contained such a login token in a code block right below the URL. It was **deliberately not stored here**: a ServiceAccount token is a credential that grants whatever access that account has. Create your own short-lived token when you need one with `kubectl -n kubernetes-dashboard create token <service-account>`, and give that ServiceAccount only the RBAC permissions it needs.",
    cites: [
      { source: "notes", locator: "L43-L47" },
      { source: "k8s-docs", locator: "/docs/tasks/access-application-cluster/web-ui-dashboard/" },
    ],
  },
  {
    concept: "control-plane",
    author: "seed",
    body: '**"Master node".** The notes use the older name *master node* for the control plane. Kubernetes has moved away from that term: the components are the *control plane*, and a machine running them is a *control plane node*. The four core pieces listed in the notes are the API server (entry point), the controller manager (watches and reconciles state), the scheduler (places workloads on nodes) and etcd (stores the state).',
    cites: [
      { source: "notes", locator: "L2-L7" },
      { source: "k8s-docs", locator: "/docs/concepts/overview/components/" },
    ],
  },
  {
    concept: "virtual-network",
    author: "seed",
    body: "**Choosing a CNI plugin.** The notes list four common plugins with the technique each relies on:\n\n- **Flannel**: VXLAN overlay; simple, but no NetworkPolicy enforcement.\n- **Calico**: native routing with BGP (with optional VXLAN or eBPF); strong policy support.\n- **Weave Net**: VXLAN-based mesh overlay; easy setup, but no longer actively maintained.\n- **Cilium**: eBPF data plane; policy, observability and an optional kube-proxy replacement.\n\nA cluster runs one primary plugin, and switching later is disruptive, so choose early.",
    cites: [
      { source: "notes", locator: "L8-L13" },
      { source: "k8s-docs", locator: "/docs/concepts/cluster-administration/addons/" },
    ],
  },
  {
    relation: ["flannel", "uses", "vxlan"],
    author: "seed",
    body: "With the VXLAN backend, each node gets a virtual tunnel interface (named `flannel.1` by default). A packet for a Pod on another node is wrapped in a UDP datagram addressed to that node and unwrapped on arrival, so the underlying network only ever sees node-to-node traffic.",
    cites: [{ source: "notes", locator: "L10" }],
  },
  {
    relation: ["calico", "uses", "bgp"],
    author: "seed",
    body: "Each node runs a BGP agent (BIRD inside `calico-node`) that announces the node's Pod address block to its peers, either a full mesh of nodes or route reflectors and top-of-rack routers. Pod packets then travel unencapsulated, which keeps overhead low and Pod IPs visible to the physical network.",
    cites: [{ source: "notes", locator: "L11" }],
  },
  {
    relation: ["cilium", "uses", "ebpf"],
    author: "seed",
    body: "Cilium attaches eBPF programs to network interfaces and sockets. They handle Pod routing, Service load balancing and policy checks inside the kernel, which avoids long iptables chains and allows identity-aware and HTTP-level policies.",
    cites: [{ source: "notes", locator: "L13" }],
  },
  {
    relation: ["weave-net", "uses", "vxlan"],
    author: "seed",
    body: "Weave Net's fast datapath uses kernel VXLAN encapsulation between peers and falls back to a slower user-space 'sleeve' mode when the kernel path cannot be used.",
    cites: [{ source: "notes", locator: "L12" }],
  },
  {
    concept: "kube-scheduler",
    author: "seed",
    body: '**"Manages resources".** The scheduler does not run anything itself. It compares each Pod\'s CPU and memory *requests* with what is still free on each node and places the Pod where it fits. Pods without requests look free to the scheduler, which can overload nodes, so always set requests.',
    cites: [
      { source: "notes", locator: "L6" },
      { source: "k8s-docs", locator: "/docs/concepts/scheduling-eviction/kube-scheduler/" },
    ],
  },
  {
    concept: "etcd",
    author: "seed",
    body: "**Back it up.** Since etcd holds the complete cluster state, an etcd snapshot (`etcdctl snapshot save`) is the core of any disaster-recovery plan. Keep an odd number of members so the cluster keeps quorum if one fails, and put it on fast disks because etcd is sensitive to write latency.",
    cites: [
      { source: "notes", locator: "L7" },
      { source: "k8s-docs", locator: "/docs/tasks/administer-cluster/configure-upgrade-etcd/" },
    ],
  },
  {
    concept: "volume",
    author: "seed",
    body: "**Volumes vs persistent volumes.** A plain volume such as `emptyDir` exists only as long as its Pod: it survives container restarts but is deleted with the Pod. For data that must outlive Pods, request storage through a PersistentVolumeClaim. It binds to a PersistentVolume, often created on the fly by a StorageClass, and the Pod mounts the claim.",
    cites: [
      { source: "notes", locator: "L37-L38" },
      { source: "k8s-docs", locator: "/docs/concepts/storage/persistent-volumes/" },
    ],
  },
  {
    concept: "configmap",
    author: "seed",
    body: "**ConfigMap or Secret?** Use a ConfigMap for ordinary settings such as URLs, feature flags and config files. Anything confidential (passwords, API keys, certificates) belongs in a Secret, which can be access-controlled separately and encrypted at rest. Changes to mounted ConfigMaps reach Pods after a short delay, but environment variables only change when the Pod restarts.",
    cites: [
      { source: "notes", locator: "L26-L27" },
      { source: "notes", locator: "L31" },
      { source: "k8s-docs", locator: "/docs/concepts/configuration/configmap/" },
    ],
  },
  {
    concept: "daemonset",
    author: "seed",
    body: "**Typical DaemonSets.** Node-level agents: log collectors (Fluent Bit), metrics exporters (node-exporter), CSI node plugins and the per-node agents of network plugins (`calico-node`, the Cilium agent), and often kube-proxy itself. Use a node selector, affinity or tolerations to target a subset of nodes.",
    cites: [
      { source: "notes", locator: "L35-L36" },
      { source: "k8s-docs", locator: "/docs/concepts/workloads/controllers/daemonset/" },
    ],
  },
  {
    concept: "ingress",
    author: "seed",
    body: "**Ingress in practice.** An Ingress rule such as `shop.example.com/api -> api-service:80` only takes effect once an ingress controller (ingress-nginx, Traefik, HAProxy, a cloud load balancer controller and so on) is installed. Outside traffic usually reaches the controller itself through a `LoadBalancer` or `NodePort` Service.",
    cites: [
      { source: "notes", locator: "L33-L34" },
      { source: "k8s-docs", locator: "/docs/concepts/services-networking/ingress-controllers/" },
    ],
  },
  {
    concept: "kubernetes",
    author: "seed",
    body: "**The notes' layout.** The original notes have two parts: the *architecture* (control plane components, the virtual Pod network with its CNI plugins, and worker nodes) and the *main Kubernetes components* that users work with day to day (Pod, ConfigMap, StatefulSet, Service, Secret, Deployment, Ingress, DaemonSet and volumes).",
    cites: [
      { source: "notes", locator: "L1-L2" },
      { source: "notes", locator: "L18-L38" },
    ],
  },
];
