/**
 * Which Chromium the end-to-end tests drive, in order: the path in CHROMIUM_PATH; Playwright's own
 * browser when it is installed (a developer laptop after `npx playwright install chromium`); else the
 * system's /usr/bin/chromium (Debian's package, as on our CI machines).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // let Playwright use its own
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH');
}

/** Flags that keep Chromium from reaching out to the network on a closed machine. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];
