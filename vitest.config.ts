import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: [
      "app/**/*.test.ts",
      "db/**/*.test.ts",
      "server/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    environment: "node",
    globalSetup: ["tests/support/vitest-global-setup.ts"],
    env: { TZ: "Europe/London", NODE_ENV: "test", LOG_LEVEL: "silent" },
    // Argon2 and a real database make some tests slower than Vitest's default allows.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
