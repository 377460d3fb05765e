/**
 * `npm test`: runs every stage — type check, unit tests, end-to-end tests — even when an earlier one
 * fails, so one run shows everything that is wrong; then one line per stage (pass/fail, seconds),
 * and a non-zero exit if any stage failed. Each stage is an npm script and can be run alone.
 *
 *   npm test                       every stage
 *   npm test -- --only unit        some stages (comma-separated: --only check,unit)
 *   npm test -- --skip e2e         every stage but these
 *
 * Stages inherit the terminal, so Vitest's and Playwright's own summaries appear as they print them.
 * SIGINT and SIGTERM go to every process of the running stage; no further stage starts after one.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const STAGES = [
  { name: 'check', script: 'check', what: 'astro check (TypeScript)' },
  { name: 'unit', script: 'test:unit', what: 'Vitest unit tests' },
  { name: 'e2e', script: 'test:e2e', what: 'Playwright end-to-end tests (builds the site)' },
] as const;
type StageName = (typeof STAGES)[number]['name'];
const NAMES = STAGES.map((stage) => stage.name);

function usage(problem?: string): never {
  if (problem) console.error(`npm test: ${problem}`);
  const text = `usage: npm test [-- --only ${NAMES.join(',')}] [-- --skip ${NAMES.join(',')}]\nstages: ${STAGES.map((s) => `${s.name} (npm run ${s.script}: ${s.what})`).join('; ')}`;
  (problem ? console.error : console.log)(text);
  process.exit(problem ? 2 : 0);
}

function parseArgs(argv: string[]): Set<StageName> {
  let selected = new Set<StageName>(NAMES);
  const names = (value: string | undefined, flag: string): StageName[] => {
    if (!value) usage(`${flag} needs stage names`);
    const list = value.split(',').map((name) => name.trim()).filter(Boolean);
    for (const name of list) if (!(NAMES as string[]).includes(name)) usage(`unknown stage "${name}"`);
    return list as StageName[];
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') usage();
    else if (flag === '--only') selected = new Set(names(inline ?? argv[++i], flag));
    else if (flag === '--skip') for (const name of names(inline ?? argv[++i], flag)) selected.delete(name);
    else usage(`unknown argument "${argv[i]}"`);
  }
  if (selected.size === 0) usage('no stage left to run');
  return selected;
}

const selected = parseArgs(process.argv.slice(2));
let running: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;
/** Signals the stage's whole process group: npm does not pass a SIGTERM on to the tool it runs. */
function signalStage(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    if (running) signalStage(running, signal);
  });
}

function runStage(script: string): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    // Its own process group (detached), so a signal reaches every process of the stage, once: a
    // Ctrl+C on the terminal reaches this runner, which passes it on.
    const child = spawn('npm', ['run', script], { stdio: 'inherit', env: process.env, detached: true });
    running = child;
    child.once('error', (error) => {
      running = undefined;
      resolve({ ok: false, detail: `could not start npm: ${error.message}` });
    });
    child.once('exit', (code, signal) => {
      running = undefined;
      // Interrupted: end whatever of the stage outlived its npm.
      if (interrupted) signalStage(child, 'SIGKILL');
      resolve({ ok: code === 0, detail: signal ? `killed by ${signal}` : code === 0 ? '' : `exit ${code}` });
    });
  });
}

const results: { name: string; status: 'pass' | 'FAIL' | 'not run'; seconds: number; detail: string }[] = [];
for (const stage of STAGES) {
  if (!selected.has(stage.name)) continue;
  if (interrupted) {
    results.push({ name: stage.name, status: 'not run', seconds: 0, detail: `interrupted by ${interrupted}` });
    continue;
  }
  console.log(`\n=== npm test: stage ${stage.name}: npm run ${stage.script} (${stage.what})\n`);
  const start = performance.now();
  const { ok, detail } = await runStage(stage.script);
  results.push({ name: stage.name, status: ok ? 'pass' : 'FAIL', seconds: (performance.now() - start) / 1000, detail });
}

console.log('\n=== npm test: stages');
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  console.log(`${r.name.padEnd(width)}  ${r.status.padEnd(7)}  ${r.seconds.toFixed(1).padStart(6)} s${r.detail ? `  (${r.detail})` : ''}`);
}
const failed = results.some((r) => r.status !== 'pass');
process.exit(interrupted ? (interrupted === 'SIGINT' ? 130 : 143) : failed ? 1 : 0);
