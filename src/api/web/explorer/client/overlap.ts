/** A node's box with its label, in model coordinates (Cytoscape's `boundingBox` shape). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes, each grown by `gap / 2`, intersect. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * Moves boxes apart until no two overlap (with `gap` between them): each overlapping pair is
 * pushed apart along the axis where it overlaps least, half each way. Deterministic (a tie goes
 * by index), so the same drawing always comes out the same. Returns each box's shift.
 */
export function separate(boxes: Box[], gap = 6, maxRounds = 200): { dx: number; dy: number }[] {
  const b = boxes.map((x) => ({ ...x }));
  const shift = boxes.map(() => ({ dx: 0, dy: 0 }));
  const move = (i: number, dx: number, dy: number) => {
    const box = b[i]!;
    box.x1 += dx;
    box.x2 += dx;
    box.y1 += dy;
    box.y2 += dy;
    shift[i]!.dx += dx;
    shift[i]!.dy += dy;
  };
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < b.length; i++) {
      for (let j = i + 1; j < b.length; j++) {
        const p = b[i]!;
        const q = b[j]!;
        if (!overlaps(p, q, gap)) continue;
        moved = true;
        const ox = Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) + gap;
        const oy = Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) + gap;
        // Which way: from the centres; boxes on the same centre part by index.
        const cx = q.x1 + q.x2 - p.x1 - p.x2;
        const cy = q.y1 + q.y2 - p.y1 - p.y2;
        if (ox <= oy) {
          const s = (cx < 0 ? -1 : 1) * (ox / 2 + 0.01);
          move(i, -s, 0);
          move(j, s, 0);
        } else {
          const s = (cy < 0 ? -1 : 1) * (oy / 2 + 0.01);
          move(i, 0, -s);
          move(j, 0, s);
        }
      }
    }
    if (!moved) break;
  }
  return shift;
}
