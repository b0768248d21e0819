import { describe, expect, it } from "vitest";
import { date, money } from "./format";

describe("amounts and dates in the passenger's language", () => {
  it("writes money the way each language does", () => {
    expect(money("en", { amount: "600.00", currency: "EUR" })).toBe("€600.00");
    expect(money("de", { amount: "600.00", currency: "EUR" })).toMatch(/^600,00\s€$/);
    expect(money("pl", { amount: "520.00", currency: "GBP" })).toMatch(/^520,00\sGBP$/);
  });

  it("puts the day first in English, as Europe does", () => {
    expect(date("en", "2026-11-30T09:15:00Z", "long")).toBe("30 November 2026");
    expect(date("de", "2026-11-30", "long")).toBe("30. November 2026");
  });
});
