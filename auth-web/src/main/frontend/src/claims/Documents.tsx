import { useState, type DragEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { accessToken } from "../auth/session";
import { Section } from "../ui/Section";
import { uploadDocument } from "./upload";

export const DOCUMENT_TYPES = ["boarding_pass", "booking_confirmation", "id_document", "delay_certificate",
  "cancellation_notice", "receipt", "bank_statement", "power_of_attorney", "other"] as const;

interface Props {
  claimId: string;
  documents: Schemas["Document"][];
  canUpload: boolean;
  onChange: () => Promise<void>;
  /** The type the next upload is given (a document request sets it). */
  type: string;
  onType: (type: string) => void;
}

/** The claim's documents, and an upload: a file chosen with the button or dropped on the area, its type first. */
export function Documents({ claimId, documents, canUpload, onChange, type, onType }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const [over, setOver] = useState(false);

  async function upload(chosen: File | undefined) {
    if (!chosen) {
      setOutcome({ ok: false, text: t("documents.chooseFirst") });
      return;
    }
    const token = await accessToken();
    if (!token) {
      setOutcome({ ok: false, text: t("claims.signInFirst") });
      return;
    }
    setProgress(0);
    const result = await uploadDocument(claimId, type, chosen, token, setProgress, t("errors.unknown"));
    setProgress(undefined);
    setFile(undefined);
    setOutcome(result.ok ? { ok: true, text: t("documents.uploaded", { name: chosen.name }) }
      : { ok: false, text: t("documents.refused", { name: chosen.name, reason: result.reason }) });
    if (result.ok) {
      await onChange();
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void upload(file);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void upload(e.dataTransfer.files[0]);
  };

  return (
    <Section id="documents-title" title={t("documents.title")}
      empty={documents.length === 0 ? t("documents.none") : undefined}>
      <ul className="documents">
        {documents.map((d) => (
          <li key={d.id}>
            <strong>{t(`documentType.${d.type}`, { defaultValue: d.type ?? "" })}</strong> · {d.fileName} ·{" "}
            {t(`documentStatus.${d.review === "rejected" ? "rejected" : d.status}`, { defaultValue: d.status ?? "" })}
            {d.review === "rejected" && d.reviewReason && <p>{d.reviewReason}</p>}
          </li>
        ))}
      </ul>
      {canUpload && (
        <form onSubmit={submit} className="upload">
          <div className="field">
            <label htmlFor="document-type">{t("documents.type")}</label>
            <select id="document-type" value={type} onChange={(e) => onType(e.target.value)}>
              {DOCUMENT_TYPES.map((d) => <option key={d} value={d}>{t(`documentType.${d}`)}</option>)}
            </select>
          </div>
          <div className={over ? "drop over" : "drop"} onDragOver={(e) => { e.preventDefault(); setOver(true); }}
            onDragLeave={() => setOver(false)} onDrop={drop} data-testid="drop-area">
            <label htmlFor="document-file">{t("documents.file")}</label>
            <input id="document-file" type="file" accept="application/pdf,image/jpeg,image/png,image/heic"
              onChange={(e) => setFile(e.target.files?.[0])} />
            <p className="hint">{t("documents.drop")}</p>
          </div>
          {progress !== undefined && (
            <progress value={progress} max={1} aria-label={t("documents.progress")}>{Math.round(progress * 100)} %</progress>
          )}
          <button type="submit" disabled={progress !== undefined}>{t("documents.upload")}</button>
        </form>
      )}
      <p role="status" className={outcome && !outcome.ok ? "error" : undefined}>{outcome?.text}</p>
    </Section>
  );
}
