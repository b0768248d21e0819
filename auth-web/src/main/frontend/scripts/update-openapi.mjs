// Saves the OpenAPI document of a running server (default: the run command's) as openapi.json, the
// document the portal's typed client is generated from. PortalApiDocumentIT fails when the deployed
// EAR serves another: after changing the API, start the server and run `npm run openapi:update`.
// The address-dependent parts (servers, contact) are left out, so every server gives the same file.
import { writeFile } from "node:fs/promises";

const base = process.argv[2] ?? "http://localhost:8080";
const response = await fetch(`${base}/openapi?format=JSON`);
if (!response.ok) {
  throw new Error(`${base}/openapi answered ${response.status}`);
}
const document = await response.json();
delete document.servers;
delete document.info.contact;
await writeFile(new URL("../openapi.json", import.meta.url), JSON.stringify(sorted(document), null, 1) + "\n");
console.log(`openapi.json: ${Object.keys(document.paths).length} paths from ${base}`);

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  }
  return value;
}
