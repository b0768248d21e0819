import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, type Schemas } from "../api/client";
import { accessToken, signedIn } from "../auth/session";
import { ErrorSummary, shownProblem, type FieldProblem } from "../ui/ErrorSummary";
import { Section } from "../ui/Section";
import { TextField } from "../ui/TextField";
import { useHeadingFocus } from "../ui/useHeadingFocus";
import { draft } from "../check/draft";
import { claimFieldId, claimRequest, emptyClaim, emptyPassenger, ibanLooksRight, unsigned, type ClaimInput,
  type PassengerInput } from "./claimRequest";
import { SignaturePad } from "./SignaturePad";

const MAX_PASSENGERS = 9;
const STEPS = ["travellers", "payment", "review"] as const;

/** The step a field of the form is on. */
export function stepOf(fieldId: string): number {
  if (fieldId.startsWith("passenger") || fieldId.startsWith("leg-")) { // passenger-…, passengers-heading
    return 0;
  }
  return fieldId.startsWith("payout-") || fieldId.startsWith("contact-") ? 1 : 2;
}

/** Claim for the checked flight: who travelled, where the money goes, and the assignment accepted in full. */
export default function NewClaimPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const journey = useMemo(() => draft.load(), []);
  const [signedInNow, setSignedIn] = useState<boolean>();
  const [terms, setTerms] = useState<Schemas["Terms"]>();
  const [input, setInput] = useState<ClaimInput>(emptyClaim);
  const [flight, setFlight] = useState({ flightNumber: journey?.legs[0]?.flightNumber ?? "", date: journey?.legs[0]?.date ?? "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [detail, setDetail] = useState<string>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []); // a resent submission makes no second claim
  const [step, setStep] = useState(0);
  const heading = useHeadingFocus<HTMLHeadingElement>(signedInNow);
  const stepHeading = useHeadingFocus<HTMLHeadingElement>(step);

  useEffect(() => {
    void accessToken().then((token) => setSignedIn(Boolean(token)));
  }, []);
  useEffect(() => {
    void api.GET("/api/v1/terms", { params: { query: { lang: i18n.language } } }).then(({ data }) => setTerms(data));
  }, [i18n.language]);

  if (!journey) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("newClaim.title")}</h1>
        <p>{t("newClaim.checkFirst")}</p>
        <p><Link to="/">{t("notFound.back")}</Link></p>
      </>
    );
  }
  if (signedInNow === false) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("newClaim.title")}</h1>
        <p>{t("newClaim.signInFirst")}</p>
        <p><Link to="/signin">{t("claims.signIn")}</Link></p>
      </>
    );
  }

  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;
  const setPassenger = <K extends keyof PassengerInput>(i: number, field: K, value: PassengerInput[K]) =>
    setInput((old) => ({ ...old, passengers: old.passengers.map((p, n) => (n === i ? { ...p, [field]: value } : p)) }));
  const leg = journey.legs[0];
  const ibanHint = input.iban.replace(/\s/g, "").length >= 15 && !ibanLooksRight(input.iban) ? t("newClaim.ibanCheck") : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!terms || !journey) {
      return;
    }
    const notSigned = unsigned(input);
    if (notSigned.length) {
      setProblems(notSigned.map((i) => ({ id: `signature-${i}-typed`, message: t("sign.needed", {
        name: `${input.passengers[i].firstName} ${input.passengers[i].lastName}`.trim() }) })));
      setDetail(undefined);
      return;
    }
    setBusy(true);
    const checked = { ...journey, legs: journey.legs.map((l, i) => (i === 0 ? { ...l, ...flight } : l)) };
    try {
      const { data, error } = await signedIn.POST("/api/v1/claims", {
        body: claimRequest(checked, input, terms), headers: { "Idempotency-Key": idempotencyKey },
      });
      if (data?.id) {
        draft.clear();
        navigate(`/claims/${data.id}`);
        return;
      }
      const shown = shownProblem(error, claimFieldId, t("errors.unknown"));
      setProblems(shown.problems);
      setDetail(shown.detail);
    } catch {
      setDetail(t("errors.offline"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("newClaim.title")}</h1>
      <p className="lead">{t("newClaim.journey", { from: leg.from.toUpperCase(), to: leg.to.toUpperCase(),
        carrier: leg.carrier.toUpperCase() })} <Link to="/">{t("newClaim.change")}</Link></p>
      <ErrorSummary problems={problems} detail={detail} go={(id) => {
        setStep(stepOf(id)); // the field is on its step: show that step, then focus the field
        setTimeout(() => document.getElementById(id)?.focus());
      }} />
      <form onSubmit={submit} noValidate>
        <h2 ref={stepHeading} tabIndex={-1} className="step">
          {t("newClaim.step", { n: step + 1, of: STEPS.length, name: t(`newClaim.${STEPS[step]}`) })}
        </h2>
        {step === 0 && (
          <>
            <Section id="flight-heading" title={t("newClaim.flight")}>
              <TextField id="leg-0-flightNumber" label={t("check.flightNumber")} hint={t("newClaim.flightNumberHint")}
                value={flight.flightNumber} error={errorOf("leg-0-flightNumber")}
                onChange={(v) => setFlight((f) => ({ ...f, flightNumber: v }))} />
              <TextField id="leg-0-date" type="date" label={t("check.date")} value={flight.date}
                error={errorOf("leg-0-date")} onChange={(v) => setFlight((f) => ({ ...f, date: v }))} />
            </Section>

            <fieldset>
              <legend id="passengers-heading" tabIndex={-1}>{t("newClaim.passengers")}</legend>
              {input.passengers.map((p, i) => (
                <fieldset key={i} className="leg">
                  <legend>{t("newClaim.passenger", { n: i + 1 })}</legend>
                  <TextField id={`passenger-${i}-firstName`} label={t("newClaim.firstName")} autoComplete={i === 0 ? "given-name" : "off"}
                    value={p.firstName} error={errorOf(`passenger-${i}-firstName`)} onChange={(v) => setPassenger(i, "firstName", v)} />
                  <TextField id={`passenger-${i}-lastName`} label={t("newClaim.lastName")} autoComplete={i === 0 ? "family-name" : "off"}
                    value={p.lastName} error={errorOf(`passenger-${i}-lastName`)} onChange={(v) => setPassenger(i, "lastName", v)} />
                  <TextField id={`passenger-${i}-bookingReference`} label={t("newClaim.bookingReference")}
                    hint={t("newClaim.bookingReferenceHint")} value={p.bookingReference}
                    error={errorOf(`passenger-${i}-bookingReference`)} onChange={(v) => setPassenger(i, "bookingReference", v)} />
                  <Checkbox id={`passenger-${i}-minor`} label={t("newClaim.minor")} checked={p.minor}
                    onChange={(v) => setPassenger(i, "minor", v)} />
                  {input.passengers.length > 1 && (
                    <button type="button" className="secondary" onClick={() =>
                      setInput((old) => ({ ...old, passengers: old.passengers.filter((_, n) => n !== i) }))}>
                      {t("newClaim.removePassenger", { n: i + 1 })}
                    </button>
                  )}
                </fieldset>
              ))}
              {input.passengers.length < MAX_PASSENGERS && (
                <button type="button" className="secondary" onClick={() =>
                  setInput((old) => ({ ...old, passengers: [...old.passengers, emptyPassenger()] }))}>
                  {t("newClaim.addPassenger")}
                </button>
              )}
            </fieldset>

          </>
        )}
        {step === 1 && (
          <>
            <Section id="payout-heading" title={t("newClaim.payout")}>
              <TextField id="payout-accountHolder" label={t("newClaim.accountHolder")} autoComplete="name"
                value={input.accountHolder} error={errorOf("payout-accountHolder")}
                onChange={(v) => setInput((old) => ({ ...old, accountHolder: v }))} />
              <TextField id="payout-iban" label={t("newClaim.iban")} hint={ibanHint ?? t("newClaim.ibanHint")}
                value={input.iban} error={errorOf("payout-iban")} onChange={(v) => setInput((old) => ({ ...old, iban: v }))} />
              <TextField id="contact-phone" type="tel" label={t("newClaim.phone")} hint={t("newClaim.phoneHint")}
                autoComplete="tel" value={input.phone} error={errorOf("contact-phone")}
                onChange={(v) => setInput((old) => ({ ...old, phone: v }))} />
            </Section>

          </>
        )}
        {step === 2 && (
          <>
            <Review flight={flight} input={input} />
            <Section id="terms-heading" title={terms?.title ?? t("frame.loading")}>
              {terms && terms.language !== i18n.language && <p className="hint">{t("newClaim.termsInEnglish")}</p>}
              <div className="terms" tabIndex={0} role="region" aria-label={terms?.title}>
                {(terms?.text ?? "").split(/\n\s*\n/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
              </div>
              <Checkbox id="consent-terms" label={t("newClaim.acceptTerms", { version: terms?.version ?? "" })}
                checked={input.termsAccepted} error={errorOf("consent-terms")}
                onChange={(v) => setInput((old) => ({ ...old, termsAccepted: v }))} />
              <Checkbox id="consent-assignment" label={t("newClaim.acceptAssignment")} checked={input.assignmentAccepted}
                error={errorOf("consent-assignment")} onChange={(v) => setInput((old) => ({ ...old, assignmentAccepted: v }))} />
            </Section>
            <fieldset>
              <legend id="signatures-heading" tabIndex={-1}>{t("sign.title")}</legend>
              <p className="hint">{t("sign.intro")}</p>
              {input.passengers.map((p, i) => (
                <Signing key={i} i={i} passenger={p} errorOf={errorOf}
                  set={(field, value) => setPassenger(i, field, value)} />
              ))}
            </fieldset>
          </>
        )}
        <div className="step-buttons">
          {step > 0 && (
            <button type="button" className="secondary" onClick={() => setStep(step - 1)}>{t("newClaim.back")}</button>
          )}{" "}
          {/* keys: two elements, not one whose type changes while its click is still being handled
              (the browser would then submit the form as the last step appears) */}
          {step < STEPS.length - 1 ? (
            <button key="continue" type="button" onClick={() => setStep(step + 1)}>{t("newClaim.continue")}</button>
          ) : (
            <button key="submit" type="submit" disabled={busy || !terms}>
              {busy ? t("newClaim.submitting") : t("newClaim.submit")}</button>
          )}
        </div>
      </form>
    </>
  );
}

/** What will be claimed, to read over before accepting: the flight, who, and where the money goes. */
function Review({ flight, input }: { flight: { flightNumber: string; date: string }; input: ClaimInput }) {
  const { t } = useTranslation();
  const iban = input.iban.replace(/\s+/g, "");
  return (
    <dl className="review">
      <dt>{t("newClaim.flight")}</dt>
      <dd>{flight.flightNumber.toUpperCase()} · {flight.date}</dd>
      <dt>{t("newClaim.passengers")}</dt>
      {input.passengers.map((p, i) => <dd key={i}>{p.firstName} {p.lastName}{p.bookingReference && ` · ${p.bookingReference.toUpperCase()}`}</dd>)}
      <dt>{t("newClaim.payout")}</dt>
      <dd>{input.accountHolder} · {iban.length > 8 ? `${iban.slice(0, 4)} … ${iban.slice(-4)}` : iban}</dd>
      {input.phone && <><dt>{t("newClaim.phone")}</dt><dd>{input.phone}</dd></>}
    </dl>
  );
}

/**
 * One passenger's signature: the signer's full name typed, and a drawing — or, for whoever cannot
 * draw here (a keyboard, a screen reader), the typed name alone, chosen explicitly.
 */
function Signing({ i, passenger: p, errorOf, set }: { i: number; passenger: PassengerInput;
    errorOf: (id: string) => string | undefined;
    set: <K extends keyof PassengerInput>(field: K, value: PassengerInput[K]) => void }) {
  const { t } = useTranslation();
  const name = `${p.firstName} ${p.lastName}`.trim() || t("newClaim.passenger", { n: i + 1 });
  return (
    <fieldset className="leg">
      <legend>{p.minor ? t("sign.forMinor", { name }) : t("sign.for", { name })}</legend>
      <TextField id={`signature-${i}-signedBy`} label={p.minor ? t("sign.guardianName") : t("sign.yourName")}
        hint={p.minor ? t("sign.guardianHint", { name }) : t("sign.yourNameHint", { name })} value={p.signedBy}
        error={errorOf(`signature-${i}-signedBy`)} onChange={(v) => set("signedBy", v)} />
      {errorOf(`signature-${i}-drawing`) && <p className="error">{errorOf(`signature-${i}-drawing`)}</p>}
      {p.typedOnly
        ? <p className="typed-signature">{p.signedBy}</p>
        : <SignaturePad id={`signature-${i}-drawing`} label={t("sign.pad", { name })} strokes={p.strokes}
            onChange={(strokes) => set("strokes", strokes)} />}
      <Checkbox id={`signature-${i}-typed`} label={t("sign.typedOnly")} checked={p.typedOnly}
        error={p.typedOnly || p.strokes.length ? undefined : errorOf(`signature-${i}-typed`)}
        onChange={(v) => set("typedOnly", v)} />
    </fieldset>
  );
}

function Checkbox({ id, label, checked, error, onChange }: { id: string; label: string; checked: boolean;
    error?: string; onChange: (checked: boolean) => void }) {
  return (
    <div className={error ? "field invalid" : "field"}>
      {error && <span className="error" id={`${id}-error`}>{error}</span>}
      <label className="choice">
        <input id={id} type="checkbox" checked={checked} aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
    </div>
  );
}
