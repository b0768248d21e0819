import { describe, expect, it } from "vitest";
import { emptyCheck } from "../check/request";
import { claimFieldId, claimRequest, emptyClaim, emptyPassenger, ibanLooksRight, unsigned } from "./claimRequest";

describe("the claim request", () => {
  it("is the checked journey with the passengers, payout and consent, tidied", () => {
    const draft = emptyCheck();
    draft.legs[0] = { from: "fra", to: "jfk", carrier: "lh", flightNumber: "LH 400", date: "2026-06-01" };
    draft.delayHours = "4";
    const input = emptyClaim();
    input.passengers = [
      { ...emptyPassenger(), firstName: " Ada ", lastName: "Lovelace", bookingReference: "abc123", signedBy: "Ada Lovelace ",
        strokes: [[0, 0, 10, 10]] },
      { ...emptyPassenger(), firstName: "Byron", lastName: "Lovelace", minor: true, signedBy: "Ada Lovelace",
        strokes: [[5, 5]], typedOnly: true },
    ];
    input.iban = "de89 3704 0044 0532 0130 00";
    input.accountHolder = "Ada Lovelace";
    input.termsAccepted = true;
    input.assignmentAccepted = true;
    expect(claimRequest(draft, input, { version: "2026-01", language: "en", sha256: "ab12" })).toEqual({
      legs: [{ from: "FRA", to: "JFK", carrier: "LH", flightNumber: "LH400", date: "2026-06-01" }],
      disruption: { type: "DELAY", arrivalDelayMinutes: 240 },
      passengers: [{ firstName: "Ada", lastName: "Lovelace", bookingReference: "ABC123" },
        { firstName: "Byron", lastName: "Lovelace" }],
      payout: { iban: "DE89370400440532013000", accountHolder: "Ada Lovelace" },
      consent: {
        termsAccepted: true, assignmentAccepted: true, termsVersion: "2026-01", language: "en", textSha256: "ab12",
        signatures: [{ passenger: 0, signedBy: "Ada Lovelace", onBehalf: false, drawing: [{ points: [0, 0, 10, 10] }] },
          { passenger: 1, signedBy: "Ada Lovelace", onBehalf: true }],
      },
    });
    expect(unsigned(input)).toEqual([]);
    input.passengers[1].typedOnly = false;
    input.passengers[1].strokes = [];
    expect(unsigned(input)).toEqual([1]);
  });

  it("names the form's field for each field the API refuses", () => {
    expect(claimFieldId("passengers[1].lastName")).toBe("passenger-1-lastName");
    expect(claimFieldId("payout.iban")).toBe("payout-iban");
    expect(claimFieldId("consent.assignmentAccepted")).toBe("consent-assignment");
    expect(claimFieldId("legs[0].flightNumber")).toBe("leg-0-flightNumber");
    expect(claimFieldId("consent.signatures[1].signedBy")).toBe("signature-1-signedBy");
    expect(claimFieldId("consent.signatures[0].drawing")).toBe("signature-0-drawing");
    expect(claimFieldId("consent.signatures[0].drawing[2].points[1]")).toBe("signature-0-drawing");
    expect(claimFieldId("consent.signatures[2]")).toBe("signature-2-signedBy");
    expect(claimFieldId("consent.signatures")).toBe("signatures-heading");
  });
});

describe("an IBAN as typed", () => {
  it("passes its own check digits, with spaces or without", () => {
    expect(ibanLooksRight("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(ibanLooksRight("GB29NWBK60161331926819")).toBe(true);
  });

  it("fails on a changed digit or a wrong shape", () => {
    expect(ibanLooksRight("DE89 3704 0044 0532 0130 01")).toBe(false);
    expect(ibanLooksRight("DE89")).toBe(false);
    expect(ibanLooksRight("not an iban at all")).toBe(false);
  });
});

describe("the step of the claim form a field is on", async () => {
  const { stepOf } = await import("./NewClaimPage");
  it("puts the flight and the passengers first, payment second, the consents last", () => {
    expect(stepOf("leg-0-flightNumber")).toBe(0);
    expect(stepOf("passenger-3-lastName")).toBe(0);
    expect(stepOf("passengers-heading")).toBe(0);
    expect(stepOf("payout-iban")).toBe(1);
    expect(stepOf("contact-phone")).toBe(1);
    expect(stepOf("consent-terms")).toBe(2);
    expect(stepOf("signature-0-drawing")).toBe(2);
  });
});
