/**
 * `npm run stale`: the cells a maintainer should re-check, by mesh, with why each is stale (never
 * checked, checked against an older release than the profile's, or checked too long ago).
 * `--mesh <id>` limits the list; `--json` prints it as data. Exits 0: stale cells are work, not errors.
 */
import { loadContent } from '../src/atlas/node/contentFiles';
import { formatProblems } from '../src/atlas/integrity';
import { staleCells } from '../src/atlas/history';
import { STALE_AFTER_DAYS, staleReasonText } from '../src/atlas/freshness';
import { todayIso } from '../src/schemas';
import { isEntryPoint, processIo } from './lib/cli';

export interface StaleOptions {
  root: string;
  contentDir: string;
  today: string;
  io: { stdout(s: string): void; stderr(s: string): void };
}

export function runStale(argv: readonly string[], { root, contentDir, today, io }: StaleOptions): number {
  const { atlas, problems } = loadContent(contentDir, root);
  if (problems.length) {
    io.stderr(`stale: the content has ${problems.length} problem(s); fix them first:\n${formatProblems(problems)}\n`);
    return 1;
  }
  const meshIndex = argv.indexOf('--mesh');
  const meshId = meshIndex >= 0 ? argv[meshIndex + 1] : undefined;
  if (meshIndex >= 0 && (!meshId || !atlas.meshes.some((m) => m.id === meshId))) {
    io.stderr(`stale: --mesh needs a mesh id (${atlas.meshes.map((m) => m.id).sort().join(', ')})\n`);
    return 2;
  }
  const cells = staleCells(atlas, today).filter((c) => !meshId || c.mesh.id === meshId);
  if (argv.includes('--json')) {
    io.stdout(
      `${JSON.stringify(
        cells.map((c) => ({ mesh: c.mesh.id, feature: c.feature.id, file: c.mesh.filePath, verified: c.cell.verified ?? null, verifiedAgainst: c.cell.verifiedAgainst ?? null, reasons: c.reasons.map(staleReasonText) })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  io.stdout(`Stale cells on ${today} (policy: checked against the reviewed release, within ${STALE_AFTER_DAYS} days): ${cells.length}\n`);
  let file = '';
  for (const c of cells) {
    if (c.mesh.filePath !== file) {
      file = c.mesh.filePath;
      io.stdout(`\n${file} (reviewed ${c.mesh.data.versionReviewed})\n`);
    }
    io.stdout(`  support.${c.feature.id}: ${c.reasons.map(staleReasonText).join('; ')}\n`);
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runStale(process.argv.slice(2), {
    root: process.cwd(),
    contentDir: process.env['MESH_ATLAS_CONTENT'] ?? 'content',
    today: todayIso(),
    io: processIo,
  });
}
