import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/browser";
import { E2E_PORT } from "./e2e/server";

const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-reports/e2e.json" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "on-first-retry",
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx --no-install tsx e2e/server.ts",
    url: `${baseURL}/login`,
    // The first run builds the app.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
