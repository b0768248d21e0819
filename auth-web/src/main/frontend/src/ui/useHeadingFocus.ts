import { useEffect, useRef } from "react";

/** Focus on a page's or step's heading when it appears, so a screen reader starts there (not at the top). */
export function useHeadingFocus<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
