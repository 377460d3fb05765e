/** What the command-line scripts share: knowing whether they were run or imported, and their output. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * True when the module at `moduleUrl` (its `import.meta.url`) is the script node (or tsx) was asked
 * to run, not a module a test imported.
 */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** The process's own stdout and stderr, as the scripts' `io` argument. */
export const processIo = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
