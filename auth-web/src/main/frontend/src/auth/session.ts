import createClient from "openapi-fetch";
import type { paths } from "../api/schema";

/**
 * The browser's sign-in: the refresh token is an HttpOnly cookie the API set (never seen here); the
 * access token lives in this module's memory only and is fetched with the cookie when missing or about
 * to expire. One refresh at a time: a refresh token works once, and presenting it twice would end the
 * session (the API's theft detection).
 */
const auth = createClient<paths>({ baseUrl: location.origin, credentials: "same-origin" });

interface Access {
  token: string;
  until: number;
}

let access: Access | undefined;
let refreshing: Promise<Access | undefined> | undefined;

/** The access token, refreshed with the cookie when needed; undefined when the browser is not signed in. */
export async function accessToken(now: () => number = Date.now): Promise<string | undefined> {
  if (access && access.until - 30_000 > now()) {
    return access.token;
  }
  refreshing ??= auth.POST("/api/v1/auth/refresh", { body: {} })
    .then(({ data }) => (data?.accessToken ? { token: data.accessToken, until: now() + (data.expiresIn ?? 0) * 1000 } : undefined))
    .catch(() => undefined)
    .finally(() => {
      refreshing = undefined;
    });
  access = await refreshing;
  return access?.token;
}

/** Ends the session on the server (which also removes the cookie) and forgets the access token. */
export async function signOut(): Promise<void> {
  const token = await accessToken();
  access = undefined;
  if (token) {
    await auth.POST("/api/v1/auth/logout", { headers: { Authorization: `Bearer ${token}` } });
  }
}

/** The API as the signed-in passenger: every request carries the access token. */
export const signedIn = createClient<paths>({ baseUrl: location.origin });
signedIn.use({
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return request;
  },
});
