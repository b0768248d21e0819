import { describe, expect, it } from "vitest";
import { MAX_POINTS, MAX_STROKES, addPoint, beginStroke, pointCount, toBox } from "./signature";

describe("a drawn signature", () => {
  it("maps the pad's pixels into the API's 1000 × 300 box, inside it", () => {
    expect(toBox(180, 27, 360, 108)).toEqual([500, 75]);
    expect(toBox(-4, 200, 360, 108)).toEqual([0, 300]);
  });

  it("adds points to the stroke begun, skipping a jitter of under 3 units", () => {
    let s = beginStroke([], [10, 10]);
    s = addPoint(s, [11, 11]);
    s = addPoint(s, [20, 10]);
    expect(s).toEqual([[10, 10, 20, 10]]);
  });

  it("stays within the API's limits however long the hand goes on", () => {
    let s: number[][] = [];
    for (let i = 0; i < MAX_STROKES + 5; i++) {
      s = beginStroke(s, [0, 0]);
    }
    expect(s.length).toBe(MAX_STROKES);
    for (let i = 0; i < MAX_POINTS * 2; i++) {
      s = addPoint(s, [(i * 7) % 1000, (i * 13) % 300]);
    }
    expect(pointCount(s)).toBeLessThanOrEqual(MAX_POINTS);
  });
});
