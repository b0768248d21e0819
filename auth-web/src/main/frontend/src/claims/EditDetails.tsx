import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { signedIn } from "../auth/session";
import { ErrorSummary, shownProblem, type FieldProblem } from "../ui/ErrorSummary";
import { TextField } from "../ui/TextField";
import { claimFieldId } from "./claimRequest";

/** The details a passenger may change while the claim is submitted or documents are requested. */
interface Details {
  phone: string;
  passengers: { firstName: string; lastName: string; bookingReference: string }[];
  accountHolder: string;
  iban: string;
}

/** The change as the API takes it: only the parts changed (a new IBAN goes with its account holder). */
export function claimUpdate(claim: Schemas["Claim"], d: Details): Schemas["ClaimUpdate"] {
  const passengers = d.passengers.map((p) => ({
    firstName: p.firstName.trim(), lastName: p.lastName.trim(),
    ...(p.bookingReference.trim() ? { bookingReference: p.bookingReference.trim().toUpperCase() } : {}),
  }));
  const before = (claim.passengers ?? []).map((p) => ({ firstName: p.firstName, lastName: p.lastName,
    ...(p.bookingReference ? { bookingReference: p.bookingReference } : {}) }));
  const iban = d.iban.replace(/\s+/g, "").toUpperCase();
  return {
    ...(d.phone.trim() !== (claim.contact?.phone ?? "") ? { contact: { phone: d.phone.trim() } } : {}),
    ...(JSON.stringify(passengers) !== JSON.stringify(before) ? { passengers } : {}),
    ...(iban || d.accountHolder.trim() !== (claim.payout?.accountHolder ?? "")
      ? { payout: { iban, accountHolder: d.accountHolder.trim() } } : {}),
  };
}

/** Change contact, passengers or payout: a form behind a button, sent with the version last seen. */
export function EditDetails({ claim, onSaved }: { claim: Schemas["Claim"]; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const initial = (): Details => ({
    phone: claim.contact?.phone ?? "",
    passengers: (claim.passengers ?? []).map((p) => ({ firstName: p.firstName ?? "", lastName: p.lastName ?? "",
      bookingReference: p.bookingReference ?? "" })),
    accountHolder: claim.payout?.accountHolder ?? "",
    iban: "",
  });
  const [details, setDetails] = useState<Details>(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [detail, setDetail] = useState<string>();
  const [saved, setSaved] = useState(false);
  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;
  const fieldId = (apiField: string) => claimFieldId(apiField).replace(/^(passenger|payout|contact)-/, "edit-$1-");
  const setPassenger = (i: number, field: keyof Details["passengers"][number], value: string) =>
    setDetails((d) => ({ ...d, passengers: d.passengers.map((p, n) => (n === i ? { ...p, [field]: value } : p)) }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = claimUpdate(claim, details);
    if (!Object.keys(body).length) {
      setProblems([]);
      setDetail(t("edit.nothing"));
      return;
    }
    const { error } = await signedIn.PATCH("/api/v1/claims/{id}", {
      params: { path: { id: claim.id ?? "" }, header: { "If-Match": String(claim.version ?? 0) } }, body,
    });
    if (error) {
      const shown = shownProblem(error, fieldId, t("errors.unknown"));
      setProblems(shown.problems);
      setDetail(shown.detail);
      return;
    }
    setProblems([]);
    setDetail(undefined);
    setOpen(false);
    setSaved(true);
    await onSaved();
  }

  if (!open) {
    return (
      <p>
        <button type="button" className="secondary" id="edit-details" onClick={() => {
          setDetails(initial());
          setSaved(false);
          setOpen(true);
        }}>{t("edit.open")}</button>
        {saved && <span role="status"> {t("edit.saved")}</span>}
      </p>
    );
  }
  return (
    <form onSubmit={save} noValidate aria-labelledby="edit-title">
      <h3 id="edit-title">{t("edit.title")}</h3>
      <ErrorSummary problems={problems} detail={detail} />
      {details.passengers.map((p, i) => (
        <fieldset key={i} className="leg">
          <legend>{t("newClaim.passenger", { n: i + 1 })}</legend>
          <TextField id={`edit-passenger-${i}-firstName`} label={t("newClaim.firstName")} value={p.firstName}
            error={errorOf(`edit-passenger-${i}-firstName`)} onChange={(v) => setPassenger(i, "firstName", v)} />
          <TextField id={`edit-passenger-${i}-lastName`} label={t("newClaim.lastName")} value={p.lastName}
            error={errorOf(`edit-passenger-${i}-lastName`)} onChange={(v) => setPassenger(i, "lastName", v)} />
          <TextField id={`edit-passenger-${i}-bookingReference`} label={t("newClaim.bookingReference")}
            value={p.bookingReference} error={errorOf(`edit-passenger-${i}-bookingReference`)}
            onChange={(v) => setPassenger(i, "bookingReference", v)} />
        </fieldset>
      ))}
      <TextField id="edit-contact-phone" type="tel" label={t("newClaim.phone")} value={details.phone}
        error={errorOf("edit-contact-phone")} onChange={(v) => setDetails((d) => ({ ...d, phone: v }))} />
      <TextField id="edit-payout-accountHolder" label={t("newClaim.accountHolder")} value={details.accountHolder}
        error={errorOf("edit-payout-accountHolder")} onChange={(v) => setDetails((d) => ({ ...d, accountHolder: v }))} />
      <TextField id="edit-payout-iban" label={t("newClaim.iban")}
        hint={t("edit.ibanHint", { iban: claim.payout?.iban ?? "" })} value={details.iban}
        error={errorOf("edit-payout-iban")} onChange={(v) => setDetails((d) => ({ ...d, iban: v }))} />
      <div className="step-buttons">
        <button type="submit">{t("edit.save")}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>{t("edit.cancel")}</button>
      </div>
    </form>
  );
}
