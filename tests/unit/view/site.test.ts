import { describe, expect, it } from 'vitest';
import { comparedInProse, listInProse, numberWord } from '../../../src/view/shared';
import { siteCard, siteImageAlt } from '../../../src/view/site';
import { compareIndexView } from '../../../src/view/compareIndex';
import { featureMatrixView } from '../../../src/view/featureMatrix';
import { homeView } from '../../../src/view/home';
import { atlasFrom, fourMeshContent, meshFile } from '../fixtures';

const four = () => atlasFrom(fourMeshContent());
/** The four meshes plus a project of its own and a mesh with no project. */
const more = () => {
  const c = fourMeshContent();
  c.meshes!.push(meshFile({ id: 'kuma', order: 5, name: 'Kuma', project: 'kuma', cells: {} }), meshFile({ id: 'plain', order: 6, name: 'Plain Envoy', shortName: 'Envoy', cells: {} }));
  return atlasFrom(c);
};

describe('meshes in prose, from the mesh files', () => {
  it('lists with commas and a final "and" or "or"', () => {
    expect(listInProse([])).toBe('');
    expect(listInProse(['a'])).toBe('a');
    expect(listInProse(['a', 'b'])).toBe('a and b');
    expect(listInProse(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('names a project’s modes after it, and projects with one mesh by name', () => {
    expect(comparedInProse(four(), 'parenthetical')).toBe('Istio (sidecar and ambient), Cilium and Linkerd');
    expect(comparedInProse(four(), 'modes')).toBe('Istio in sidecar and ambient mode, Cilium and Linkerd');
    expect(comparedInProse(four(), 'projects', 'or')).toBe('Istio, Cilium or Linkerd');
  });

  it('writes small counts in words and larger ones in figures', () => {
    expect(Array.from({ length: 12 }, (_, n) => numberWord(n))).toStrictEqual(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '11']);
  });

  it('names a mesh by its short name when its project has no name', () => {
    const c = fourMeshContent();
    delete (c.meshes!.find((m) => m.file.endsWith('cilium.mdx'))!.data as { projectName?: string }).projectName;
    expect(comparedInProse(atlasFrom(c), 'parenthetical')).toBe('Istio (sidecar and ambient), Cilium and Linkerd');
    const renamed = fourMeshContent();
    Object.assign(renamed.meshes!.find((m) => m.file.endsWith('cilium.mdx'))!.data as object, { shortName: 'Cilium SM', projectName: undefined });
    delete (renamed.meshes!.find((m) => m.file.endsWith('cilium.mdx'))!.data as { projectName?: string }).projectName;
    expect(comparedInProse(atlasFrom(renamed), 'projects')).toBe('Istio, Cilium SM and Linkerd');
  });

  it('takes a new project, and a mesh without one by its short name', () => {
    expect(comparedInProse(more(), 'parenthetical')).toBe('Istio (sidecar and ambient), Cilium, Linkerd, Kuma and Envoy');
    expect(comparedInProse(more(), 'projects')).toBe('Istio, Cilium, Linkerd, Kuma and Envoy');
  });

  it('feeds the home page, the matrix and compare descriptions, the preview card and its alt text', () => {
    expect(homeView(more()).compared).toStrictEqual({
      parenthetical: 'Istio (sidecar and ambient), Cilium, Linkerd, Kuma and Envoy',
      modes: 'Istio in sidecar and ambient mode, Cilium, Linkerd, Kuma and Envoy',
    });
    expect(featureMatrixView(four()).projects).toBe('Istio, Cilium or Linkerd');
    expect(compareIndexView(four()).choices).toBe('Istio sidecar, Istio ambient, Cilium, Linkerd and no mesh');
    expect(siteCard(more()).chips).toStrictEqual(['Istio sidecar', 'Istio ambient', 'Cilium', 'Linkerd', 'Kuma', 'Envoy', 'No mesh']);
    expect(siteCard(four()).title).toBe('Which service mesh, if any?');
    expect(siteCard(four()).lines.join(' ')).toBe('Features, benchmarks and their test conditions — every number traced to its source.');
    expect(siteCard(four()).lines.every((line) => line.length <= 60)).toBe(true);
    expect(siteImageAlt(four())).toBe('Mesh Atlas: Istio, Cilium and Linkerd compared, every number sourced');
  });
});
