import type { Schemas } from "../api/client";

export type DisruptionType = Schemas["Disruption"]["type"];
export type Cause = NonNullable<Schemas["Disruption"]["cause"]>;

/** One flight of the journey as typed: codes and the date, all text. */
export interface LegInput {
  from: string;
  to: string;
  carrier: string;
  flightNumber: string;
  date: string;
}

/** The check form as typed; numbers are still text. */
export interface CheckInput {
  legs: LegInput[];
  type: DisruptionType;
  delayHours: string;
  delayMinutes: string;
  noticeDays: string;
  cause: Cause | "";
}

export const emptyLeg = (): LegInput => ({ from: "", to: "", carrier: "", flightNumber: "", date: "" });

export const emptyCheck = (): CheckInput => ({
  legs: [emptyLeg()],
  type: "DELAY",
  delayHours: "",
  delayMinutes: "",
  noticeDays: "",
  cause: "",
});

const whole = (text: string): number | undefined => {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : undefined;
};

/**
 * The eligibility request for what was typed. Only shape is handled here (codes upper-cased, hours and
 * minutes added up, empty fields left out): whether the values are right is the API's call, and its
 * 400 names each field at fault.
 */
export function eligibilityRequest(input: CheckInput): Schemas["EligibilityRequest"] {
  const legs = input.legs.map((leg) => ({
    from: leg.from.trim().toUpperCase(),
    to: leg.to.trim().toUpperCase(),
    carrier: leg.carrier.trim().toUpperCase(),
    ...(leg.flightNumber.trim() ? { flightNumber: leg.flightNumber.trim().toUpperCase().replace(/\s+/g, "") } : {}),
    ...(leg.date ? { date: leg.date } : {}),
  }));
  const hours = whole(input.delayHours);
  const minutes = whole(input.delayMinutes);
  const delay = hours === undefined && minutes === undefined ? undefined : (hours ?? 0) * 60 + (minutes ?? 0);
  const notice = whole(input.noticeDays);
  const disruption: Schemas["Disruption"] = {
    type: input.type,
    ...(input.type === "DELAY" && delay !== undefined ? { arrivalDelayMinutes: delay } : {}),
    ...(input.type === "CANCELLATION" && notice !== undefined ? { noticeDays: notice } : {}),
    ...(input.cause ? { cause: input.cause } : {}),
  };
  return { legs, disruption } as Schemas["EligibilityRequest"];
}

/** The id of the form field an API error names ("legs[1].from" → "leg-1-from"); the form's error summary links to it. */
export function fieldId(apiField: string): string {
  const leg = /^legs\[(\d+)]\.(\w+)$/.exec(apiField);
  if (leg) {
    return `leg-${leg[1]}-${leg[2]}`;
  }
  if (apiField === "disruption.arrivalDelayMinutes") {
    return "delay-hours";
  }
  if (apiField.startsWith("disruption.")) {
    return apiField.replace("disruption.", "disruption-");
  }
  return "legs-heading";
}
