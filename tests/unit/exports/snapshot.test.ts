/**
 * The drift check: the committed snapshot of the features export against the content. The first
 * test is the check itself (it fails `npm test` when a guarded cell field changes without a history
 * entry); the rest show, on scratch copies, that it catches such a change and passes once the entry
 * exists and the snapshot is updated.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSnapshot } from '../../../scripts/snapshot';
import { findDrift, formatDrift, snapshotCurrent, snapshotOf, SNAPSHOT_FILE, type SnapshotLike } from '../../../src/exports/snapshot';
import { buildFeaturesExport } from '../../../src/exports/exports';
import { atlasFrom, clone } from '../fixtures';

const run = (argv: string[], root: string) => {
  let stdout = '';
  let stderr = '';
  const code = runSnapshot(argv, { root, contentDir: join(root, 'content'), io: { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) } });
  return { code, stdout, stderr };
};

describe('the committed snapshot', () => {
  it('matches the content: no guarded change without its history entry, and nothing else out of date', () => {
    const { code, stdout, stderr } = run(['--check'], process.cwd());
    expect(stderr).toBe('');
    expect([code, stdout]).toStrictEqual([0, `snapshot: ${SNAPSHOT_FILE} is current\n`]);
  });
});

/** A scratch copy of the project's content and snapshot. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), 'mesh-atlas-drift-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('snapshots', join(root, 'snapshots'), { recursive: true });
  return root;
}
const meshFile = (root: string) => join(root, 'content', 'meshes', 'linkerd.mdx');

describe('a level changed in a scratch copy', () => {
  // The first cell of the Linkerd file whose level is "full", changed to "partial".
  const change = (text: string) => {
    const match = /^  ([a-z0-9-]+):\n    level: full\n/m.exec(text)!;
    return { feature: match[1]!, text: text.replace(match[0], `  ${match[1]}:\n    level: partial\n`) };
  };

  it('fails without a history entry, naming the file, the cell and the command', () => {
    const root = scratch();
    const { feature, text } = change(readFileSync(meshFile(root), 'utf8'));
    writeFileSync(meshFile(root), text);
    const { code, stderr } = run(['--check'], root);
    expect(code).toBe(1);
    expect(stderr).toContain(`content/meshes/linkerd.mdx: support.${feature}.level "full" → "partial"`);
    expect(stderr).toContain('then run `npm run snapshot` to update the snapshot.');
    // Updating the snapshot is refused too, and writes nothing.
    const before = readFileSync(join(root, SNAPSHOT_FILE), 'utf8');
    expect(run([], root).code).toBe(1);
    expect(readFileSync(join(root, SNAPSHOT_FILE), 'utf8')).toBe(before);
  });

  it('passes once the entry is added and the snapshot updated', () => {
    const root = scratch();
    const { feature, text } = change(readFileSync(meshFile(root), 'utf8'));
    // The entry goes at the end of the cell: after its last line before the next cell.
    const start = text.indexOf(`  ${feature}:\n    level: partial\n`);
    const next = text.slice(start + 1).search(/^  [a-z0-9-]+:$/m) + start + 1;
    const cell = text.slice(start, next);
    const entry = [
      "      - kind: review",
      "        date: '2026-12-01'",
      '        field: level',
      '        from: full',
      '        to: partial',
      '        reason: A scratch-copy change for the drift test.',
      '        sources: [linkerd-docs-architecture]',
    ].join('\n');
    const edited = cell.includes('    history:\n') ? `${cell.trimEnd()}\n${entry}\n` : `${cell.trimEnd()}\n    history:\n${entry}\n`;
    writeFileSync(meshFile(root), text.slice(0, start) + edited + text.slice(next));
    const check = run(['--check'], root);
    expect([check.code, check.stderr]).toStrictEqual([1, `snapshot: ${SNAPSHOT_FILE} is out of date (the content changed, every guarded change has its history entry); run \`npm run snapshot\`\n`]);
    expect(run([], root)).toStrictEqual({ code: 0, stdout: `snapshot: wrote ${SNAPSHOT_FILE}\n`, stderr: '' });
    expect(run(['--check'], root).code).toBe(0);
  });

  it('reports a missing snapshot, and a content problem before anything else', () => {
    const root = mkdtempSync(join(tmpdir(), 'mesh-atlas-drift-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    expect(run(['--check'], root).stderr).toBe(`snapshot: ${SNAPSHOT_FILE} is missing; run \`npm run snapshot\`\n`);
    writeFileSync(join(root, 'content', 'sources', 'Broken_Id.yaml'), 'title: x\n');
    const broken = run(['--check'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^snapshot: the content has \d+ problem\(s\); fix them first:/);
  });
});

describe('finding drift', () => {
  const snap = (support: Record<string, object>): SnapshotLike => ({ features: [{ id: 'mtls', support }] });

  it('finds each guarded field that changed without a matching entry', () => {
    const before = snap({ a: { level: 'full', maturity: 'beta', requires: ['waypoint'], since: null, removed: null, history: [] } });
    const after = snap({ a: { level: 'partial', maturity: 'stable', requires: ['opt-in'], since: '1.2', removed: null, history: [] } });
    expect(findDrift(before, after)).toStrictEqual([
      { feature: 'mtls', mesh: 'a', field: 'level', from: 'full', to: 'partial' },
      { feature: 'mtls', mesh: 'a', field: 'maturity', from: 'beta', to: 'stable' },
      { feature: 'mtls', mesh: 'a', field: 'requires', from: ['waypoint'], to: ['opt-in'] },
      { feature: 'mtls', mesh: 'a', field: 'since', from: null, to: '1.2' },
    ]);
  });

  it('accepts a change its entry records (same field, from and to), lists in any order', () => {
    const before = snap({ a: { level: 'full', requires: ['waypoint', 'opt-in'], history: [] } });
    const recorded = snap({ a: { level: 'partial', requires: ['opt-in', 'waypoint'], history: [{ field: 'level', from: 'full', to: 'partial' }] } });
    expect(findDrift(before, recorded)).toStrictEqual([]);
    const wrongFrom = snap({ a: { level: 'partial', requires: ['opt-in', 'waypoint'], history: [{ field: 'level', from: 'none', to: 'partial' }] } });
    const wrongField = snap({ a: { level: 'partial', requires: ['opt-in', 'waypoint'], history: [{ field: 'maturity', from: 'full', to: 'partial' }] } });
    expect(findDrift(before, wrongFrom)).toHaveLength(1);
    expect(findDrift(before, wrongField)).toHaveLength(1);
  });

  it('treats new features and new meshes as additions, not drift', () => {
    const before = snap({ a: { level: 'full' } });
    expect(findDrift(before, { features: [{ id: 'mtls', support: { a: { level: 'full' }, b: { level: 'none' } } }, { id: 'new', support: { a: { level: 'none' } } }] })).toStrictEqual([]);
  });

  it('prints every cell with its file, then what to do', () => {
    const text = formatDrift(
      [{ feature: 'mtls', mesh: 'a', field: 'level', from: 'full', to: 'partial' }, { feature: 'fips', mesh: 'b', field: 'requires', from: [], to: ['enterprise'] }],
      (mesh) => `content/meshes/${mesh}.mdx`,
    );
    expect(text.split('\n')).toStrictEqual([
      `2 cell changes without a history entry (compared with ${SNAPSHOT_FILE}):`,
      '  content/meshes/a.mdx: support.mtls.level "full" → "partial"',
      '  content/meshes/b.mdx: support.fips.requires not set → "enterprise"',
      'Add a history entry to each cell (kind, date or version, field: level, from, to, reason, sources; see content/README.md),',
      'then run `npm run snapshot` to update the snapshot.',
    ]);
    expect(formatDrift([{ feature: 'x', mesh: 'a', field: 'since', from: '1', to: '2' }], (m) => m).split('\n')[0]).toBe(`1 cell change without a history entry (compared with ${SNAPSHOT_FILE}):`);
  });

  it('leaves out of the snapshot only what depends on the build date', () => {
    const data = buildFeaturesExport(atlasFrom(clone()), '2026-03-01');
    const later = buildFeaturesExport(atlasFrom(clone()), '2027-03-01');
    expect(snapshotOf(data)).toStrictEqual(snapshotOf(later));
    expect('stalePolicy' in snapshotOf(data)).toBe(false);
    expect(Object.keys(snapshotOf(data).features[0]!.support['mesh-a']!)).not.toContain('stale');
    expect(snapshotOf(data).features[0]!.support['mesh-a']!.level).toBe('full');
    expect(snapshotCurrent(JSON.parse(JSON.stringify(snapshotOf(data))), snapshotOf(data))).toBe(true);
    expect(snapshotCurrent({ ...snapshotOf(data), reviewed: '2000-01-01' }, snapshotOf(data))).toBe(false);
  });
});
