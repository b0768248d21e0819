import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface FieldProblem {
  id: string;
  message: string;
}

/** The problems of a form at its top, each a link to its field; focused when it appears. */
export function ErrorSummary({ problems, detail }: { problems: FieldProblem[]; detail?: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [problems, detail]);
  if (problems.length === 0 && !detail) {
    return null;
  }
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("errors.title")}</h2>
      {detail && <p>{detail}</p>}
      <ul>
        {problems.map((p) => (
          <li key={p.id + p.message}>
            <a href={`#${p.id}`} onClick={(e) => {
              e.preventDefault();
              document.getElementById(p.id)?.focus();
            }}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
