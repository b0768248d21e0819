import { describe, expect, it } from "vitest";
import { claimUpdate } from "./EditDetails";

const claim = {
  id: "c1", version: 3, contact: { phone: "+49 30 1" }, payout: { iban: "DE89 •••• 3000", accountHolder: "Ada Lovelace" },
  passengers: [{ firstName: "Ada", lastName: "Lovelace", bookingReference: "ABC123" }],
};
const same = { phone: "+49 30 1", passengers: [{ firstName: "Ada", lastName: "Lovelace", bookingReference: "ABC123" }],
  accountHolder: "Ada Lovelace", iban: "" };

describe("a change of a claim's details", () => {
  it("sends nothing when nothing changed", () => {
    expect(claimUpdate(claim, same)).toEqual({});
  });

  it("sends only the parts changed, tidied; a new IBAN with its holder", () => {
    expect(claimUpdate(claim, { ...same, phone: " +49 30 2 ", iban: "de89 3704 0044 0532 0130 00" })).toEqual({
      contact: { phone: "+49 30 2" },
      payout: { iban: "DE89370400440532013000", accountHolder: "Ada Lovelace" },
    });
    expect(claimUpdate(claim, { ...same, passengers: [...same.passengers,
      { firstName: " Byron ", lastName: "Lovelace", bookingReference: "abc123" }] })).toEqual({
      passengers: [{ firstName: "Ada", lastName: "Lovelace", bookingReference: "ABC123" },
        { firstName: "Byron", lastName: "Lovelace", bookingReference: "ABC123" }],
    });
  });
});
