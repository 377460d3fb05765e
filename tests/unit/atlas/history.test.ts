import { describe, expect, it } from 'vitest';
import { allChanges, changeBatches, changeId, changesSince, staleCells } from '../../../src/atlas/history';
import { staleReasonText } from '../../../src/atlas/freshness';
import { atlasFrom, fourMeshContent, raw } from '../fixtures';

const change = (extra: object) => ({ kind: 'review', field: 'note', reason: 'Reworded the note.', sources: ['docs-a'], ...extra });

/** Four meshes with history on a few cells, in an order unlike the dates. */
function withHistory() {
  const c = fourMeshContent();
  const mesh = (id: string) => raw(c.meshes!.find((m) => m.file.endsWith(`/${id}.mdx`))!);
  mesh('linkerd').support.mtls.history = [
    change({ kind: 'release', version: '2.1', field: 'level', from: 'none', to: 'full', date: '2019-01-01' }),
    change({ date: '2026-03-01' }),
  ];
  mesh('cilium').support.fips.history = [change({ kind: 'release', version: '1.14', field: 'requires', from: [], to: ['enterprise'], reason: 'Only the enterprise build.' })];
  mesh('cilium').support['vm-workloads'].history = [change({ kind: 'release', version: '1.18', field: 'removed', to: '1.18', reason: 'Removed in 1.18.' })];
  mesh('istio-sidecar').support.authz.history = [change({ date: '2026-03-01' })];
  mesh('no-mesh').support.mtls.history = [change({ date: '2026-02-01' })];
  return atlasFrom(c);
}

describe('the atlas’s changes', () => {
  it('lists every entry newest first: dated by day, then matrix and mesh order, undated last by version', () => {
    const changes = allChanges(withHistory());
    expect(changes.map((c) => [c.id, c.entry.date ?? null])).toStrictEqual([
      ['mtls-linkerd-2', '2026-03-01'],
      ['authz-istio-sidecar-1', '2026-03-01'],
      ['mtls-no-mesh-1', '2026-02-01'],
      ['mtls-linkerd-1', '2019-01-01'],
      ['vm-workloads-cilium-1', null],
      ['fips-cilium-1', null],
    ]);
    expect(changes[0]!.mesh.id).toBe('linkerd');
    expect(changes[0]!.feature.id).toBe('mtls');
  });

  it('gives each change an id from its cell and its place in the history, so appending keeps old ids', () => {
    expect(changeId('cilium', 'mtls', 0)).toBe('mtls-cilium-1');
    expect(changeId('linkerd', 'vm-workloads', 4)).toBe('vm-workloads-linkerd-5');
  });

  it('batches dated changes by day, newest first, and keeps undated ones apart', () => {
    const { dated, undated } = changeBatches(allChanges(withHistory()));
    expect(dated.map((b) => [b.date, b.changes.map((c) => c.id)])).toStrictEqual([
      ['2026-03-01', ['mtls-linkerd-2', 'authz-istio-sidecar-1']],
      ['2026-02-01', ['mtls-no-mesh-1']],
      ['2019-01-01', ['mtls-linkerd-1']],
    ]);
    expect(undated.map((c) => c.id)).toStrictEqual(['vm-workloads-cilium-1', 'fips-cilium-1']);
    expect(changeBatches([])).toStrictEqual({ dated: [], undated: [] });
  });

  it('keeps changes dated on or after a day', () => {
    const changes = allChanges(withHistory());
    expect(changesSince(changes, '2026-02-01').map((c) => c.id)).toStrictEqual(['mtls-linkerd-2', 'authz-istio-sidecar-1', 'mtls-no-mesh-1']);
    expect(changesSince(changes, '2026-03-02')).toStrictEqual([]);
  });

  it('lists stale cells by mesh (baseline last) in matrix order, with their reasons', () => {
    const c = fourMeshContent();
    const mesh = (id: string) => raw(c.meshes!.find((m) => m.file.endsWith(`/${id}.mdx`))!);
    delete mesh('cilium').support.fips.verified;
    delete mesh('cilium').support.fips.verifiedAgainst;
    mesh('linkerd').support.authz.verifiedAgainst = '2.17.0';
    mesh('no-mesh').support.mtls.verified = '2025-01-01';
    const stale = staleCells(atlasFrom(c), '2026-03-01');
    expect(stale.map((s) => [s.mesh.id, s.feature.id, s.reasons.map(staleReasonText)])).toStrictEqual([
      ['cilium', 'fips', ['never checked']],
      ['linkerd', 'authz', ['checked against 2.17.0, not the reviewed 2.18.0']],
      ['no-mesh', 'mtls', ['checked 424 days ago (limit 180)']],
    ]);
    expect(staleCells(atlasFrom(fourMeshContent()), '2026-03-01')).toStrictEqual([]);
  });
});
