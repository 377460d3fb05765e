import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/atlas/node/contentFiles';
import type { Problem } from '../../../src/atlas/types';
import { clone, raw } from '../fixtures';

const problemsOf = (content: ReturnType<typeof clone>) => validateContent(content).problems;
const expectProblem = (problems: Problem[], file: string, field: string, message?: RegExp) => {
  const match = problems.find((p) => p.file === file && p.field === field && (!message || message.test(p.message)));
  expect(match, `expected a problem at ${file} ${field}; got:\n${problems.map((p) => `${p.file} ${p.field} ${p.message}`).join('\n')}`).toBeDefined();
};

const MESH = 'content/meshes/mesh-a.mdx';
const STUDY = 'content/benchmarks/study-a.mdx';

describe('valid content', () => {
  it('passes every rule and keeps every entry', () => {
    const { atlas, problems } = validateContent(clone());
    expect(problems).toEqual([]);
    expect(atlas.meshes.map((m) => m.id).sort()).toEqual(['mesh-a', 'no-mesh']);
    expect(atlas.benchmarks[0]!.data.results[0]!.mesh).toEqual({ id: 'mesh-a', collection: 'meshes' });
  });
});

describe('bad content is rejected by file and field', () => {
  it('1. a mesh without a cell for a feature', () => {
    const c = clone();
    delete raw(c.meshes[0]!).support.retries;
    expectProblem(problemsOf(c), MESH, 'support.retries', /missing/);
  });

  it('2. a cell for a feature that does not exist', () => {
    const c = clone();
    raw(c.meshes[0]!).support['mtls-typo'] = raw(c.meshes[0]!).support.mtls;
    expectProblem(problemsOf(c), MESH, 'support.mtls-typo', /not a known features id/);
  });

  it('3. a citation of a source that does not exist', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.sources = ['docs-missing'];
    expectProblem(problemsOf(c), MESH, 'support.mtls.sources[0]', /"docs-missing" is not a known sources id/);
  });

  it('4. a supported cell without any source', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.sources = [];
    expectProblem(problemsOf(c), MESH, 'support.mtls.sources', /must cite at least one source/);
  });

  it('5. an unknown or not-applicable cell may go without a source', () => {
    const c = clone();
    Object.assign(raw(c.meshes[0]!).support.mtls, { level: 'unknown', sources: [] });
    delete raw(c.meshes[0]!).support.mtls.maturity;
    expect(problemsOf(c)).toEqual([]);
  });

  it('6. a unit outside the vocabulary', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results[0].unit = 'seconds';
    expectProblem(problemsOf(c), STUDY, 'results[0].unit');
  });

  it('7. a unit that is not the metric’s unit', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results[3].unit = 'MiB';
    expectProblem(problemsOf(c), STUDY, 'results[3].unit', /memory_per_pod_mb is measured in MB, not MiB/);
  });

  it('8. percentiles out of order', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results[1].value = 1.5; // p99 below p50 = 2
    expectProblem(problemsOf(c), STUDY, 'results[1].value', /latency_p99_ms \(1.5\) is below latency_p50_ms \(2\)/);
  });

  it('9. a verified date in the future', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.verified = '2999-01-01';
    expectProblem(problemsOf(c), MESH, 'support.mtls.verified', /future/);
  });

  it('10. a date that does not exist', () => {
    const c = clone();
    raw(c.sources[0]!).accessed = '2026-02-30';
    expectProblem(problemsOf(c), 'content/sources/docs-a.yaml', 'accessed', /not a real date/);
  });

  it('11. an unquoted date that YAML already turned into a Date', () => {
    const c = clone();
    raw(c.meshes[0]!).reviewed = new Date('2026-01-15');
    expectProblem(problemsOf(c), MESH, 'reviewed', /in quotes/);
  });

  it('12. an id that is not lowercase-kebab', () => {
    const c = clone();
    c.features.push({ file: 'content/features/Circuit_Breaking.yaml', data: raw(c.features[1]!) });
    expectProblem(problemsOf(c), 'content/features/Circuit_Breaking.yaml', 'id', /lowercase-kebab/);
  });

  it('13. the same id twice in a collection', () => {
    const c = clone();
    c.sources.push({ file: 'content/sources/docs-a.yaml', data: raw(c.sources[0]!) });
    expectProblem(problemsOf(c), 'content/sources/docs-a.yaml', 'id', /already used/);
  });

  it('14. a support level outside the vocabulary', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.level = 'yes';
    expectProblem(problemsOf(c), MESH, 'support.mtls.level');
  });

  it('15. a result for a mesh that does not exist', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results[0].mesh = 'istio-sidecars';
    expectProblem(problemsOf(c), STUDY, 'results[0].mesh', /"istio-sidecars" is not a known meshes id/);
  });

  it('16. a relative metric without the mesh it is relative to', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results.push({ mesh: 'mesh-a', metric: 'qps_relative_pct', value: 56, unit: 'percent' });
    expectProblem(problemsOf(c), STUDY, 'results[4].relativeTo', /must name the mesh/);
  });

  it('17. a misspelt field is an error, not silently dropped', () => {
    const c = clone();
    raw(c.meshes[0]!).support.mtls.verifed = '2026-01-01';
    expectProblem(problemsOf(c), MESH, 'support.mtls');
  });

  it('18. a source URL that is not https', () => {
    const c = clone();
    raw(c.sources[0]!).url = 'http://example.org/a';
    expectProblem(problemsOf(c), 'content/sources/docs-a.yaml', 'url', /https/);
  });

  it('19. a value outside the range it claims', () => {
    const c = clone();
    raw(c.benchmarks[0]!).results[3].value = 120;
    expectProblem(problemsOf(c), STUDY, 'results[3].range', /outside its range/);
  });

  it('20. a feature category outside the vocabulary', () => {
    const c = clone();
    raw(c.features[0]!).category = 'misc';
    expectProblem(problemsOf(c), 'content/features/mtls.yaml', 'category');
  });

  it('21. a version for a mesh the study has no results for', () => {
    const c = clone();
    raw(c.benchmarks[0]!).versions['linkerd'] = '2.20';
    expectProblem(problemsOf(c), STUDY, 'versions.linkerd', /no results/);
  });

  it('reports every problem at once, not only the first', () => {
    const c = clone();
    delete raw(c.meshes[0]!).support.retries;
    raw(c.benchmarks[0]!).results[0].mesh = 'nope';
    expect(problemsOf(c).length).toBeGreaterThanOrEqual(2);
  });
});
