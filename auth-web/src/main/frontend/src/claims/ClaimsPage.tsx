import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Schemas } from "../api/client";
import { accessToken, signedIn, signOut } from "../auth/session";
import { date, money } from "../ui/format";
import { useHeadingFocus } from "../ui/useHeadingFocus";
import { draft } from "../check/draft";
import { rememberLanguage } from "../account/language";

type State = { kind: "loading" } | { kind: "signedOut" } | { kind: "failed" } | { kind: "ready"; claims: Schemas["Claim"][] };

/** My claims: the signed-in passenger's claims, newest first, each with its status and amount. */
export default function ClaimsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ kind: "loading" });
  const heading = useHeadingFocus<HTMLHeadingElement>(state.kind);

  useEffect(() => {
    let current = true;
    (async () => {
      if (!(await accessToken())) {
        return { kind: "signedOut" } as State;
      }
      void rememberLanguage(i18n.language).catch(() => undefined); // emails follow the portal's language
      const { data } = await signedIn.GET("/api/v1/claims", { params: { query: { size: 50 } } });
      return data ? ({ kind: "ready", claims: data.items ?? [] } as State) : ({ kind: "failed" } as State);
    })().catch(() => ({ kind: "failed" }) as State).then((s) => current && setState(s));
    return () => {
      current = false;
    };
  }, []);


  if (state.kind === "loading") {
    return <p role="status">{t("frame.loading")}</p>;
  }
  if (state.kind === "signedOut") {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("claims.title")}</h1>
        <p>{t("claims.signInFirst")}</p>
        <p><Link to="/signin">{t("claims.signIn")}</Link></p>
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("claims.title")}</h1>
      {state.kind === "failed" && <p role="alert">{t("errors.unknown")}</p>}
      {state.kind === "ready" && state.claims.length === 0 && <p>{t("claims.none")}</p>}
      {state.kind === "ready" && state.claims.length > 0 && (
        <ul className="claims">
          {state.claims.map((c) => (
            <li key={c.id}>
              <h2><Link to={`/claims/${c.id}`}>{c.reference}</Link></h2>
              <p>
                <span className="status">{t(`status.${c.status}`, { defaultValue: c.status })}</span>
                {c.createdAt && <> · {t("claims.made", { date: date(i18n.language, c.createdAt) })}</>}
              </p>
              {c.compensation && <p>{t("claims.amount", { amount: money(i18n.language, c.compensation) })}</p>}
            </li>
          ))}
        </ul>
      )}
      {draft.load() && <p><Link to="/claims/new">{t("claims.continueDraft")}</Link></p>}
      <p><Link to="/">{t("claims.checkAnother")}</Link></p>
      <button type="button" className="secondary" onClick={() => void signOut().then(() => navigate("/signin"))}>
        {t("claims.signOut")}
      </button>
    </>
  );
}
