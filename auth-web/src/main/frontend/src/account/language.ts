import { accessToken, signedIn } from "../auth/session";

/**
 * Stores the portal's language with the signed-in customer, so that every email they get is in it
 * (the API writes the emails). Nothing happens for a visitor who is not signed in.
 */
export async function rememberLanguage(language: string): Promise<void> {
  if (!(await accessToken())) {
    return;
  }
  const { data } = await signedIn.GET("/api/v1/account");
  if (data && data.language !== language) {
    await signedIn.PATCH("/api/v1/account", { body: { language } });
  }
}
