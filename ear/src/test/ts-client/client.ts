// A passenger's client, typed from the OpenAPI document the deployed EAR serves (openapi-typescript
// + openapi-fetch: what the passenger portal will use). TypeScriptClientIT generates the types,
// compiles this (a wrong field name or path is a compile error) and runs it in two steps:
//   node client.js request <base> <email>          asks for a sign-in link
//   node client.js claim <base> <token> <png>      signs in with the emailed token, submits a claim,
//                                                  uploads the file; prints what it made as JSON
import createClient from "openapi-fetch";
import { readFileSync } from "node:fs";
import type { paths } from "./schema.js";

async function main(): Promise<void> {
  const [phase, base, arg, file] = process.argv.slice(2);
  const api = createClient<paths>({ baseUrl: base });
  if (phase === "request") {
    const { response } = await api.POST("/api/v1/auth/magic-link", { body: { email: arg } });
    if (response.status !== 202) {
      throw new Error(`sign-in link: HTTP ${response.status}`);
    }
    console.log(JSON.stringify({ requested: arg }));
    return;
  }
  const signedIn = await api.POST("/api/v1/auth/magic-link/verify", { body: { token: arg } });
  if (!signedIn.data) {
    throw new Error(`sign-in: HTTP ${signedIn.response.status} ${JSON.stringify(signedIn.error)}`);
  }
  const headers = { Authorization: `Bearer ${signedIn.data.accessToken}` };
  const submitted = await api.POST("/api/v1/claims", {
    headers: { ...headers, "Idempotency-Key": `ts-${Date.now()}` },
    body: {
      legs: [{ from: "FRA", to: "JFK", carrier: "LH", flightNumber: "LH404", date: "2026-06-01" }],
      disruption: { type: "DELAY", arrivalDelayMinutes: 300, cause: "NONE" },
      preconditions: { checkedInOnTime: true, booking: "CONFIRMED", fare: "PUBLIC", alreadyCompensated: false },
      passengers: [{ firstName: "Grace", lastName: "Typescript", bookingReference: "TSC123" }],
      payout: { iban: "DE89370400440532013000", accountHolder: "Grace Typescript" },
      consent: { termsAccepted: true, assignmentAccepted: true, termsVersion: "2026-01" },
    },
  });
  if (!submitted.data) {
    throw new Error(`claim: HTTP ${submitted.response.status} ${JSON.stringify(submitted.error)}`);
  }
  const claim = submitted.data;
  const bytes = readFileSync(file);
  const uploaded = await api.POST("/api/v1/claims/{id}/documents", {
    headers,
    params: { path: { id: String(claim.id) }, query: { type: "boarding_pass" } },
    body: { file: "pass.png" },
    bodySerializer: () => {
      const form = new FormData();
      form.append("file", new Blob([bytes], { type: "image/png" }), "pass.png");
      return form;
    },
  });
  if (!uploaded.data) {
    throw new Error(`upload: HTTP ${uploaded.response.status} ${JSON.stringify(uploaded.error)}`);
  }
  console.log(JSON.stringify({ claim: claim.id, reference: claim.reference, ruleSet: claim.ruleSet,
    document: uploaded.data.id, documentType: uploaded.data.type, status: uploaded.response.status }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
