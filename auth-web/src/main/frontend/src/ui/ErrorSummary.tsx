import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "../api/client";

export interface FieldProblem {
  id: string;
  message: string;
}

/**
 * What a form shows of the API's problem: each field error at the form's field ({@code fieldOf} maps the
 * API's name to the field's id), or, when no field is named, the problem's detail and reasons.
 */
export function shownProblem(error: unknown, fieldOf: (apiField: string) => string, fallback: string):
    { problems: FieldProblem[]; detail?: string } {
  const problem = error as Problem | undefined;
  const problems = (problem?.errors ?? []).map((f) => ({ id: fieldOf(f.field ?? ""), message: f.message ?? "" }));
  const detail = [problem?.detail, ...(problem?.reasons ?? [])].filter(Boolean).join(" ") || fallback;
  return { problems, detail: problems.length ? undefined : detail };
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
