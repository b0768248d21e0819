import type { ReactNode } from "react";

/** A part of a page named by its heading (a landmark a screen reader lists), with what to say when it is empty. */
export function Section({ id, title, empty, children }: { id: string; title: string; empty?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty && <p>{empty}</p>}
      {children}
    </section>
  );
}
