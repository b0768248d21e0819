import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built by Maven (auth-web: npm ci, npm run build) into target/portal, which the WAR serves at "/".
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.PORTAL_OUT_DIR ?? "../../../target/portal",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    reportCompressedSize: true,
    manifest: true, // for scripts/landing-size.mjs
  },
  server: { proxy: { "/api": "http://localhost:8080" } },
  test: { environment: "jsdom" },
});
