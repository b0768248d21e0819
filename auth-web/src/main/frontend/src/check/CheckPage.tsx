import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, type Schemas } from "../api/client";
import { ErrorSummary, shownProblem, type FieldProblem } from "../ui/ErrorSummary";
import { TextField } from "../ui/TextField";
import { useHeadingFocus } from "../ui/useHeadingFocus";
import { draft } from "./draft";
import { CodeField } from "./CodeField";
import { CheckResult } from "./CheckResult";
import { emptyCheck, emptyLeg, eligibilityRequest, fieldId, type CheckInput, type DisruptionType } from "./request";

const TYPES: DisruptionType[] = ["DELAY", "CANCELLATION", "DENIED_BOARDING", "DOWNGRADE", "EARLY_DEPARTURE", "DIVERSION"];
const CAUSES = ["NONE", "TECHNICAL", "OWN_STAFF_STRIKE", "THIRD_PARTY_STRIKE", "ATC", "WEATHER", "BIRD_STRIKE",
  "SECURITY", "POLITICAL_INSTABILITY", "MEDICAL_EMERGENCY", "OTHER"] as const;
const MAX_LEGS = 6;

/** Is compensation due? The journey and what happened, answered by POST /api/v1/eligibility. No sign-in. */
export default function CheckPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [input, setInput] = useState<CheckInput>(() => draft.load() ?? emptyCheck()); // back from the claim: as typed
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [detail, setDetail] = useState<string>();
  const [answer, setAnswer] = useState<Schemas["EligibilityResponse"]>();
  const [busy, setBusy] = useState(false);

  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;
  const setLeg = (i: number, field: keyof CheckInput["legs"][number], value: string) =>
    setInput((old) => ({ ...old, legs: old.legs.map((l, n) => (n === i ? { ...l, [field]: value } : l)) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setAnswer(undefined);
    try {
      const { data, error } = await api.POST("/api/v1/eligibility", { body: eligibilityRequest(input) });
      if (data) {
        setProblems([]);
        setDetail(undefined);
        setAnswer(data);
      } else {
        const shown = shownProblem(error, fieldId, t("errors.unknown"));
        setProblems(shown.problems);
        setDetail(shown.detail);
      }
    } catch {
      setProblems([]);
      setDetail(t("errors.offline"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("check.title")}</h1>
      <p className="lead">{t("check.lead")}</p>
      <ErrorSummary problems={problems} detail={detail} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend id="legs-heading" tabIndex={-1}>{t("check.journey")}</legend>
          {input.legs.map((leg, i) => (
            <fieldset key={i} className="leg">
              <legend>{t("check.flight", { n: i + 1 })}</legend>
              <CodeField id={`leg-${i}-from`} label={t("check.from")} hint={t("check.airportHint")} source="airports"
                value={leg.from} error={errorOf(`leg-${i}-from`)} onChange={(v) => setLeg(i, "from", v)} />
              <CodeField id={`leg-${i}-to`} label={t("check.to")} hint={t("check.airportHint")} source="airports"
                value={leg.to} error={errorOf(`leg-${i}-to`)} onChange={(v) => setLeg(i, "to", v)} />
              <CodeField id={`leg-${i}-carrier`} label={t("check.carrier")} hint={t("check.carrierHint")}
                source="airlines" value={leg.carrier} error={errorOf(`leg-${i}-carrier`)}
                onChange={(v) => setLeg(i, "carrier", v)} />
              <TextField id={`leg-${i}-flightNumber`} label={t("check.flightNumber")} hint={t("check.flightNumberHint")}
                value={leg.flightNumber} error={errorOf(`leg-${i}-flightNumber`)}
                onChange={(v) => setLeg(i, "flightNumber", v)} />
              <TextField id={`leg-${i}-date`} type="date" label={t("check.date")} hint={t("check.dateHint")}
                value={leg.date} error={errorOf(`leg-${i}-date`)} onChange={(v) => setLeg(i, "date", v)} />
              {input.legs.length > 1 && (
                <button type="button" className="secondary"
                  onClick={() => setInput((old) => ({ ...old, legs: old.legs.filter((_, n) => n !== i) }))}>
                  {t("check.removeFlight", { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {input.legs.length < MAX_LEGS && (
            <button type="button" className="secondary"
              onClick={() => setInput((old) => ({ ...old, legs: [...old.legs, emptyLeg()] }))}>
              {t("check.addFlight")}
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend>{t("check.what")}</legend>
          <div className="choices" role="radiogroup" aria-labelledby="type-label">
            <span id="type-label" className="visually-hidden">{t("check.what")}</span>
            {TYPES.map((type) => (
              <label key={type} className="choice">
                <input type="radio" name="type" value={type} checked={input.type === type}
                  onChange={() => setInput((old) => ({ ...old, type }))} />
                <span>{t(`disruption.${type}`)}</span>
              </label>
            ))}
          </div>
          {input.type === "DELAY" && (
            <div className="pair" role="group" aria-labelledby="delay-label">
              <span id="delay-label" className="group-label">{t("check.delay")}</span>
              <TextField id="delay-hours" type="number" label={t("check.hours")} value={input.delayHours}
                error={errorOf("delay-hours")} onChange={(v) => setInput((old) => ({ ...old, delayHours: v }))} />
              <TextField id="delay-minutes" type="number" label={t("check.minutes")} value={input.delayMinutes}
                onChange={(v) => setInput((old) => ({ ...old, delayMinutes: v }))} />
            </div>
          )}
          {input.type === "CANCELLATION" && (
            <TextField id="disruption-noticeDays" type="number" label={t("check.notice")} hint={t("check.noticeHint")}
              value={input.noticeDays} error={errorOf("disruption-noticeDays")}
              onChange={(v) => setInput((old) => ({ ...old, noticeDays: v }))} />
          )}
          <div className="field">
            <label htmlFor="disruption-cause">{t("check.cause")}</label>
            <span className="hint" id="disruption-cause-hint">{t("check.causeHint")}</span>
            <select id="disruption-cause" aria-describedby="disruption-cause-hint" value={input.cause}
              onChange={(e) => setInput((old) => ({ ...old, cause: e.target.value as CheckInput["cause"] }))}>
              <option value="">{t("cause.UNKNOWN")}</option>
              {CAUSES.map((c) => <option key={c} value={c}>{t(`cause.${c}`)}</option>)}
            </select>
          </div>
        </fieldset>
        <button type="submit" disabled={busy}>{busy ? t("check.checking") : t("check.submit")}</button>
      </form>
      {answer && <CheckResult answer={answer} onClaim={() => {
        draft.save(input);
        navigate("/claims/new");
      }} />}
    </>
  );
}
