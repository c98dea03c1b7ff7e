import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { freePort } from "./tests/support/free-port";

// Chosen once in the main process; workers inherit it through the environment.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_DATABASE_PORT ??= String(await freePort());
// The portal sends email over SMTP to a test mail server (tests/e2e/support/smtp-sink.ts).
process.env.E2E_SMTP_PORT ??= String(await freePort());
process.env.E2E_SMTP_HTTP_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

// Playwright cannot download its own browser here, so Debian's Chromium is used when present.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", launchOptions, timezoneId: "Europe/London", locale: "en-GB" },
  projects: [
    // Tests tagged @no-js run in both projects; @no-js-only journeys are the JavaScript-off versions of one run with it.
    { name: "javascript", use: { ...devices["Desktop Chrome"], ...{ launchOptions } }, grepInvert: /@no-js-only/ },
    {
      name: "no-javascript",
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, ...{ launchOptions } },
      grep: /@no-js/,
    },
  ],
  webServer: [
    {
      command: "tsx tests/e2e/support/smtp-sink.ts",
      url: `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/healthz`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "tsx tests/e2e/support/serve.ts",
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port),
        // Two web workers, not one per core, on any machine: consecutive requests of one journey land on different
        // processes, so the suite proves nothing a page needs is kept in one process's memory (issue 16).
        WEB_CONCURRENCY: "2",
        APP_URL: baseURL,
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        DEMO_PASSWORD: "front-door-demo-2026",
        SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      },
    },
  ],
});
