import { useTranslation } from "react-i18next";
import { LANGUAGES, switchLanguage, type Language } from "../i18n";
import { rememberLanguage } from "../account/language";

/** Each language named in itself, so a passenger finds theirs whatever the page is in. */
const NAMES: Record<Language, string> = {
  en: "English", de: "Deutsch", fr: "Français", es: "Español", it: "Italiano", nl: "Nederlands", pl: "Polski",
};

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t("frame.language")}</span>
      <select value={i18n.language} onChange={(e) => {
        const language = e.target.value as Language;
        void switchLanguage(language).then(() => rememberLanguage(language)).catch(() => undefined);
      }}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>{NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
