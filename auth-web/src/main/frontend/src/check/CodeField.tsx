import { useEffect, useId, useState } from "react";
import { api } from "../api/client";

interface Suggestion {
  code: string;
  label: string;
}

/** Airports or airlines matching what was typed (2 characters or more), from the reference data API. */
async function suggestions(source: "airports" | "airlines", q: string): Promise<Suggestion[]> {
  if (source === "airports") {
    const { data } = await api.GET("/api/v1/airports", { params: { query: { q, size: 8 } } });
    return (data?.items ?? []).filter((a) => a.iata).map((a) => ({
      code: a.iata!, label: `${a.name ?? ""}${a.city ? `, ${a.city}` : ""}`,
    }));
  }
  const { data } = await api.GET("/api/v1/airlines", { params: { query: { q, size: 8 } } });
  return (data?.items ?? []).filter((a) => a.iata).map((a) => ({ code: a.iata!, label: a.name ?? "" }));
}

interface Props {
  id: string;
  label: string;
  hint: string;
  source: "airports" | "airlines";
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * A code (IATA) typed or picked from suggestions: a native input with a datalist, which every browser
 * and screen reader already knows how to use; the suggestions follow what is typed.
 */
export function CodeField({ id, label, hint, source, value, error, onChange }: Props) {
  const list = useId();
  const [options, setOptions] = useState<Suggestion[]>([]);
  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    const timer = setTimeout(() => {
      suggestions(source, q).then(setOptions, () => setOptions([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [source, value]);
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>{hint}</span>
      {error && <span className="error" id={`${id}-error`}>{error}</span>}
      <input id={id} list={list} value={value} autoComplete="off" autoCapitalize="characters" spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)} />
      <datalist id={list}>
        {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
      </datalist>
    </div>
  );
}
