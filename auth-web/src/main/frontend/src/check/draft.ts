import type { CheckInput } from "./request";

const DRAFT = "flightclaim.draft";

/**
 * The checked journey, kept in this browser while the passenger signs in (the sign-in link may open in
 * another tab). Only the flight and what happened: no name, no IBAN.
 */
export const draft = {
  save(input: CheckInput) {
    try {
      localStorage.setItem(DRAFT, JSON.stringify(input));
    } catch {
      /* no storage: the draft lasts this page */
    }
  },
  load(): CheckInput | undefined {
    try {
      const text = localStorage.getItem(DRAFT);
      return text ? (JSON.parse(text) as CheckInput) : undefined;
    } catch {
      return undefined;
    }
  },
  clear() {
    try {
      localStorage.removeItem(DRAFT);
    } catch {
      /* nothing kept */
    }
  },
};
