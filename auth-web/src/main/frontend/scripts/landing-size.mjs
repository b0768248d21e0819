// The JavaScript a first visit to the landing page loads, gzipped, against the ceiling of 150 KB:
// the entry chunk, the check page's chunk (the route "/") and what either imports statically.
// Run by `npm run build` from Vite's manifest; the figure goes to docs/benchmarks.md.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";

const out = process.env.PORTAL_OUT_DIR ?? "../../../target/portal";
const manifest = JSON.parse(await readFile(path.join(out, ".vite", "manifest.json"), "utf8"));
const CEILING = 150 * 1024;
const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit("index.html");
visit("src/check/CheckPage.tsx");
let total = 0;
for (const file of files) {
  total += gzipSync(await readFile(path.join(out, file)), { level: 9 }).length;
}
console.log(`landing page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${files.size} files`
  + ` = ${(total / CEILING).toFixed(2)} of the 150 KB ceiling`);
if (total > CEILING) {
  throw new Error("the landing page's JavaScript is over its 150 KB ceiling");
}
