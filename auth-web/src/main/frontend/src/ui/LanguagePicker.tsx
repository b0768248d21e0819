import { useTranslation } from "react-i18next";
import { LANGUAGES, switchLanguage, type Language } from "../i18n";

/** Each language named in itself, so a passenger finds theirs whatever the page is in. */
const NAMES: Record<Language, string> = {
  en: "English", de: "Deutsch", fr: "Français", es: "Español", it: "Italiano", nl: "Nederlands", pl: "Polski",
};

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t("frame.language")}</span>
      <select value={i18n.language} onChange={(e) => void switchLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>{NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
