import {
  ApiError,
  type ConceptDetail,
  addNote,
  loadConcept,
  loadNeighbours,
  loadRelationTypes,
} from "./api.js";
import { renderFilters } from "./filters.js";
import { GraphView } from "./graph.js";
import { renderPanel } from "./panel.js";
import { setupSearch } from "./search.js";
import { type ViewState, formatHash, parseHash } from "./state.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const errorBox = $<HTMLDivElement>("error");
const statusLine = $<HTMLParagraphElement>("status");
const panel = $<HTMLElement>("panel-content");
const placeholder = $<HTMLDivElement>("graph-empty");
const notFound = $<HTMLDivElement>("graph-not-found");
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
  onTap: (slug) => void select(slug),
  // The double-click's first click already started loading the node: focus once it is drawn.
  onDoubleTap: (slug) => void loading.then(() => graph.focus(slug)),
  onBackground: () => graph.unfocus(),
});

/** What is drawn, as the page's address says it (see state.ts); null while nothing is. */
let view: ViewState | null = null;
/** The concept an address named that does not exist: the graph area says so. */
let missing: string | null = null;

/** Puts the view in the address, so that copying it shares what is shown. */
function writeAddress() {
  if (!view) return;
  view.hiddenKinds = [...graph.hiddenKinds];
  view.hiddenTypes = [...graph.hiddenTypes];
  const hash = formatHash(view);
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

function updateChrome() {
  const empty = graph.isEmpty;
  placeholder.hidden = !empty || missing !== null;
  notFound.hidden = !empty || missing === null;
  notFound.querySelector(".slug")!.textContent = missing ?? "";
  document.querySelectorAll<HTMLButtonElement>(".toolbar button").forEach((b) => {
    b.disabled = empty;
  });
  renderFilters(graph, $("kind-filters"), $("type-filters"), typeLabels, writeAddress);
}

let current = 0;
let loading: Promise<void> = Promise.resolve();

/** Shows a view from scratch: its root, the expansions in order, the selection, the filters. */
function navigate(state: ViewState | null): Promise<void> {
  if (!state) {
    current++; // an answer still on its way is not drawn
    clearError();
    showNothing(null);
  }
  loading = state ? show(state) : Promise.resolve();
  return loading;
}

/** Selects a drawn concept: the panel shows it, and its neighbours are added. */
function select(slug: string): Promise<void> {
  loading = view
    ? open(slug)
    : show({ root: slug, expanded: [], hiddenKinds: [], hiddenTypes: [] });
  return loading;
}

/** Nothing drawn: no address, or (with `slug`) an address naming no concept. */
function showNothing(slug: string | null) {
  view = null;
  missing = slug;
  graph.clear();
  statusLine.textContent = "";
  const text = slug
    ? `There is no concept “${slug}”. Search for one above.`
    : "Choose a concept to see its summary, relations, notes and sources here.";
  panel.replaceChildren(
    Object.assign(document.createElement("p"), { className: "empty", textContent: text }),
  );
  updateChrome();
}

function showConcept(detail: ConceptDetail) {
  missing = null;
  graph.select(detail.slug);
  renderPanel(panel, detail, {
    onNeighbour: (s) => void select(s),
    onAddNote: (body, author) => addNote(detail.slug, body, author),
  });
  writeAddress();
  updateChrome();
  const { nodes, edges } = graph.toData();
  statusLine.textContent = `${detail.name}: ${detail.related.length} relations. Showing ${nodes.length} concepts and ${edges.length} relations.`;
}

async function show(state: ViewState) {
  const mine = ++current;
  clearError();
  statusLine.textContent = `Loading ${state.root}…`;
  try {
    const root = await loadConcept(state.root);
    if (mine !== current) return;
    if (!root) {
      showNothing(state.root);
      showError(`There is no concept “${state.root}”. Try the search box.`);
      return;
    }
    graph.setHidden(state.hiddenKinds, state.hiddenTypes);
    graph.reset(root, root.related);
    // What is drawn so far (a click during the replay goes on from here).
    const shown: ViewState = { ...state, expanded: [], selected: root.slug };
    view = shown;
    // Replayed in order, as the clicks were: the same steps give the same layout.
    for (const slug of state.expanded) {
      if (!graph.has(slug) || graph.isExpanded(slug)) continue;
      const next = await loadNeighbours(slug);
      if (mine !== current) return;
      if (!next) continue; // deleted since the address was copied
      graph.expand(next, next.related);
      shown.expanded.push(slug);
    }
    let detail = root;
    if (state.selected && graph.has(state.selected)) {
      detail = (await loadConcept(state.selected)) ?? root;
      if (mine !== current) return;
    }
    shown.selected = detail.slug;
    showConcept(detail);
  } catch (err) {
    if (mine !== current) return;
    // A slug the server refuses names no concept either: say why, and show nothing.
    if (err instanceof ApiError && err.code === "BAD_USER_INPUT") showNothing(state.root);
    report(err);
  }
}

async function open(slug: string) {
  const mine = ++current;
  clearError();
  statusLine.textContent = `Loading ${slug}…`;
  try {
    const detail = await loadConcept(slug);
    if (mine !== current || !view) return;
    if (!detail) {
      statusLine.textContent = "";
      showError(`There is no concept “${slug}” any more: it was deleted or renamed.`);
      return;
    }
    if (!graph.isExpanded(slug)) view.expanded.push(slug);
    graph.expand(detail, detail.related);
    view.selected = slug;
    showConcept(detail);
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

const fileBase = () => `k8s-graph-${view?.selected ?? view?.root ?? "view"}`;

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
// Choosing a suggestion starts over from it; the filters stay as they are.
const startFrom = (slug: string) =>
  void navigate({
    root: slug,
    expanded: [],
    hiddenKinds: [...graph.hiddenKinds],
    hiddenTypes: [...graph.hiddenTypes],
  });
setupSearch(search, $<HTMLUListElement>("suggestions"), startFrom, report);

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
    updateChrome();
  })
  .catch(report);

updateChrome();
// /explore#etcd opens etcd, and a longer address the view it describes (state.ts); so does
// changing the address later (links, back and forward, an edited address).
window.addEventListener("hashchange", () => {
  if (view && location.hash === formatHash(view)) return;
  void navigate(parseHash(location.hash));
});
if (location.hash.length > 1) void navigate(parseHash(location.hash));

// For the browser tests and for poking around in the devtools console.
(window as unknown as { explorer: unknown }).explorer = { cy: graph.cy };
