import { ApiError, addNote, loadConcept, loadRelationTypes } from "./api.js";
import { GraphView, kindColor } from "./graph.js";
import { renderPanel } from "./panel.js";
import { setupSearch } from "./search.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const errorBox = $<HTMLDivElement>("error");
const statusLine = $<HTMLParagraphElement>("status");
const panel = $<HTMLElement>("panel-content");
const placeholder = $<HTMLDivElement>("graph-empty");
const typeLabels = new Map<string, string>();

function showError(message: string) {
  errorBox.querySelector(".message")!.textContent = message;
  errorBox.hidden = false;
}

function clearError() {
  errorBox.hidden = true;
}

function report(err: unknown) {
  const e = err instanceof ApiError ? err : new ApiError(String(err));
  showError(
    e.code === "SERVER_ERROR" || e.code === "INTERNAL_SERVER_ERROR"
      ? `Server error: ${e.message}`
      : e.message,
  );
  statusLine.textContent = "";
}

const graph = new GraphView($("graph"), {
  onTap: (slug) => void select(slug, false),
  // The double-click's first click already started loading the node: focus once it is drawn.
  onDoubleTap: (slug) => void loading.then(() => graph.focus(slug)),
  onBackground: () => graph.unfocus(),
});

function updateChrome() {
  const empty = graph.isEmpty;
  placeholder.hidden = !empty;
  document.querySelectorAll<HTMLButtonElement>(".toolbar button").forEach((b) => {
    b.disabled = empty;
  });
  renderFilters();
}

function checkbox(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  color?: string,
): HTMLLabelElement {
  const box = Object.assign(document.createElement("input"), { type: "checkbox", checked });
  box.addEventListener("change", () => onChange(box.checked));
  const wrap = document.createElement("label");
  wrap.className = "filter";
  wrap.append(box);
  if (color) {
    const swatch = document.createElement("span");
    swatch.className = "dot";
    swatch.style.background = color;
    wrap.append(swatch);
  }
  wrap.append(label);
  return wrap;
}

function renderFilters() {
  const { kinds, types } = graph.present();
  const kindBox = $("kind-filters");
  const typeBox = $("type-filters");
  kindBox.replaceChildren(
    ...kinds.map((k) =>
      checkbox(k, !graph.hiddenKinds.has(k), (on) => graph.setKindVisible(k, on), kindColor(k)),
    ),
  );
  typeBox.replaceChildren(
    ...types.map((t) =>
      checkbox(typeLabels.get(t) ?? t, !graph.hiddenTypes.has(t), (on) =>
        graph.setTypeVisible(t, on),
      ),
    ),
  );
  if (!kinds.length) kindBox.textContent = "Nothing drawn yet.";
  if (!types.length) typeBox.textContent = "Nothing drawn yet.";
}

let current = 0;
let loading: Promise<void> = Promise.resolve();

/** Loads a concept into the panel and draws its neighbourhood (from scratch when `reset`). */
function select(slug: string, reset: boolean): Promise<void> {
  loading = load(slug, reset);
  return loading;
}

async function load(slug: string, reset: boolean) {
  const mine = ++current;
  clearError();
  statusLine.textContent = `Loading ${slug}…`;
  try {
    const detail = await loadConcept(slug);
    if (mine !== current) return;
    if (!detail) {
      statusLine.textContent = "";
      showError(`There is no concept “${slug}”. Try the search box.`);
      return;
    }
    if (reset || graph.isEmpty) graph.reset(detail, detail.related);
    else graph.expand(detail, detail.related);
    graph.select(slug);
    renderPanel(panel, detail, {
      onNeighbour: (s) => void select(s, false),
      onAddNote: (body, author) => addNote(detail.slug, body, author),
    });
    history.replaceState(null, "", `#${encodeURIComponent(slug)}`);
    updateChrome();
    const { nodes, edges } = graph.toData();
    statusLine.textContent = `${detail.name}: ${detail.related.length} relations. Showing ${nodes.length} concepts and ${edges.length} relations.`;
  } catch (err) {
    if (mine === current) report(err);
  }
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileBase = () => `k8s-graph-${location.hash.slice(1) || "view"}`;

$("fit").addEventListener("click", () => graph.fit());
$("download-png").addEventListener("click", () => download(graph.png(), `${fileBase()}.png`));
$("download-svg").addEventListener("click", () =>
  download(new Blob([graph.svg()], { type: "image/svg+xml" }), `${fileBase()}.svg`),
);
$("download-json").addEventListener("click", () =>
  download(
    new Blob([JSON.stringify(graph.toData(), null, 2)], { type: "application/json" }),
    `${fileBase()}.json`,
  ),
);
$("error-close").addEventListener("click", clearError);

const search = $<HTMLInputElement>("search");
setupSearch(search, $<HTMLUListElement>("suggestions"), (slug) => void select(slug, true), report);

document.addEventListener("keydown", (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "/") {
    e.preventDefault();
    search.focus();
    search.select();
  } else if (e.key === "Escape") {
    graph.unfocus();
  } else if (e.key === "f" && !graph.isEmpty) {
    graph.fit();
  }
});

loadRelationTypes()
  .then((types) => {
    for (const t of types) typeLabels.set(t.key, t.label);
    renderFilters();
  })
  .catch(report);

updateChrome();
// /explore#etcd opens etcd; so does changing the hash later (links, back and forward).
const fromHash = () => {
  const slug = decodeURIComponent(location.hash.slice(1));
  if (slug) void select(slug, true);
};
window.addEventListener("hashchange", fromHash);
fromHash();

// For the browser tests and for poking around in the devtools console.
(window as unknown as { explorer: unknown }).explorer = { cy: graph.cy };
