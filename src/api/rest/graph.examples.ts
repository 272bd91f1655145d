/** Examples of the graph routes (neighbourhood, paths, search): see examples.ts. */
import {
  clusterState,
  conceptOf,
  etcd,
  etcdStoresSecret,
  etcdStoresState,
  relationOf,
  secret,
} from "./examples.js";

const ingress = conceptOf({
  slug: "ingress",
  name: "Ingress",
  kind: "resource",
  summary:
    "An Ingress is an API object of host- and path-based HTTP(S) routing rules that bring outside traffic to Services, carried out by an ingress controller.",
  description:
    "The object alone does nothing: an ingress controller chosen through its IngressClass reads the rules and does the proxying, optionally terminating TLS with a certificate from a Secret. Features beyond the basics live in controller-specific annotations. The Ingress API is stable since v1.19 but frozen: it will not be removed, yet it gets no new features, and Gateway API is its recommended successor.",
  docsUrl: "https://kubernetes.io/docs/concepts/services-networking/ingress/",
  scope: "namespaced",
  apiVersion: "networking.k8s.io/v1",
  lifecycle: [
    { status: "stable", since: "1.19", cite: "/docs/concepts/services-networking/ingress/" },
  ],
  tags: ["core-object", "networking"],
  aliases: ["ing", "ingress resource"],
});

const service = conceptOf({
  slug: "service",
  name: "Service",
  kind: "resource",
  summary:
    "A Service gives a changing set of Pods (or other endpoints) one stable virtual IP address and DNS name and spreads traffic across them.",
  description:
    "Pods are replaced and change IP addresses, so clients should talk to a Service instead. A label selector usually decides which Pods back it, and the control plane keeps the matching endpoints in EndpointSlices. The type field selects how it is exposed: ClusterIP (default, internal only), NodePort, LoadBalancer or ExternalName; setting clusterIP to None makes a headless Service.",
  docsUrl: "https://kubernetes.io/docs/concepts/services-networking/service/",
  scope: "namespaced",
  apiVersion: "v1",
  tags: ["core-object", "networking"],
  aliases: ["svc"],
});

const pod = conceptOf({
  slug: "pod",
  name: "Pod",
  kind: "resource",
  summary:
    "A Pod is the smallest deployable unit in Kubernetes: one or more containers that share a network identity and storage and are scheduled onto one node together.",
  description:
    "The containers of a Pod share one IP address and port space and can share volumes, and the Pod spec says how each of them runs. A Pod is scheduled once, bound to a single node for its whole life, and never moved: if it is lost, a controller creates a replacement with a new UID and usually a new IP. Its status reports a high-level phase (Pending, Running, Succeeded, Failed, Unknown) and a list of conditions.",
  docsUrl: "https://kubernetes.io/docs/concepts/workloads/pods/",
  scope: "namespaced",
  apiVersion: "v1",
  tags: ["core-object", "fundamental", "workload"],
  aliases: ["po"],
});

const ingressRoutesToService = relationOf(
  "211",
  "ingress routes-to service",
  "Ingress rules send external HTTP(S) requests to Services by host and path.",
);
const serviceExposesPod = relationOf(
  "206",
  "service exposes pod",
  "A Service gives its selected Pods one stable address, since Pod IPs change when Pods are recreated.",
);

export const graph = {
  neighborhood: {
    center: etcd,
    nodes: [etcd, clusterState, secret],
    edges: [etcdStoresState, etcdStoresSecret],
    truncated: true,
  },
  paths: {
    paths: [
      {
        from: ingress,
        to: pod,
        length: 2,
        steps: [
          {
            ...{ from: ingress, concept: service, relation: ingressRoutesToService },
            ...{ direction: "FORWARD", label: "routes to" },
          },
          {
            ...{ from: service, concept: pod, relation: serviceExposesPod },
            ...{ direction: "FORWARD", label: "exposes" },
          },
        ],
        text: "Ingress routes to Service, Service exposes Pod",
      },
    ],
  },
  hit: {
    concept: etcd,
    exact: false,
    matched: ["summary"],
    snippet:
      "etcd is the consistent, highly available <mark>key</mark>-<mark>value</mark> <mark>store</mark> that holds all Kubernetes cluster data.",
    score: 15.202813069148522,
  },
  cursor: "c2VhcmNoOjE",
};
