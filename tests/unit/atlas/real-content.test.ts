/**
 * The real content gives the site's tools everything they take from it by role: no tool on the
 * published site silently loses its evidence because a study or guide stopped holding a role.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { guideWithRole, projectsOf, studyWithRole } from '../../../src/atlas/queries';
import { staleCells } from '../../../src/atlas/history';
import { GUIDE_ROLE_IDS, STUDY_ROLE_IDS } from '../../../src/schemas/vocab';

const { atlas, problems } = loadContent('content');

describe('the real content', () => {
  it('passes every rule', () => {
    expect(problems).toStrictEqual([]);
  });

  it.each(STUDY_ROLE_IDS)('has a study holding the %s role', (role) => {
    expect(studyWithRole(atlas, role), `no study lists roles: [${role}]`).toBeDefined();
  });

  it.each(GUIDE_ROLE_IDS)('has a guide holding the %s role', (role) => {
    expect(guideWithRole(atlas, role), `no guide lists roles: [${role}]`).toBeDefined();
  });

  it('has lifecycle facts for every project, and no stale cell on the day its cells were last checked', () => {
    expect(atlas.lifecycle.map((l) => l.data.project).sort()).toStrictEqual(projectsOf(atlas).map((p) => p.id).sort());
    const newest = atlas.meshes.flatMap((m) => Object.values(m.data.support).flatMap((c) => (c.verified ? [c.verified] : []))).sort().at(-1)!;
    expect(staleCells(atlas, newest)).toStrictEqual([]);
  });

  it('names a project for every mesh proper, and a chooser question for some features', () => {
    const proper = atlas.meshes.filter((m) => !m.data.baseline);
    expect(proper.every((m) => m.data.project && m.data.projectName)).toBe(true);
    expect(projectsOf(atlas).flatMap((p) => p.meshes).sort()).toStrictEqual(proper.map((m) => m.id).sort());
    expect(atlas.features.filter((f) => f.data.chooser).length).toBeGreaterThan(0);
    const cpu = studyWithRole(atlas, 'calculator-cpu')!;
    expect(Object.keys(cpu.data.variants).length).toBeGreaterThan(0);
  });
});
