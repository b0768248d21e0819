import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface FieldProblem {
  id: string;
  message: string;
}

/** The problems of a form at its top, each a link to its field; focused when it appears. */
export function ErrorSummary({ problems, detail, go = (id) => document.getElementById(id)?.focus() }: {
  problems: FieldProblem[];
  detail?: string;
  /** Brings the field into view and focuses it (a form in steps first shows the field's step). */
  go?: (id: string) => void;
}) {
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
              go(p.id);
            }}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
