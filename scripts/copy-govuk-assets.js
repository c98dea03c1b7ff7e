// GOV.UK Frontend's CSS refers to its fonts and images at /assets/…; Vite serves
// and builds public/, so the package's assets are copied there (and git-ignored).
import { cpSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageRoot = path.dirname(require.resolve("govuk-frontend/package.json"));
cpSync(path.join(packageRoot, "dist/govuk/assets"), "public/assets", { recursive: true });
