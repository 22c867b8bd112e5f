import { existsSync } from "node:fs";

/** Playwright cannot download its own browsers here: use the system Chromium (Debian package `chromium`). */
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): string | null {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export const HOW_TO_GET_CHROMIUM =
  "No Chromium browser found for the end-to-end tests.\n" +
  "  Debian/Ubuntu:  sudo apt-get install -y chromium\n" +
  "  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium";
