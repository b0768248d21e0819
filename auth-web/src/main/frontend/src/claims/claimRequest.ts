import type { Schemas } from "../api/client";
import { eligibilityRequest, fieldId as checkFieldId, type CheckInput } from "../check/request";
import type { Strokes } from "./signature";

/** One passenger as typed, with their signature of the assignment (a guardian's for a minor). */
export interface PassengerInput {
  firstName: string;
  lastName: string;
  bookingReference: string;
  minor: boolean;
  signedBy: string;
  strokes: Strokes;
  typedOnly: boolean;
}

/** The claim's own details as typed, on top of the checked journey (the draft). */
export interface ClaimInput {
  passengers: PassengerInput[];
  phone: string;
  iban: string;
  accountHolder: string;
  termsAccepted: boolean;
  assignmentAccepted: boolean;
}

export const emptyPassenger = (): PassengerInput => ({
  firstName: "", lastName: "", bookingReference: "", minor: false, signedBy: "", strokes: [], typedOnly: false,
});

export const emptyClaim = (): ClaimInput => ({
  passengers: [emptyPassenger()], phone: "", iban: "", accountHolder: "", termsAccepted: false, assignmentAccepted: false,
});

/** The text shown, as GET /terms gave it: what the signatures sign. */
export type ShownTerms = Pick<Schemas["Terms"], "version" | "language" | "sha256">;

/**
 * The claim request: the checked journey and what happened, with the passengers, payout, and the
 * consent with each passenger's signature (drawn, or the typed name alone when chosen).
 */
export function claimRequest(draft: CheckInput, input: ClaimInput, terms: ShownTerms): Schemas["ClaimRequest"] {
  const { legs, disruption } = eligibilityRequest(draft);
  return {
    legs,
    disruption,
    passengers: input.passengers.map((p) => ({
      firstName: p.firstName.trim(),
      lastName: p.lastName.trim(),
      ...(p.bookingReference.trim() ? { bookingReference: p.bookingReference.trim().toUpperCase() } : {}),
    })),
    ...(input.phone.trim() ? { contact: { phone: input.phone.trim() } } : {}),
    payout: { iban: input.iban.replace(/\s+/g, "").toUpperCase(), accountHolder: input.accountHolder.trim() },
    consent: {
      termsAccepted: input.termsAccepted, assignmentAccepted: input.assignmentAccepted, termsVersion: terms.version,
      language: terms.language, textSha256: terms.sha256,
      signatures: input.passengers.map((p, i) => ({
        passenger: i, signedBy: p.signedBy.trim(), onBehalf: p.minor,
        ...(p.typedOnly || !p.strokes.length ? {} : { drawing: p.strokes.map((points) => ({ points })) }),
      })),
    },
  } as Schemas["ClaimRequest"];
}

/** The id of the claim form's field an API error names; the error summary links to it. */
export function claimFieldId(apiField: string): string {
  const passenger = /^passengers\[(\d+)]\.(\w+)$/.exec(apiField);
  if (passenger) {
    return `passenger-${passenger[1]}-${passenger[2]}`;
  }
  const signature = /^consent\.signatures\[(\d+)](?:\.(\w+)\S*)?$/.exec(apiField);
  if (signature) {
    return `signature-${signature[1]}-${signature[2] === "drawing" ? "drawing" : "signedBy"}`;
  }
  const known: Record<string, string> = {
    passengers: "passengers-heading",
    "payout.iban": "payout-iban",
    "payout.accountHolder": "payout-accountHolder",
    "contact.phone": "contact-phone",
    "consent.termsAccepted": "consent-terms",
    "consent.assignmentAccepted": "consent-assignment",
    "consent.termsVersion": "consent-terms",
    "consent.textSha256": "consent-terms",
    "consent.language": "consent-terms",
    "consent.signatures": "signatures-heading",
  };
  return known[apiField] ?? checkFieldId(apiField);
}

/** IBAN's own check (ISO 13616 mod 97), as the passenger types: a hint only, the API decides. */
export function ibanLooksRight(text: string): boolean {
  const iban = text.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) {
    return false;
  }
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) {
    rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** A passenger who has neither drawn nor chosen to sign with the typed name alone: the form asks first. */
export function unsigned(input: ClaimInput): number[] {
  return input.passengers.flatMap((p, i) => (p.typedOnly || p.strokes.length ? [] : [i]));
}
