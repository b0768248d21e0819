import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { date, money } from "../ui/format";
import { useHeadingFocus } from "../ui/useHeadingFocus";

/** The answer: each regime with the amount or why not, the reasons, the law, and the deadlines to claim. */
export function CheckResult({ answer, onClaim }: { answer: Schemas["EligibilityResponse"]; onClaim: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useHeadingFocus<HTMLHeadingElement>(answer);
  const amount = (m: Schemas["Money"]) => money(i18n.language, m);
  return (
    <section className="result" aria-labelledby="result-title">
      <h2 id="result-title" ref={heading} tabIndex={-1}>{t("result.title")}</h2>
      {(answer.results ?? []).map((r) => (
        <article key={r.regime} className={r.eligible ? "regime eligible" : "regime"}>
          <h3>{t(`regime.${r.regime}`)}</h3>
          <p className="verdict">
            {!r.applicable ? t("result.notApplicable")
              : r.eligible && r.compensation ? t("result.due", { amount: amount(r.compensation) })
                : t("result.notDue")}
          </p>
          {r.manualReview && <p>{t("result.manualReview")}</p>}
          {(r.reasons ?? []).length > 0 && (
            <ul>{r.reasons!.map((reason) => <li key={reason}>{reason}</li>)}</ul>
          )}
          {(r.legalBasis ?? []).length > 0 && (
            <p className="law">{t("result.law")}: {r.legalBasis!.join("; ")}</p>
          )}
        </article>
      ))}
      {(answer.results ?? []).some((r) => r.eligible || r.manualReview) && (answer.stops ?? []).length === 0 && (
        <button type="button" onClick={onClaim}>{t("check.claim")}</button>
      )}
      {(answer.openQuestions ?? []).length > 0 && (
        <p>{t("result.openQuestions", { count: answer.openQuestions!.length })}</p>
      )}
      {(answer.deadlines ?? []).length > 0 && (
        <>
          <h3>{t("result.deadlines")}</h3>
          <ul>
            {answer.deadlines!.map((d) => (
              <li key={d.country}>{t("result.deadline", { country: d.country, date: date(i18n.language, d.deadline!, "long") })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
