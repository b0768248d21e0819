import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { LanguagePicker } from "./ui/LanguagePicker";

const CheckPage = lazy(() => import("./check/CheckPage"));
const SignInPage = lazy(() => import("./auth/SignInPage"));
const ClaimsPage = lazy(() => import("./claims/ClaimsPage"));
const NewClaimPage = lazy(() => import("./claims/NewClaimPage"));
const ClaimPage = lazy(() => import("./claims/ClaimPage"));
const AccountPage = lazy(() => import("./account/AccountPage"));
const NotFoundPage = lazy(() => import("./ui/NotFoundPage"));

/** The portal's frame: a skip link, the header with the language, and the page of the route. */
export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip" href="#main">{t("frame.skip")}</a>
      <header className="frame">
        <Link to="/" className="brand">Flight Claim</Link>
        <nav aria-label={t("frame.navigation")}>
          <Link to="/claims">{t("frame.myClaims")}</Link>{" "}
          <Link to="/account">{t("frame.account")}</Link>
        </nav>
        <LanguagePicker />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t("frame.loading")}</p>}>
          <Routes>
            <Route path="/" element={<CheckPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/claims" element={<ClaimsPage />} />
            <Route path="/claims/new" element={<NewClaimPage />} />
            <Route path="/claims/:id" element={<ClaimPage />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
