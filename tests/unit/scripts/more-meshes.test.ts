import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRA_MESHES, writeMoreMeshesFixture } from '../../../scripts/lib/moreMeshesFixture';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { comparedMeshes, projectsOf } from '../../../src/atlas/queries';
import { comparePairs } from '../../../src/domain/compare';
import { chooserData, recommend } from '../../../src/domain/chooser';
import { EMPTY_ANSWERS } from '../../../src/domain/urls';
import { buildFeaturesExport, buildBenchmarksExport } from '../../../src/exports/exports';
import { exportSchemas } from '../../../src/exports/exportSchemas';

const root = mkdtempSync(join(tmpdir(), 'mesh-atlas-more-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'content');
const ids = writeMoreMeshesFixture(dir);
const { atlas, problems } = loadContent(dir);

describe('the more-meshes fixture (two meshes added with new:mesh, cells filled)', () => {
  it('validates, with the real meshes plus the two new ones', () => {
    expect(problems).toStrictEqual([]);
    expect(ids).toHaveLength(loadContent('content').atlas.meshes.length + 2);
    expect(comparedMeshes(atlas).map((m) => m.id)).toEqual(expect.arrayContaining(EXTRA_MESHES.map((m) => m.id)));
  });

  it('fills every cell of the new meshes from a real mesh, none left unknown by the scaffold', () => {
    for (const { id } of EXTRA_MESHES) {
      const mesh = atlas.meshes.find((m) => m.id === id)!;
      expect(Object.keys(mesh.data.support).sort()).toStrictEqual(atlas.features.map((f) => f.id).sort());
      expect(Object.values(mesh.data.support).every((c) => !c.note.startsWith('TODO'))).toBe(true);
      expect(readFileSync(join(dir, 'meshes', `${id}.mdx`), 'utf8')).toContain('test fixture');
    }
  });

  it('gives every pair (21 for seven meshes), every mesh to the chooser, a project each, and exports its schemas accept', () => {
    const n = atlas.meshes.length;
    expect(n).toBeGreaterThanOrEqual(7);
    expect(comparePairs(atlas.meshes.map((m) => m.id))).toHaveLength((n * (n - 1)) / 2);
    const data = chooserData(atlas);
    expect(data.meshes).toHaveLength(comparedMeshes(atlas).length);
    expect(recommend(data, EMPTY_ANSWERS).ranked).toHaveLength(comparedMeshes(atlas).length);
    expect(projectsOf(atlas).map((p) => p.id)).toEqual(expect.arrayContaining(EXTRA_MESHES.map((m) => m.id)));
    const schemas = exportSchemas(atlas);
    const features = buildFeaturesExport(atlas, '2026-12-01');
    expect(schemas.features.safeParse(features).error).toBeUndefined();
    // The last fixture mesh leaves one cell unchecked: the one stale cell of the fixture's meshes.
    const stale = features.features.flatMap((f) => EXTRA_MESHES.filter((m) => f.support[m.id]!.stale).map((m) => `${f.id}/${m.id}`));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(new RegExp(`/${EXTRA_MESHES.at(-1)!.id}$`));
    expect(schemas.benchmarks.safeParse(buildBenchmarksExport(atlas)).error).toBeUndefined();
  });
});
