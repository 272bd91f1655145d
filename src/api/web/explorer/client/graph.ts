import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ConceptRef, Neighbour } from "./api.js";
import { fitView, layOut } from "./layout.js";
import { type SvgEdge, type SvgNode, buildSvg } from "./svg.js";

cytoscape.use(fcose);

/**
 * Colours of the kinds the seed uses, told apart from each other; other kinds get one from EXTRA
 * by a hash of their name. The legend names every kind drawn, so colour is never the only cue.
 */
const KIND_COLORS: Record<string, string> = {
  component: "#2563eb",
  resource: "#16a34a",
  concept: "#7c3aed",
  plugin: "#ea580c",
  interface: "#0891b2",
  protocol: "#db2777",
  technology: "#a16207",
  tool: "#475569",
  controller: "#dc2626",
  field: "#65a30d",
  addon: "#0d9488",
  standard: "#1e3a8a",
  runtime: "#111827",
};
const EXTRA = ["#b91c1c", "#0f766e", "#4d7c0f", "#0369a1", "#9d174d", "#78350f"];

/** The colour a kind is drawn with. */
export function kindColor(kind: string): string {
  const known = KIND_COLORS[kind];
  if (known) return known;
  let h = 0;
  for (const ch of kind) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA[h % EXTRA.length]!;
}

export interface GraphHandlers {
  onTap(slug: string): void;
  onDoubleTap(slug: string): void;
  onBackground(): void;
}

/** What a download of the view's data contains. */
export interface GraphData {
  nodes: { slug: string; name: string; kind: string; expanded: boolean }[];
  edges: { id: string; type: string; label: string; source: string; target: string }[];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      label: "data(name)",
      width: 26,
      height: 26,
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      color: "#111827",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "border-width": 2,
      "border-color": "#ffffff",
      "min-zoomed-font-size": 6,
    },
  },
  { selector: "node.collapsed", style: { "border-color": "#6b7280", "border-style": "dashed" } },
  { selector: "node.root", style: { width: 40, height: 40, "font-weight": "bold" } },
  {
    selector: "node:selected",
    style: { "border-width": 5, "border-color": "#f59e0b", "border-style": "solid" },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#9ca3af",
      "target-arrow-color": "#9ca3af",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 9,
      color: "#4b5563",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
    },
  },
  { selector: ".hidden", style: { display: "none" } },
  { selector: ".faded", style: { opacity: 0.12 } },
];

/** The interactive drawing: nodes coloured by kind, edges labelled by relation type. */
export class GraphView {
  readonly cy: cytoscape.Core;
  readonly hiddenKinds = new Set<string>();
  readonly hiddenTypes = new Set<string>();
  private rootSlug = "";

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      textureOnViewport: true,
      hideEdgesOnViewport: false,
    });
    this.cy.on("tap", "node", (e) => handlers.onTap(e.target.id()));
    this.cy.on("dbltap", "node", (e) => handlers.onDoubleTap(e.target.id()));
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) handlers.onBackground();
    });
  }

  get isEmpty(): boolean {
    return this.cy.nodes().empty();
  }

  has(slug: string): boolean {
    return this.cy.getElementById(slug).nonempty();
  }

  /** Removes everything: the view of a concept that is not there. */
  clear() {
    this.cy.elements().remove();
    this.rootSlug = "";
  }

  /** Whether the concept is drawn with its neighbours (not just as someone's neighbour). */
  isExpanded(slug: string): boolean {
    const node = this.cy.getElementById(slug);
    return node.nonempty() && !node.hasClass("collapsed");
  }

  /** Starts over with `center` and its neighbours. */
  reset(center: ConceptRef, related: Neighbour[]) {
    this.clear();
    this.rootSlug = center.slug;
    this.expand(center, related, true);
  }

  /**
   * Adds `center`'s neighbours (one hop) around it and lays the graph out again when that drew
   * new concepts (a click on a node whose neighbours are all drawn moves nothing).
   */
  expand(center: ConceptRef, related: Neighbour[], fresh = false) {
    const cy = this.cy;
    const origin = cy.getElementById(center.slug);
    const at = origin.nonempty() ? { ...origin.position() } : { x: 0, y: 0 };
    const nodes: ConceptRef[] = [];
    const edges: cytoscape.ElementDefinition[] = [];
    const addNode = (c: ConceptRef) => {
      if (cy.getElementById(c.slug).empty() && !nodes.some((n) => n.slug === c.slug)) nodes.push(c);
    };
    addNode(center);
    for (const n of related) {
      addNode(n.concept);
      if (cy.getElementById(n.relation.id).nonempty()) continue;
      const out = n.direction === "OUT";
      edges.push({
        group: "edges",
        data: {
          id: n.relation.id,
          source: out ? center.slug : n.concept.slug,
          target: out ? n.concept.slug : center.slug,
          type: n.relation.type.key,
          label: n.relation.type.label,
        },
      });
    }
    // New neighbours start on a circle around the expanded node, evenly spaced: no randomness,
    // so the same expansions always give the same layout.
    const added = nodes.map((c, i): cytoscape.ElementDefinition => {
      const angle = (2 * Math.PI * i) / nodes.length;
      return {
        group: "nodes",
        data: { id: c.slug, name: c.name, kind: c.kind, color: kindColor(c.kind) },
        classes: "collapsed",
        position: { x: at.x + Math.cos(angle) * 80, y: at.y + Math.sin(angle) * 80 },
      };
    });
    cy.batch(() => {
      cy.add([...added, ...edges]);
      cy.getElementById(center.slug).removeClass("collapsed");
      cy.getElementById(this.rootSlug).addClass("root");
    });
    this.applyFilters();
    if (fresh || added.length) layOut(cy, fresh);
  }

  /** Marks one node as selected (and only that one). */
  select(slug: string) {
    this.cy.$(":selected").unselect();
    this.cy.getElementById(slug).select();
  }

  /** Fades everything but the node and its neighbours, and zooms on them. */
  focus(slug: string) {
    const node = this.cy.getElementById(slug);
    if (node.empty()) return;
    const hood = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().addClass("faded");
      hood.removeClass("faded");
    });
    this.cy.animate({ fit: { eles: hood, padding: 50 } }, { duration: 250 });
  }

  unfocus() {
    this.cy.elements().removeClass("faded");
  }

  fit() {
    fitView(this.cy);
  }

  /** Kinds and relation type keys currently drawn, for the legend. */
  present(): { kinds: string[]; types: string[] } {
    const kinds = new Set(this.cy.nodes().map((n) => n.data("kind") as string));
    const types = new Set(this.cy.edges().map((e) => e.data("type") as string));
    return { kinds: [...kinds].sort(), types: [...types].sort() };
  }

  setKindVisible(kind: string, visible: boolean) {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.applyFilters();
  }

  setTypeVisible(type: string, visible: boolean) {
    if (visible) this.hiddenTypes.delete(type);
    else this.hiddenTypes.add(type);
    this.applyFilters();
  }

  /** Hides exactly these kinds and relation types (a shared address's filters). */
  setHidden(kinds: Iterable<string>, types: Iterable<string>) {
    this.hiddenKinds.clear();
    this.hiddenTypes.clear();
    for (const k of kinds) this.hiddenKinds.add(k);
    for (const t of types) this.hiddenTypes.add(t);
    this.applyFilters();
  }

  private applyFilters() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass("hidden", this.hiddenKinds.has(n.data("kind")));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass("hidden", this.hiddenTypes.has(e.data("type")));
      });
    });
  }

  private visible() {
    return this.cy
      .elements()
      .not(".hidden")
      .filter((e) => e.visible());
  }

  /** The drawn concepts and relations as plain data. */
  toData(): GraphData {
    const els = this.visible();
    return {
      nodes: els.nodes().map((n) => ({
        slug: n.id(),
        name: n.data("name"),
        kind: n.data("kind"),
        expanded: !n.hasClass("collapsed"),
      })),
      edges: els.edges().map((e) => ({
        id: e.id(),
        type: e.data("type"),
        label: e.data("label"),
        source: e.source().id(),
        target: e.target().id(),
      })),
    };
  }

  png(): Blob {
    return this.cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 });
  }

  svg(): string {
    const els = this.visible();
    const nodes: SvgNode[] = els.nodes().map((n) => ({
      ...n.position(),
      size: n.width(),
      color: n.data("color"),
      label: n.data("name"),
    }));
    const edges: SvgEdge[] = els.edges().map((e) => {
      const s = e.source().position();
      const t = e.target().position();
      return { x1: s.x, y1: s.y, x2: t.x, y2: t.y, label: e.data("label") };
    });
    return buildSvg(nodes, edges);
  }
}
