// Generated from knowledge/drafts by knowledge/merge.mjs and knowledge/to-seed.mjs: edit the drafts.
import type { SeedNote } from "./types.js";

export const SEED_NOTES: SeedNote[] = [
  {
    concept: "node-lifecycle-controller",
    body: "What happens when a node dies: the kubelet stops renewing its Lease (normally every 10 s). After the node-monitor-grace-period (50 s by default) the node lifecycle controller marks Ready as Unknown and adds the unreachable NoExecute taint. Pods carry a default 300 s toleration for it, so about five minutes later they are evicted; their ReplicaSet (or other owner) creates replacements and the scheduler puts them on healthy nodes. Until the node is reachable again, the old containers may in fact still be running on it.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/node/node-status/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/nodes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/controllers/replicaset/",
      },
    ],
  },
  {
    concept: "rbac",
    body: "RBAC only ever adds permissions: there is no deny rule, and a subject's rights are the union of every binding that names it. A handy pattern is to define a ClusterRole once and grant it per namespace with RoleBindings; the rights then stay inside each binding's namespace. To change which role a binding points at, delete and recreate it, because roleRef is immutable.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/rbac/",
      },
    ],
  },
  {
    concept: "pod-security-policy",
    body: "PodSecurityPolicy manifests fail on clusters from 1.25 on because the policy/v1beta1 kind no longer exists. The built-in replacement is Pod Security Admission: label each namespace with the Pod Security Standard level it should meet, and start with the warn and audit modes to see what would break before switching on enforce.",
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
    concept: "node-condition",
    body: "The scheduler does not read node conditions directly. The control plane turns conditions such as DiskPressure into taints, and the scheduler filters on the taints; that is why adding a toleration lets a Pod ignore a condition.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/scheduling-eviction/taint-and-toleration/",
      },
    ],
  },
  {
    concept: "admission-controller",
    body: "Order of an API write: authentication, authorization, mutating admission (built-in plugins, mutating webhooks, MutatingAdmissionPolicies), schema validation, validating admission (built-in plugins, validating webhooks, ValidatingAdmissionPolicies), then persistence in etcd. A policy that must see the final object belongs in the validating phase.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/admission-controllers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/access-authn-authz/extensible-admission-controllers/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/security/controlling-access/",
      },
    ],
  },
  {
    concept: "leader-election",
    body: "An HA control plane runs several kube-scheduler and kube-controller-manager replicas, but only the holder of the component's Lease is working; the others just try to take the Lease over. kube-apiserver is different: all its instances serve requests at once behind a load balancer.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/leases/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/reference/command-line-tools-reference/kube-apiserver/",
      },
    ],
  },
  {
    concept: "kube-proxy",
    body: "**Choosing a proxy mode.** On Linux, iptables is still the default mode. nftables (GA since v1.33) is the recommended modern choice on kernels 5.13 and later, and the ipvs mode is deprecated since v1.35, so plan to move ipvs clusters to nftables. You can check the current mode in kube-proxy's log or its configuration (`mode:`). Some clusters run no kube-proxy at all because Cilium or Calico's eBPF data plane does the work.",
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
    concept: "service",
    body: "**Service types nest.** A NodePort Service also gets a cluster IP, and a LoadBalancer Service normally also gets node ports that the external balancer forwards to. ExternalName is the odd one out: it only creates a DNS CNAME, with no IP and no proxying. Setting `clusterIP: None` makes a headless Service, which returns Pod IPs from DNS instead of load-balancing.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/service/",
      },
    ],
  },
  {
    concept: "endpoints",
    body: "**Migrating off Endpoints.** A Service can have several EndpointSlices, one per address family and per 100 endpoints, so list them with `kubectl get endpointslice -l kubernetes.io/service-name=<svc>` rather than by name. `kubectl get endpoints` now prints a deprecation warning.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
      },
    ],
  },
  {
    concept: "ingress-nginx",
    body: "**After the retirement.** Running ingress-nginx installations keep working, but no security fixes arrive after March 2026. The recommended path is Gateway API with a maintained implementation (the ingress2gateway tool converts many annotations), or another ingress controller if you must stay on Ingress.",
    cites: [
      {
        source: "web",
        locator: "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/services-networking/ingress-controllers/",
      },
    ],
  },
  {
    concept: "vxlan",
    body: "**VXLAN vs BGP is not either/or.** VXLAN (like IP-in-IP) answers *how* a Pod packet crosses the node network: wrapped in an outer header. BGP answers *how nodes learn* where each Pod block lives. Calico can route natively with BGP, encapsulate everywhere, or encapsulate only between subnets while still exchanging routes with BGP.",
    cites: [
      {
        source: "web",
        locator: "https://docs.tigera.io/calico/latest/networking/configuring/vxlan-ipip",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/cluster-administration/addons/",
      },
    ],
  },
  {
    concept: "weave-net",
    body: "**Weave Net is archived.** Its company closed in 2024 and the repository is read-only, so existing clusters on Weave Net should plan a move to a maintained plugin; switching the primary CNI plugin generally means draining or rebuilding nodes.",
    cites: [
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
    concept: "container-runtime",
    body: "**The runtime stack, top to bottom.** kubelet → CRI (gRPC over a local socket) → a high-level runtime such as containerd or CRI-O (images, sandboxes, CNI calls) → a low-level OCI runtime such as runc or crun, which creates the container processes with namespaces and cgroups. Docker Engine fits in only through the cri-dockerd adapter, and it runs containerd underneath itself.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cri/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "web",
        locator: "https://github.com/opencontainers/runtime-spec",
      },
    ],
  },
  {
    concept: "docker",
    body: '**"Kubernetes dropped Docker" — what actually changed.** Only the kubelet\'s built-in dockershim went away (deprecated v1.20, removed v1.24). Images built with docker build are ordinary OCI images and still run on containerd or CRI-O once pushed to a registry. What breaks is anything on the node that expects a Docker daemon: docker ps no longer lists Pod containers on a containerd node; use crictl there instead.',
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
        locator: "/docs/reference/tools/map-crictl-dockercli/",
      },
    ],
  },
  {
    concept: "cgroup-driver",
    body: "**Make the two drivers match.** Check the node's cgroup version with stat -fc %T /sys/fs/cgroup/ (cgroup2fs means v2). On systemd hosts, and always on cgroup v2, set systemd both in the kubelet (cgroupDriver in KubeletConfiguration; kubeadm does this by default) and in the runtime (SystemdCgroup = true for containerd's runc handler; CRI-O already defaults to systemd). A mismatch is a classic cause of unstable nodes.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/setup/production-environment/container-runtimes/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/concepts/architecture/cgroups/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/administer-cluster/kubeadm/configure-cgroup-driver/",
      },
    ],
  },
  {
    concept: "headlamp",
    body: "**After the Dashboard.** The notes open the old Dashboard through kubectl proxy (line 43). That project was archived on 2026-01-21 and gets no more fixes, so for a new cluster use Headlamp: run it as a desktop app with your kubeconfig, or install it in the cluster and log in with a short-lived token (kubectl create token) for a ServiceAccount with only the RBAC rights it needs.",
    cites: [
      {
        source: "notes",
        locator: "L43",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-retired/dashboard",
      },
      {
        source: "web",
        locator: "https://github.com/kubernetes-sigs/headlamp",
      },
    ],
  },
  {
    concept: "probe",
    body: '**Which probe when.** Liveness: "is it stuck?" — failure restarts the container. Readiness: "can it serve now?" — failure takes the Pod out of Service traffic but does not restart it. Startup: "has it finished starting?" — holds the other two back so slow starters are not killed. Probes can use exec, HTTP GET, TCP or gRPC checks, and the kubelet runs all of them.',
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
    concept: "persistent-volume",
    body: "Volume, PersistentVolume and PersistentVolumeClaim are three different things. A volume is an entry in one Pod's spec; a PersistentVolume is a cluster-wide object for a piece of real storage; a claim is a namespaced request that gets bound to one PV. The Pod's volume points at the claim, never at the PV, so the same Pod spec works whichever storage ends up behind it.",
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
    concept: "storageclass",
    body: "A StorageClass does not create anything by itself. It names a provisioner (usually a CSI driver) and the parameters to pass; the provisioner, for CSI the external-provisioner sidecar calling the driver, creates the disk and the PersistentVolume. If claims stay Pending, check that a provisioner for that class is actually running.",
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
    concept: "sidecar-container",
    body: "Since 1.29 (on by default) and GA in 1.33, declare a sidecar under initContainers with restartPolicy: Always. It then starts before your app, keeps running, restarts on its own, and no longer keeps a Job's Pod alive after the main container finishes, which used to be the classic problem with log shippers and service-mesh proxies in Jobs.",
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
    concept: "probe",
    body: "Liveness answers 'should this container be restarted?', readiness answers 'should it get traffic right now?', startup answers 'has it finished booting?'. A common mistake is a liveness probe that checks downstream dependencies: when the database is slow, every replica gets restarted at once. Put dependency checks in the readiness probe and keep liveness cheap.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/probes/",
      },
    ],
  },
  {
    concept: "qos-class",
    body: "You never set the QoS class directly: it follows from requests and limits. Set requests equal to limits for CPU and memory in every container to get Guaranteed, which is evicted last under memory pressure; Pods with no requests at all are BestEffort and go first.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/pods/pod-qos/",
      },
    ],
  },
  {
    concept: "reclaim-policy",
    body: "Dynamically provisioned volumes inherit the class's reclaimPolicy, which defaults to Delete: deleting the claim deletes the disk. For data you cannot lose, use a class with Retain or patch the PV's reclaim policy before deleting the claim.",
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
    concept: "statefulset",
    body: "Scaling a StatefulSet down or deleting it keeps its PersistentVolumeClaims by default, so scaling back up reattaches the same data. Since 1.32 you can change that with persistentVolumeClaimRetentionPolicy (whenDeleted / whenScaled: Retain or Delete).",
    cites: [
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
    concept: "horizontal-pod-autoscaler",
    body: "CPU targets are percentages of the Pods' CPU requests. If a container has no CPU request, the HPA cannot compute utilisation and does nothing for that metric; and without Metrics Server (or another metrics.k8s.io provider) there are no resource metrics at all.",
    cites: [
      {
        source: "k8s-docs",
        locator: "/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/",
      },
      {
        source: "k8s-docs",
        locator: "/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/",
      },
    ],
  },
];
