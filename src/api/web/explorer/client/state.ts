/**
 * What the explorer shows, as the part of its address after `#`, so that a copied address opens
 * the same view: `#etcd` alone, or with the concepts expanded after it (in order), the selected
 * one and the hidden kinds and relation types, as in
 * `#etcd?expand=kube-apiserver,kubelet&select=kubelet&hide-kinds=resource&hide-types=stores`.
 */
export interface ViewState {
  /** The concept the drawing started from. */
  root: string;
  /** Concepts expanded since, in the order they were expanded (the layout depends on it). */
  expanded: string[];
  /** The concept in the side panel; the root when absent. */
  selected?: string;
  hiddenKinds: string[];
  hiddenTypes: string[];
}

const list = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);

/** Reads a view from `location.hash` (with or without its `#`); null when it names no concept. */
export function parseHash(hash: string): ViewState | null {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const q = text.indexOf("?");
  let root: string;
  try {
    root = decodeURIComponent(q < 0 ? text : text.slice(0, q)).trim();
  } catch {
    root = (q < 0 ? text : text.slice(0, q)).trim(); // a stray "%": the server will say it is unknown
  }
  if (!root) return null;
  const params = new URLSearchParams(q < 0 ? "" : text.slice(q + 1));
  const selected = params.get("select") || undefined;
  return {
    root,
    expanded: list(params.get("expand")).filter((s) => s !== root),
    ...(selected && selected !== root ? { selected } : {}),
    hiddenKinds: list(params.get("hide-kinds")),
    hiddenTypes: list(params.get("hide-types")),
  };
}

/** The `#...` for a view: just `#root` when nothing else is set. */
export function formatHash(state: ViewState): string {
  const params: string[] = [];
  const add = (key: string, values: string[]) => {
    if (values.length) params.push(`${key}=${values.map(encodeURIComponent).join(",")}`);
  };
  add("expand", state.expanded);
  if (state.selected && state.selected !== state.root) add("select", [state.selected]);
  add("hide-kinds", [...state.hiddenKinds].sort());
  add("hide-types", [...state.hiddenTypes].sort());
  const root = encodeURIComponent(state.root);
  return params.length ? `#${root}?${params.join("&")}` : `#${root}`;
}
