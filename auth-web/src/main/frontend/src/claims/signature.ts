/** The API's box for a drawn signature (ClaimSignature.drawing): 1000 × 300, y down. */
export const BOX = { width: 1000, height: 300 } as const;
/** The API's limits: more is refused. */
export const MAX_STROKES = 60;
export const MAX_POINTS = 2000;

/** A drawing as the API takes it: strokes of x0, y0, x1, y1, … */
export type Strokes = number[][];

/** A point from the pad's pixels into the API's box, rounded and kept inside it. */
export function toBox(x: number, y: number, width: number, height: number): [number, number] {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
  return [clamp((x / width) * BOX.width, BOX.width), clamp((y / height) * BOX.height, BOX.height)];
}

/** How many points the strokes hold. */
export function pointCount(strokes: Strokes): number {
  return strokes.reduce((n, s) => n + s.length / 2, 0);
}

/**
 * The strokes with a point added to the last one: points closer than 3 units to the last are
 * skipped (a steady hand makes hundreds), and nothing is added beyond the API's limits.
 */
export function addPoint(strokes: Strokes, point: [number, number]): Strokes {
  const last = strokes[strokes.length - 1];
  if (!last || pointCount(strokes) >= MAX_POINTS) {
    return strokes;
  }
  const [x, y] = [last[last.length - 2], last[last.length - 1]];
  if (last.length > 0 && Math.hypot(point[0] - x, point[1] - y) < 3) {
    return strokes;
  }
  return [...strokes.slice(0, -1), [...last, ...point]];
}

/** The strokes with a new one begun at this point, unless the limits are reached. */
export function beginStroke(strokes: Strokes, point: [number, number]): Strokes {
  if (strokes.length >= MAX_STROKES || pointCount(strokes) >= MAX_POINTS) {
    return strokes;
  }
  return [...strokes, [...point]];
}
