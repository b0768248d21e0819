import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Schemas } from "../api/client";
import { accessToken, signedIn, signOut } from "../auth/session";
import { date } from "../ui/format";
import { Erasure } from "./Erasure";
import { LanguagePicker } from "../ui/LanguagePicker";
import { Section } from "../ui/Section";
import { useHeadingFocus } from "../ui/useHeadingFocus";

/** The account: where the passenger is signed in (ending a session elsewhere), the language, signing out. */
export default function AccountPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [sessions, setSessions] = useState<Schemas["Session"][] | "signedOut">();
  const [status, setStatus] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const [dataStatus, setDataStatus] = useState<string>();
  const heading = useHeadingFocus<HTMLHeadingElement>(sessions === undefined);

  const load = useCallback(async () => {
    if (!(await accessToken())) {
      setSessions("signedOut");
      return;
    }
    const { data } = await signedIn.GET("/api/v1/auth/sessions");
    setSessions(data ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function end(session: Schemas["Session"]) {
    await signedIn.DELETE("/api/v1/auth/sessions/{id}", { params: { path: { id: session.id ?? "" } } });
    setStatus(t("account.ended", { device: session.device ?? t("account.unknownDevice") }));
    await load();
  }

  /** The zip of everything we hold (GET /account/data-export), saved as a file: the token rides in a header, not a link. */
  async function downloadData() {
    setExporting(true);
    setDataStatus(t("account.dataPreparing"));
    try {
      const { data, response } = await signedIn.GET("/api/v1/account/data-export", { parseAs: "blob" });
      if (response.status === 429) {
        const seconds = Number(response.headers.get("Retry-After")) || 3600;
        setDataStatus(t("account.dataTooOften", { count: Math.max(1, Math.ceil(seconds / 60)) }));
        return;
      }
      if (!response.ok || !(data instanceof Blob)) {
        throw new Error(String(response.status));
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1]
        ?? "flightclaim-personal-data.zip";
      const link = document.createElement("a");
      link.href = URL.createObjectURL(data);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      setDataStatus(t("account.dataReady", { name, size: Math.max(1, Math.round(data.size / 1024)) }));
    } catch {
      setDataStatus(t("errors.unknown"));
    } finally {
      setExporting(false);
    }
  }

  if (sessions === undefined) {
    return <p role="status">{t("frame.loading")}</p>;
  }
  if (sessions === "signedOut") {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("account.title")}</h1>
        <p><Link to="/signin">{t("claims.signIn")}</Link></p>
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("account.title")}</h1>
      <Section id="sessions-title" title={t("account.sessions")}>
        <ul className="sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <p className="device">{s.device ?? t("account.unknownDevice")}</p>
              <p className="hint">{t("account.since", { date: date(i18n.language, s.createdAt ?? "") })}
                {s.ip && <> · {s.ip}</>}</p>
              {s.current ? <p><strong>{t("account.thisDevice")}</strong></p> : (
                <button type="button" className="secondary" onClick={() => void end(s)}>
                  {t("account.end")}
                </button>
              )}
            </li>
          ))}
        </ul>
        <p role="status">{status}</p>
      </Section>
      <Section id="language-title" title={t("account.language")}>
        <LanguagePicker />
      </Section>
      <Section id="data-title" title={t("account.data")}>
        <p>{t("account.dataIntro")}</p>
        <button type="button" id="download-data" className="secondary" disabled={exporting}
          onClick={() => void downloadData()}>
          {t("account.dataDownload")}
        </button>
        <p role="status">{dataStatus}</p>
        <Erasure />
      </Section>
      <button type="button" id="sign-out" className="secondary" onClick={() => void signOut().then(() => navigate("/signin"))}>
        {t("claims.signOut")}
      </button>
    </>
  );
}
