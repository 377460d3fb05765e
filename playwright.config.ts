import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

/**
 * The tests always start their own server, on a port free at the time, and never reuse one they did
 * not start (a `npm start` in another terminal is left alone). The port is chosen once, by the first
 * process that loads this config, and passed on in E2E_PORT: Playwright loads the config again in
 * every worker, and workers inherit the environment, so all of them agree. Set E2E_PORT to choose.
 */
function freePort(): string {
  // A config loads synchronously, and a socket cannot be bound synchronously: ask a tiny child.
  const probe = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim();
}
process.env['E2E_PORT'] ||= freePort();
process.env['E2E_MORE_PORT'] ||= freePort();
const port = (name: string) => {
  const value = Number(process.env[name]);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name}=${process.env[name]} is not a port number`);
  return value;
};
const PORT = port('E2E_PORT');
/** The second site: the real content plus a sixth and seventh mesh made with new:mesh (see scripts/build-more-meshes.ts). */
const MORE_PORT = port('E2E_MORE_PORT');
process.env['E2E_MORE_DIR'] ||= join(tmpdir(), `mesh-atlas-more-meshes-${MORE_PORT}`);
const MORE_DIR = process.env['E2E_MORE_DIR'];
/**
 * The specs that also run against the second site, unchanged: they choose their meshes, features
 * and pairs from its exports, so passing there shows more meshes are a content change only.
 */
const MORE_MESHES_SPECS = /(more-meshes|compare|matrix|guides)\.spec\.ts/;
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Generous ceilings: the two workers share two cores with the server and the axe audit, and the
  // suite must pass when another CPU-heavy process (a second build) runs beside it. A ceiling only
  // matters when something hangs; no test waits on a fixed delay.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /(responsive|more-meshes)\.spec\.ts/, metadata: { dist: 'dist' } },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /responsive\.spec\.ts/, metadata: { dist: 'dist' } },
    {
      name: 'more-meshes',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${MORE_PORT}` },
      testMatch: MORE_MESHES_SPECS,
      metadata: { dist: join(MORE_DIR, 'dist'), moreMeshes: true },
    },
  ],
  // Playwright starts these one after the other, so the two builds never run at once.
  webServer: [
    {
      // Tests run against the built site, as deployed: build it, then serve dist/.
      command: 'npm run build && npm run serve',
      env: { PORT: String(PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${PORT}/`,
      // Never: a server already answering on this port is someone else's, and Playwright stops.
      reuseExistingServer: false,
      timeout: 480_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `tsx scripts/build-more-meshes.ts "${MORE_DIR}" && tsx scripts/serve.ts "${join(MORE_DIR, 'dist')}"`,
      env: { PORT: String(MORE_PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${MORE_PORT}/`,
      reuseExistingServer: false,
      timeout: 480_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
