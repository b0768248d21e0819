import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { ErrorSummary, shownProblem, type FieldProblem } from "../ui/ErrorSummary";
import { useHeadingFocus } from "../ui/useHeadingFocus";

/** Sign in by magic link: the address, then "check your email". The link finishes on /login/verify. */
export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [detail, setDetail] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useHeadingFocus<HTMLHeadingElement>(sent);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const { error, response } = await api.POST("/api/v1/auth/magic-link", { body: { email: email.trim(), language: i18n.language } });
      if (response.ok) {
        setSent(email.trim());
        setProblems([]);
        setDetail(undefined);
      } else {
        const shown = shownProblem(error, () => "email", t("errors.unknown"));
        setProblems(shown.problems);
        setDetail(shown.detail);
      }
    } catch {
      setDetail(t("errors.offline"));
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t("signIn.sentTitle")}</h1>
        <p>{t("signIn.sent", { email: sent })}</p>
        <p className="hint">{t("signIn.sentHint")}</p>
      </>
    );
  }
  const error = problems[0]?.message;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.lead")}</p>
      <ErrorSummary problems={problems} detail={detail} />
      <form onSubmit={submit} noValidate>
        <div className={error ? "field invalid" : "field"}>
          <label htmlFor="email">{t("signIn.email")}</label>
          {error && <span className="error" id="email-error">{error}</span>}
          <input id="email" type="email" autoComplete="email" value={email} required
            aria-invalid={error ? true : undefined} aria-describedby={error ? "email-error" : undefined}
            onChange={(e) => setEmail(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>{t("signIn.submit")}</button>
      </form>
    </>
  );
}
