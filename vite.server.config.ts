import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

/**
 * `npm start`'s server, compiled: the Express server and its web workers
 * (server/main.ts) as plain JavaScript, so production runs on `node` alone.
 * Under tsx each process also ran a loader thread with a JavaScript heap of its
 * own, about 35 MB resident a process for nothing a request uses. Packages stay
 * in node_modules; only our TypeScript is compiled.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  build: {
    ssr: "server/main.ts",
    outDir: `${process.env.BUILD_DIR ?? "build"}/start`,
    target: "node20",
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: "main.js", chunkFileNames: "[name].js" } },
  },
  publicDir: false,
  logLevel: "warn",
});
