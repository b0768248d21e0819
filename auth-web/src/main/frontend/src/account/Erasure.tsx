import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { signedIn } from "../auth/session";
import { date } from "../ui/format";

/** Asking for erasure (GDPR Art. 17) and where the request stands: staff decide, the server says what was kept. */
export function Erasure() {
  const { t, i18n } = useTranslation();
  const [request, setRequest] = useState<Schemas["ErasureRequest"]>();
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<string>();

  useEffect(() => {
    void signedIn.GET("/api/v1/account/erasure-request").then(({ data }) => setRequest(data ?? { status: "none" }));
  }, []);

  async function ask() {
    setAsking(true);
    const { data } = await signedIn.POST("/api/v1/account/erasure-request");
    setAsking(false);
    if (data) {
      setRequest(data);
      setStatus(t("account.erasureAsked"));
    } else {
      setStatus(t("errors.unknown"));
    }
  }

  const on = (iso?: string) => (iso ? date(i18n.language, iso) : "");
  return (
    <>
      <h3 id="erasure-title">{t("account.erasure")}</h3>
      <p>{t("account.erasureIntro")}</p>
      {request?.status === "requested" && <p id="erasure-state">{t("account.erasureWaiting", { date: on(request.requestedAt) })}</p>}
      {request?.status === "carried-out" && (
        <p id="erasure-state">{t("account.erasureDone", { date: on(request.decidedAt) })}
          {request.restrictedUntil && <> {t("account.erasureKept", { date: on(request.restrictedUntil) })}</>}</p>
      )}
      {request?.status === "refused" && (
        <p id="erasure-state">{t("account.erasureRefused", { date: on(request.decidedAt), note: request.note ?? "" })}</p>
      )}
      {(request?.status === "none" || request?.status === "refused") && (
        <button type="button" id="erase-data" className="secondary" disabled={asking} onClick={() => void ask()}>
          {t("account.erasureAsk")}
        </button>
      )}
      <p role="status">{status}</p>
    </>
  );
}
