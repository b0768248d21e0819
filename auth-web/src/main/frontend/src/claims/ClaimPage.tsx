import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Schemas } from "../api/client";
import { accessToken, signedIn } from "../auth/session";
import { date, money } from "../ui/format";
import { Section } from "../ui/Section";
import { useHeadingFocus } from "../ui/useHeadingFocus";
import { Documents } from "./Documents";
import { EditDetails } from "./EditDetails";
import { uploadDocument } from "./upload";

interface Loaded {
  claim: Schemas["Claim"];
  requests: Schemas["CustomerDocumentRequest"][];
  history: Schemas["ClaimEvent"][];
  messages: Schemas["ClaimMessage"][];
  documents: Schemas["Document"][];
}

/** One claim: where it stands and what happened, the documents, the messages with the team, withdrawing. */
export default function ClaimPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | "signedOut" | "failed">();
  const [uploadType, setUploadType] = useState<string>("boarding_pass");
  const heading = useHeadingFocus<HTMLHeadingElement>(typeof loaded === "object");

  const load = useCallback(async () => {
    if (!(await accessToken())) {
      setLoaded("signedOut");
      return;
    }
    const path = { params: { path: { id } } };
    const [claim, requests, history, messages, documents] = await Promise.all([
      signedIn.GET("/api/v1/claims/{id}", path), signedIn.GET("/api/v1/claims/{id}/document-requests", path),
      signedIn.GET("/api/v1/claims/{id}/history", path), signedIn.GET("/api/v1/claims/{id}/messages", path),
      signedIn.GET("/api/v1/claims/{id}/documents", path)]);
    setLoaded(claim.data ? {
      claim: claim.data, requests: requests.data ?? [], history: history.data ?? [], messages: messages.data ?? [],
      documents: documents.data ?? [],
    } : "failed");
  }, [id]);
  useEffect(() => {
    void load().catch(() => setLoaded("failed"));
  }, [load]);

  if (!loaded) {
    return <p role="status">{t("frame.loading")}</p>;
  }
  if (loaded === "signedOut" || loaded === "failed") {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("claim.notFound")}</h1>
        <p><Link to={loaded === "signedOut" ? "/signin" : "/claims"}>
          {loaded === "signedOut" ? t("claims.signIn") : t("frame.myClaims")}</Link></p>
      </>
    );
  }
  const { claim, requests, history, messages, documents } = loaded;
  const needed = requests.filter((r) => !r.answeredAt);
  const open = !["approved", "rejected", "paid", "withdrawn"].includes(claim.status ?? "");
  return (
    <>
      <p><Link to="/claims">{t("claim.back")}</Link></p>
      <h1 ref={heading} tabIndex={-1}>{t("claim.title", { reference: claim.reference })}</h1>
      <p className="verdict">{t(`status.${claim.status}`, { defaultValue: claim.status })}</p>
      {claim.compensation && <p>{t("claims.amount", { amount: money(i18n.language, claim.compensation) })}</p>}
      {(claim.reasons ?? []).length > 0 && <ul>{claim.reasons!.map((r) => <li key={r}>{r}</li>)}</ul>}

      {needed.length > 0 && (
        <Section id="needed-title" title={t("claim.needed")}>
          <ul className="needed">
            {needed.map((r) => (
              <li key={r.id}>
                <strong>{t(`documentType.${r.documentType}`, { defaultValue: r.documentType ?? "" })}</strong>
                {r.message && <p className="message-body">{r.message}</p>}
                <button type="button" className="secondary" onClick={() => {
                  setUploadType(r.documentType ?? "other"); // the upload below, set to the type asked for
                  document.getElementById("document-file")?.focus();
                }}>{t("claim.uploadIt")}</button>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {["submitted", "documents_requested"].includes(claim.status ?? "") && (
        <Section id="details-title" title={t("edit.section")}>
          <EditDetails claim={claim} onSaved={load} />
        </Section>
      )}

      <Section id="history-title" title={t("claim.history")}>
        <ol className="timeline">
          {history.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{date(i18n.language, e.at ?? "", "long")}</time>{" "}
              <strong>{t(`status.${e.to}`, { defaultValue: e.to ?? "" })}</strong>
              {e.reason && <p>{e.reason}</p>}
            </li>
          ))}
        </ol>
      </Section>

      <Documents claimId={claim.id ?? id} documents={documents} canUpload={open} onChange={load}
        type={uploadType} onType={setUploadType} />
      <Messages claimId={claim.id ?? id} messages={messages} documents={documents} canAttach={open} onSent={load} />
      {open && <Withdraw claimId={claim.id ?? id} onDone={load} />}
    </>
  );
}

/**
 * The thread with the team, and writing to it; a file may go with a message (uploaded to the
 * claim's documents first, as "other", then named by the message).
 */
function Messages({ claimId, messages, documents, canAttach, onSent }: { claimId: string;
    messages: Schemas["ClaimMessage"][]; documents: Schemas["Document"][]; canAttach: boolean;
    onSent: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState("");
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nameOf = (documentId: string) => documents.find((d) => d.id === documentId)?.fileName ?? t("claim.attachment");

  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const documentId = file ? await attach(file) : undefined;
      if (file && !documentId) {
        return;
      }
      const { error: problem } = await signedIn.POST("/api/v1/claims/{id}/messages",
        { params: { path: { id: claimId } }, body: { body, ...(documentId ? { documentId } : {}) } });
      if (problem) {
        setError((problem as Schemas["Problem"]).errors?.[0]?.message ?? (problem as Schemas["Problem"]).detail);
        document.getElementById("message")?.focus();
      } else {
        setBody("");
        setFile(undefined);
        if (fileInput.current) {
          fileInput.current.value = "";
        }
        setError(undefined);
        await onSent();
      }
    } finally {
      setBusy(false);
    }
  }

  /** Uploads the attachment; its id, or undefined with the server's reason shown. */
  async function attach(chosen: File): Promise<string | undefined> {
    const token = await accessToken();
    const result = token ? await uploadDocument(claimId, "other", chosen, token, () => undefined, t("errors.unknown"))
      : { ok: false as const, reason: t("claims.signInFirst") };
    if (!result.ok) {
      setError(t("documents.refused", { name: chosen.name, reason: result.reason }));
      document.getElementById("message-file")?.focus();
      return undefined;
    }
    return result.document.id;
  }

  return (
    <Section id="messages-title" title={t("claim.messages")}
      empty={messages.length === 0 ? t("claim.noMessages") : undefined}>
      <ol className="messages">
        {messages.map((m) => (
          <li key={m.id} className={m.from === "customer" ? "mine" : "theirs"}>
            <p className="hint">{m.from === "customer" ? t("claim.you") : t("claim.team")} ·{" "}
              <time dateTime={m.at}>{date(i18n.language, m.at ?? "")}</time></p>
            <p className="message-body">{m.body}</p>
            {m.documentId && <p className="attachment">{t("claim.attached", { name: nameOf(m.documentId) })}</p>}
          </li>
        ))}
      </ol>
      <form onSubmit={send} noValidate>
        <div className={error ? "field invalid" : "field"}>
          <label htmlFor="message">{t("claim.write")}</label>
          {error && <span className="error" id="message-error">{error}</span>}
          <textarea id="message" rows={4} value={body} aria-invalid={error ? true : undefined}
            aria-describedby={error ? "message-error" : undefined} onChange={(e) => setBody(e.target.value)} />
        </div>
        {canAttach && (
          <div className="field">
            <label htmlFor="message-file">{t("claim.attach")}</label>
            <input id="message-file" ref={fileInput} type="file" onChange={(e) => setFile(e.target.files?.[0])} />
          </div>
        )}
        <button type="submit" disabled={busy}>{t("claim.send")}</button>
      </form>
    </Section>
  );
}

/** Withdrawing asks first, in a dialog that Escape closes and that gives the focus back to its button. */
function Withdraw({ claimId, onDone }: { claimId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  async function confirm(e: FormEvent) {
    e.preventDefault();
    await signedIn.POST("/api/v1/claims/{id}/withdraw", { params: { path: { id: claimId } },
      body: reason.trim() ? { reason: reason.trim() } : {} });
    dialog.current?.close();
    await onDone();
  }
  return (
    <Section id="withdraw-title" title={t("claim.withdrawTitle")}>
      <button type="button" className="secondary" id="withdraw" onClick={() => dialog.current?.showModal()}>
        {t("claim.withdraw")}
      </button>
      <dialog ref={dialog} aria-labelledby="withdraw-dialog-title"
        onClose={() => document.getElementById("withdraw")?.focus()}>
        <form onSubmit={confirm}>
          <h2 id="withdraw-dialog-title">{t("claim.withdrawQuestion")}</h2>
          <p>{t("claim.withdrawWarning")}</p>
          <div className="field">
            <label htmlFor="withdraw-reason">{t("claim.withdrawReason")}</label>
            <textarea id="withdraw-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit">{t("claim.withdrawConfirm")}</button>{" "}
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>{t("claim.cancel")}</button>
        </form>
      </dialog>
    </Section>
  );
}
