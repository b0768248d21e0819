// The Maven build's step: `npm run build` unless the portal's sources are those of the last build in
// the output folder (a hash of them is kept there), so the run command does not rebuild an unchanged
// portal (about 5 s). A changed file, a new dependency or an API document update rebuilds.
import { createHash } from "node:crypto";
import { execSync } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

const out = process.env.PORTAL_OUT_DIR ?? "../../../target/portal";
const inputs = ["index.html", "package.json", "package-lock.json", "openapi.json", "tsconfig.json", "vite.config.ts",
  "scripts", "src"];
const hash = createHash("sha256");
for (const file of (await Promise.all(inputs.map(files))).flat().sort()) {
  hash.update(file).update(await readFile(file));
}
const digest = hash.digest("hex");
const stamp = path.join(out, ".vite", "sources.sha256");
const previous = await readFile(stamp, "utf8").catch(() => "");
if (previous === digest) {
  console.log("portal unchanged since its last build: not rebuilt");
} else {
  execSync("npm run build", { stdio: "inherit" });
  await writeFile(stamp, digest);
}

async function files(entry) {
  if (entry.endsWith(".d.ts")) return [];
  const stat = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!stat) return [entry];
  return (await Promise.all(stat.map((d) => files(path.join(entry, d.name))))).flat();
}
