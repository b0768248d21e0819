import { describe, expect, it } from "vitest";
import { emptyCheck, eligibilityRequest, fieldId } from "./request";

describe("the eligibility request for what was typed", () => {
  it("upper-cases codes, adds up hours and minutes and leaves empty fields out", () => {
    const input = emptyCheck();
    input.legs[0] = { from: " fra", to: "jfk ", carrier: "lh", flightNumber: "lh 400", date: "2026-06-01" };
    input.delayHours = "3";
    input.delayMinutes = "25";
    expect(eligibilityRequest(input)).toEqual({
      legs: [{ from: "FRA", to: "JFK", carrier: "LH", flightNumber: "LH400", date: "2026-06-01" }],
      disruption: { type: "DELAY", arrivalDelayMinutes: 205 },
    });
  });

  it("sends the notice only for a cancellation and the delay only for a delay", () => {
    const input = emptyCheck();
    input.type = "CANCELLATION";
    input.delayHours = "4";
    input.noticeDays = "3";
    input.cause = "WEATHER";
    const { disruption } = eligibilityRequest(input);
    expect(disruption).toEqual({ type: "CANCELLATION", noticeDays: 3, cause: "WEATHER" });
  });

  it("leaves a number it cannot read for the API to refuse", () => {
    const input = emptyCheck();
    input.delayHours = "three";
    expect(eligibilityRequest(input).disruption).toEqual({ type: "DELAY" });
  });
});

describe("the field an API error names", () => {
  it("is the form's field with that id", () => {
    expect(fieldId("legs[1].from")).toBe("leg-1-from");
    expect(fieldId("disruption.arrivalDelayMinutes")).toBe("delay-hours");
    expect(fieldId("disruption.noticeDays")).toBe("disruption-noticeDays");
    expect(fieldId("legs")).toBe("legs-heading");
  });
});

describe("what a form shows of the API's problem", async () => {
  const { shownProblem } = await import("../ui/ErrorSummary");
  it("is each field error at its field, or else the detail and the reasons", () => {
    expect(shownProblem({ errors: [{ field: "legs[0].to", message: "is required" }], detail: "x" }, fieldId, "?"))
      .toEqual({ problems: [{ id: "leg-0-to", message: "is required" }], detail: undefined });
    expect(shownProblem({ detail: "This claim cannot go ahead.", reasons: ["Already in court."] }, fieldId, "?"))
      .toEqual({ problems: [], detail: "This claim cannot go ahead. Already in court." });
    expect(shownProblem(undefined, fieldId, "Something went wrong.")).toEqual({ problems: [], detail: "Something went wrong." });
  });
});
