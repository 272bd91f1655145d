import type cytoscape from "cytoscape";
import { separate } from "./overlap.js";

/** Free space kept between two nodes' boxes (circle and label), in model pixels. */
const LABEL_GAP = 8;
/** A handful of nodes would otherwise be blown up to fill the whole canvas. */
const MAX_ZOOM = 1.4;

/** A small seeded generator (mulberry32): the same seed gives the same numbers. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` with Math.random seeded. fCoSE draws random numbers even when it starts from the
 * current positions (placing the leaves it prunes), and the same steps must give the same
 * picture: for a shared address and for the screenshot test. The layout runs synchronously
 * (`animate: false`), so nothing else sees the swap.
 */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seeded(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Moves nodes apart until no two boxes of node and label overlap. */
function spreadLabels(cy: cytoscape.Core) {
  const nodes = cy.nodes();
  const boxes = nodes.map((n) =>
    n.boundingBox({
      includeNodes: true,
      includeLabels: true,
      includeEdges: false,
      includeOverlays: false,
    }),
  );
  const shifts = separate(boxes, LABEL_GAP);
  cy.batch(() => {
    nodes.forEach((n, i) => {
      const s = shifts[i]!;
      if (s.dx || s.dy) n.position({ x: n.position("x") + s.dx, y: n.position("y") + s.dy });
    });
  });
}

/**
 * Lays the graph out so that no label covers another. A fresh neighbourhood is a star, drawn as
 * rings around the root; after an expansion the force-directed fCoSE starts from the current
 * positions (`randomize: false`), counting labels in the nodes' sizes. Then any remaining overlap
 * is pushed apart. Hidden (filtered) elements are laid out too, so that a filter never moves
 * anything: the same expansions give the same picture whatever was filtered or selected meanwhile.
 */
export function layOut(cy: cytoscape.Core, fresh: boolean) {
  const options = fresh
    ? {
        name: "concentric",
        concentric: (n: cytoscape.NodeSingular) => (n.hasClass("root") ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
        fit: false,
      }
    : {
        name: "fcose",
        quality: "proof",
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        animate: false,
        fit: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
      };
  // Sizes as if nothing were hidden or selected (a selected node's border is wider).
  const hidden = cy.elements(".hidden");
  const selected = cy.$(":selected");
  hidden.removeClass("hidden");
  selected.unselect();
  try {
    withSeededRandom(1, () => cy.layout(options as cytoscape.LayoutOptions).run());
    spreadLabels(cy);
  } finally {
    hidden.addClass("hidden");
    selected.select();
  }
  fitView(cy);
}

/** Fits the whole drawing in the canvas, but never zooms in past MAX_ZOOM. */
export function fitView(cy: cytoscape.Core, padding = 30) {
  cy.fit(undefined, padding);
  if (cy.zoom() > MAX_ZOOM) {
    cy.zoom(MAX_ZOOM);
    cy.center();
  }
}
