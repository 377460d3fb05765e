/**
 * `npm run snapshot`: rewrites `snapshots/features.json` from the content, refusing while any
 * guarded cell change lacks a history entry. `npm run snapshot -- --check` (run by the unit tests)
 * changes nothing: it fails on such a change, or when the snapshot is merely out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../src/atlas/node/contentFiles';
import { formatProblems } from '../src/atlas/integrity';
import { buildFeaturesExport } from '../src/exports/exports';
import { findDrift, formatDrift, SNAPSHOT_COMMAND, SNAPSHOT_FILE, snapshotCurrent, snapshotOf, type SnapshotLike } from '../src/exports/snapshot';
import { todayIso } from '../src/schemas';
import { isEntryPoint, processIo } from './lib/cli';

export interface SnapshotOptions {
  root: string;
  contentDir: string;
  io: { stdout(s: string): void; stderr(s: string): void };
}

/** Runs the command; returns the exit code. */
export function runSnapshot(argv: readonly string[], { root, contentDir, io }: SnapshotOptions): number {
  const check = argv.includes('--check');
  const { atlas, problems } = loadContent(contentDir, root);
  if (problems.length) {
    io.stderr(`snapshot: the content has ${problems.length} problem(s); fix them first:\n${formatProblems(problems)}\n`);
    return 1;
  }
  const current = snapshotOf(buildFeaturesExport(atlas, todayIso()));
  const file = join(root, SNAPSHOT_FILE);
  const committed: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  if (committed) {
    const fileOf = (mesh: string) => atlas.meshes.find((m) => m.id === mesh)?.filePath ?? mesh;
    const drift = findDrift(committed as SnapshotLike, current);
    if (drift.length) {
      io.stderr(`${formatDrift(drift, fileOf)}\n`);
      return 1;
    }
  }
  if (committed && snapshotCurrent(committed, current)) {
    io.stdout(`snapshot: ${SNAPSHOT_FILE} is current\n`);
    return 0;
  }
  if (check) {
    io.stderr(
      committed
        ? `snapshot: ${SNAPSHOT_FILE} is out of date (the content changed, every guarded change has its history entry); run \`${SNAPSHOT_COMMAND}\`\n`
        : `snapshot: ${SNAPSHOT_FILE} is missing; run \`${SNAPSHOT_COMMAND}\`\n`,
    );
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  io.stdout(`snapshot: wrote ${SNAPSHOT_FILE}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runSnapshot(process.argv.slice(2), {
    root: process.cwd(),
    contentDir: process.env['MESH_ATLAS_CONTENT'] ?? 'content',
    io: processIo,
  });
}
