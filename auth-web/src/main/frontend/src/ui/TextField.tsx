export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  type?: "text" | "number" | "date" | "tel";
  autoComplete?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled input with its hint and, when the API refused it, the reason next to it. */
export function TextField({ id, label, hint, type = "text", autoComplete, value, error, onChange }: TextFieldProps) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="error" id={`${id}-error`}>{error}</span>}
      <input id={id} type={type} value={value} autoComplete={autoComplete} inputMode={type === "number" ? "numeric" : undefined}
        min={type === "number" ? 0 : undefined} aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
