import { escapeHtml } from "../../../../html.js";

export interface SvgNode {
  x: number;
  y: number;
  /** Diameter of the node's circle. */
  size: number;
  color: string;
  label: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
}

/** Serialises a drawn graph (model positions) into a standalone SVG document. */
export function buildSvg(nodes: SvgNode[], edges: SvgEdge[], padding = 40): string {
  const xs = nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 18]);
  const minX = (xs.length ? Math.min(...xs) : 0) - padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - padding;
  const width = (xs.length ? Math.max(...xs) : 0) - minX + padding;
  const height = (ys.length ? Math.max(...ys) : 0) - minY + padding;
  const f = (v: number) => v.toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" font-family="sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a6"/></marker></defs>`,
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
  ];
  const radius = new Map(nodes.map((n) => [`${n.x},${n.y}`, n.size / 2]));
  for (const e of edges) {
    // Stop the line at the target circle's edge so the arrowhead stays visible.
    const r = radius.get(`${e.x2},${e.y2}`) ?? 0;
    const len = Math.hypot(e.x2 - e.x1, e.y2 - e.y1) || 1;
    const x2 = e.x2 - ((e.x2 - e.x1) / len) * r;
    const y2 = e.y2 - ((e.y2 - e.y1) / len) * r;
    out.push(
      `<line x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="#8a94a6" stroke-width="1.5" marker-end="url(#arrow)"/>`,
      `<text x="${f((e.x1 + e.x2) / 2)}" y="${f((e.y1 + e.y2) / 2)}" font-size="9" fill="#4b5563" text-anchor="middle">${escapeHtml(e.label)}</text>`,
    );
  }
  for (const n of nodes) {
    out.push(
      `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.size / 2)}" fill="${escapeHtml(n.color)}" stroke="#ffffff" stroke-width="2"/>`,
      `<text x="${f(n.x)}" y="${f(n.y + n.size / 2 + 13)}" font-size="11" fill="#111827" text-anchor="middle">${escapeHtml(n.label)}</text>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
