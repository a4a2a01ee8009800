// Starts Debian's Chromium through playwright-core; never downloads a browser.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Debian's fonts-dejavu-core: the only font of a fresh machine. */
const DEJAVU = "/usr/share/fonts/truetype/dejavu";

/**
 * A fontconfig file that shows Chromium only DejaVu Sans, as on a fresh Debian machine where Helvetica,
 * Arial and sans-serif all fall back to it: `--fonts=dejavu` on the command line of a check.
 */
function dejavuOnly(profile) {
  if (!existsSync(DEJAVU)) throw new Error(`${DEJAVU} is missing: apt-get install fonts-dejavu-core`);
  const file = join(profile, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${DEJAVU}</dir><cachedir>${join(profile, "fc-cache")}</cachedir><include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>`,
  );
  return file;
}

/** Which fonts the browser sees: `"system"` (default) or `"dejavu"` (from `--fonts=dejavu`). */
export const FONTS = process.argv.includes("--fonts=dejavu") ? "dejavu" : "system";

/** Runs `work(context)` in a fresh headless Chromium profile and always cleans up. */
export async function withBrowser(work) {
  const profile = mkdtempSync(join(tmpdir(), "poll-trend-chromium-"));
  const env = FONTS === "dejavu" ? { ...process.env, FONTCONFIG_FILE: dejavuOnly(profile) } : process.env;
  const context = await chromium.launchPersistentContext(join(profile, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    env,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    return await work(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
