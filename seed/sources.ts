import type { SeedSource } from "./types.js";

export const SEED_SOURCES: SeedSource[] = [
  {
    key: "notes",
    title: "Original Kubernetes notes (k8s-notes.md)",
    uri: "urn:kg:source-notes:k8s-notes.md",
  },
  {
    key: "k8s-docs",
    title: "Kubernetes documentation",
    uri: "https://kubernetes.io/docs/",
  },
  {
    key: "web",
    title: "Web pages (each citation's locator is the page's full URL)",
    uri: "urn:kg:source:web",
  },
];
