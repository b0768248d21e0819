import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";

/** The portal's languages; adding one is adding src/locales/<code>.json and its code here. */
export const LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];

const others = import.meta.glob<{ default: Record<string, unknown> }>(["./locales/*.json", "!./locales/en.json"]);
const STORED = "flightclaim.language";

/** The stored choice, else the browser's first language the portal has, else English. */
export function preferredLanguage(stored: string | null, browser: readonly string[]): Language {
  const wanted = [stored ?? "", ...browser].map((l) => l.toLowerCase().split("-")[0]);
  return (wanted.find((l) => (LANGUAGES as readonly string[]).includes(l)) as Language) ?? "en";
}

/** Loads a language's texts (English is in the bundle, the others load when chosen) and switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    const texts = await others[`./locales/${language}.json`]();
    i18n.addResourceBundle(language, "translation", texts.default);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORED, language); // the choice only: nothing personal is kept in the browser
  } catch {
    /* private mode: the choice lasts this visit */
  }
}

export async function startI18n(): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false }, // React escapes
  });
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORED);
  } catch {
    /* no storage */
  }
  await switchLanguage(preferredLanguage(stored, navigator.languages ?? [navigator.language]));
}

export default i18n;
