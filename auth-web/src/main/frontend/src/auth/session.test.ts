import { afterEach, describe, expect, it, vi } from "vitest";

/** The API's refresh endpoint as the browser sees it: each call answers with a new access token. */
function refreshEndpoint(expiresIn = 900) {
  let calls = 0;
  const fetch = vi.fn(async (request: Request) => {
    expect(new URL(request.url).pathname).toBe("/api/v1/auth/refresh");
    calls++;
    return new Response(JSON.stringify({ accessToken: `token-${calls}`, tokenType: "Bearer", expiresIn }), {
      status: 200, headers: { "Content-Type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("the browser's access token", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("is fetched once for callers asking at the same time (a refresh token works once)", async () => {
    const fetch = refreshEndpoint();
    const { accessToken } = await import("./session");
    const tokens = await Promise.all([accessToken(), accessToken(), accessToken()]);
    expect(tokens).toEqual(["token-1", "token-1", "token-1"]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("is kept in memory until 30 s before it expires, then refreshed with the cookie", async () => {
    const fetch = refreshEndpoint(900);
    const { accessToken } = await import("./session");
    let now = 1_000_000;
    expect(await accessToken(() => now)).toBe("token-1");
    now += 860_000;
    expect(await accessToken(() => now)).toBe("token-1");
    now += 20_000;
    expect(await accessToken(() => now)).toBe("token-2");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("is undefined when the browser is not signed in", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ status: 401 }), {
      status: 401, headers: { "Content-Type": "application/problem+json" },
    })));
    const { accessToken } = await import("./session");
    expect(await accessToken()).toBeUndefined();
  });
});
