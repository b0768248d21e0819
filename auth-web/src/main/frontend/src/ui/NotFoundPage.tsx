import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useHeadingFocus } from "./useHeadingFocus";

export default function NotFoundPage() {
  const { t } = useTranslation();
  const heading = useHeadingFocus<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t("notFound.title")}</h1>
      <p><Link to="/">{t("notFound.back")}</Link></p>
    </>
  );
}
