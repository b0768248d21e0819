import type { Schemas } from "../api/client";

/** The locale numbers and dates are written in: British English for English (day before month, as in Europe). */
export const locale = (language: string) => (language === "en" ? "en-GB" : language);

/** An amount of money of the API (amount as text, ISO currency) in the language's way of writing it. */
export const money = (language: string, m: Schemas["Money"]) =>
  new Intl.NumberFormat(locale(language), { style: "currency", currency: m.currency }).format(Number(m.amount));

/** A date or date-time of the API (ISO 8601) as the language writes a date. */
export const date = (language: string, iso: string, style: "medium" | "long" = "medium") =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: style }).format(new Date(iso));
