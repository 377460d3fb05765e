/**
 * The boundaries of each content rule, on the in-memory fixture atlas: what is just allowed, what is
 * just refused, and the exact field and message. (`content-checker.test.ts` proves each rule on files.)
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/atlas/node/contentFiles';
import { checkIntegrity, formatProblems } from '../../../src/atlas/integrity';
import type { AtlasData, ContentDocument, Problem } from '../../../src/atlas/types';
import { parseBody } from '../../../src/atlas/node/contentBodies';
import { fieldName, isRef, joinPath, walkValues } from '../../../src/atlas/rules/walk';
import { clone, raw } from '../fixtures';

const TODAY = '2026-06-01';
const problemsOf = (content: ReturnType<typeof clone>, today = TODAY) => validateContent(content, { today }).problems;
const brief = (problems: Problem[]) => problems.map((p) => `${p.rule} ${p.field}: ${p.message}`);
const study = (c: ReturnType<typeof clone>) => raw(c.benchmarks[0]!);
const cell = (c: ReturnType<typeof clone>) => raw(c.meshes[0]!).support.mtls;
const atlasOf = () => validateContent(clone(), { today: TODAY }).atlas;
const doc = (_atlas: AtlasData, body: string, collection: ContentDocument['collection'] = 'guides', id = 'g'): ContentDocument => ({
  collection,
  id,
  file: `content/${collection}/${id}.mdx`,
  body: parseBody(body),
});

describe('published-in-past', () => {
  it('allows today and refuses tomorrow, for studies and sources', () => {
    const c = clone();
    study(c).date = TODAY;
    raw(c.sources[0]!).date = TODAY;
    expect(problemsOf(c)).toEqual([]);
    study(c).date = '2026-06-02';
    raw(c.sources[0]!).date = '2026-06-02';
    expect(brief(problemsOf(c))).toEqual([
      'published-in-past date: 2026-06-02 is in the future; a study cannot have been published yet',
      'published-in-past date: 2026-06-02 is in the future; a source cannot have been published yet',
    ]);
  });

  it('uses today’s real date when none is given', () => {
    const atlas = atlasOf();
    atlas.benchmarks[0]!.data.date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(checkIntegrity(atlas).map((p) => p.rule)).toEqual(['published-in-past']);
    atlas.benchmarks[0]!.data.date = new Date().toISOString().slice(0, 10);
    expect(checkIntegrity(atlas)).toEqual([]);
  });
});

describe('percentile-order', () => {
  it('allows equal neighbouring percentiles and refuses a lower one, naming both', () => {
    const c = clone();
    study(c).results[1].value = 2; // p99 = p50
    expect(problemsOf(c)).toEqual([]);
    study(c).results[1].value = 1.99;
    expect(brief(problemsOf(c))).toEqual(['percentile-order results[1].value: latency_p99_ms (1.99) is below latency_p50_ms (2); percentiles must be ordered']);
  });

  it('orders each mesh, variant and scenario on its own, and added latency apart from absolute latency', () => {
    const c = clone();
    const results = study(c).results;
    results.push({ mesh: 'mesh-a', variant: 'other', metric: 'latency_p99_ms', value: 1, unit: 'ms' }); // alone in its variant
    results.push({ mesh: 'mesh-a', scenario: '10 rps', metric: 'latency_p50_ms', value: 50, unit: 'ms' }); // alone in its scenario
    results.push({ mesh: 'mesh-a', metric: 'added_latency_p99_ms', value: 0.5, unit: 'ms' }); // below absolute p50 = 2: another family
    results.push({ mesh: 'mesh-a', metric: 'added_latency_p50_ms', value: 0.4, unit: 'ms' });
    expect(problemsOf(c)).toEqual([]);
    results.push({ mesh: 'mesh-a', metric: 'added_latency_max_ms', value: 0.45, unit: 'ms' });
    expect(brief(problemsOf(c))).toEqual(['percentile-order results[8].value: added_latency_max_ms (0.45) is below added_latency_p99_ms (0.5); percentiles must be ordered']);
  });
});

describe('duplicate-result', () => {
  it('says whether the repeated value is the same or different', () => {
    const c = clone();
    study(c).results.push({ mesh: 'mesh-a', metric: 'latency_p50_ms', value: 2, unit: 'ms' });
    expect(brief(problemsOf(c))).toEqual(['duplicate-result results[4]: repeats results[0] (mesh-a, default, default, latency_p50_ms) with the same value, 2; keep one']);
  });

  it('keeps results apart that differ in any one of mesh, variant, scenario or metric', () => {
    const c = clone();
    const results = study(c).results;
    results.push({ mesh: 'mesh-a', variant: 'mTLS', metric: 'latency_p50_ms', value: 2, unit: 'ms' });
    results.push({ mesh: 'mesh-a', scenario: '10 rps', metric: 'latency_p50_ms', value: 2, unit: 'ms' });
    results.push({ mesh: 'mesh-a', metric: 'latency_p90_ms', value: 2, unit: 'ms' });
    results.push({ mesh: 'mesh-a', variant: 'a', scenario: 'bc', metric: 'latency_p50_ms', value: 2, unit: 'ms' });
    results.push({ mesh: 'mesh-a', variant: 'ab', scenario: 'c', metric: 'latency_p50_ms', value: 2, unit: 'ms' });
    expect(problemsOf(c)).toEqual([]);
  });
});

describe('non-negative-metric', () => {
  it('allows zero and negative differences, refuses a negative quantity or range end', () => {
    const c = clone();
    study(c).results[2].value = 0;
    study(c).results.push({ mesh: 'mesh-a', metric: 'throughput_change_pct', value: -15, unit: 'percent' });
    study(c).results.push({ mesh: 'mesh-a', metric: 'added_latency_p50_ms', value: -0.1, unit: 'ms' });
    expect(problemsOf(c)).toEqual([]);
    study(c).results[2].value = -1;
    study(c).results[3].range = { min: -5, max: 100 };
    expect(brief(problemsOf(c))).toEqual([
      'non-negative-metric results[2].value: latency_p50_ms cannot be negative (-1); only differences such as added latency may be',
      'non-negative-metric results[3].range.min: memory_per_pod_mb cannot be negative (-5); only differences such as added latency may be',
    ]);
    const atlas = atlasOf();
    atlas.benchmarks[0]!.data.results[3]!.range = { min: 50, max: -1 };
    expect(checkIntegrity(atlas, { today: TODAY }).map((p) => p.field)).toEqual(['results[3].range.max']);
  });

  it('refuses numbers that are not finite', () => {
    const atlas = atlasOf();
    atlas.benchmarks[0]!.data.results[0]!.value = Number.POSITIVE_INFINITY;
    atlas.benchmarks[0]!.data.results[1]!.value = Number.NaN;
    expect(checkIntegrity(atlas, { today: TODAY }).filter((p) => p.rule === 'non-negative-metric').map((p) => `${p.field}: ${p.message}`)).toEqual([
      'results[0].value: Infinity is not a finite number',
      'results[1].value: NaN is not a finite number',
    ]);
  });
});

describe('chart-definition', () => {
  const withChart = (chart: object) => {
    const c = clone();
    study(c).charts = [{ id: 'c-a', title: 'A chart', ...chart }];
    return brief(problemsOf(c));
  };
  it('accepts a drawable chart, grouped by series or by scenario', () => {
    expect(withChart({ metrics: ['latency_p50_ms', 'latency_p99_ms'] })).toEqual([]);
    expect(withChart({ metrics: ['latency_p50_ms'], groupBy: 'scenario', scenarios: ['default'] })).toEqual([]);
  });
  it('refuses two metrics grouped by scenario, and metrics with no result', () => {
    expect(withChart({ metrics: ['latency_p50_ms', 'latency_p99_ms'], groupBy: 'scenario' })).toEqual([
      'chart-definition charts[0].metrics: a chart grouped by scenario plots one metric',
    ]);
    expect(withChart({ metrics: ['latency_p90_ms'] })).toEqual(['chart-definition charts[0].metrics: no result of this study has these metrics']);
  });
  it('looks for scenarios among the results of the chart’s metrics only', () => {
    const c = clone();
    study(c).results.push({ mesh: 'mesh-a', scenario: '10 rps', metric: 'memory_per_pod_mb', value: 1, unit: 'MB' });
    study(c).charts = [{ id: 'c-a', title: 'A chart', metrics: ['latency_p50_ms'], scenarios: ['10 rps'] }];
    expect(brief(problemsOf(c))).toEqual(['chart-definition charts[0].scenarios[0]: no result has scenario "10 rps"']);
  });
});

describe('since-before-removed', () => {
  it('compares versions of one series and refuses versions of two', () => {
    const c = clone();
    Object.assign(cell(c), { since: '1.9', removed: '1.10' });
    expect(problemsOf(c)).toEqual([]);
    Object.assign(cell(c), { since: 'edge-24.1.1', removed: '2.14' });
    expect(brief(problemsOf(c))).toEqual([
      'since-before-removed support.mtls.removed: "2.14" and since "edge-24.1.1" are not versions of one series, so their order cannot be checked',
    ]);
    Object.assign(cell(c), { since: '1.10', removed: '1.9' });
    expect(brief(problemsOf(c))).toEqual(['since-before-removed support.mtls.removed: removed in 1.9, which is not after since 1.10']);
  });
  it('checks nothing when either end is missing', () => {
    const c = clone();
    Object.assign(cell(c), { removed: '1.0' });
    raw(c.meshes[0]!).support.retries.since = '9.9';
    expect(problemsOf(c)).toEqual([]);
  });
});

describe('https-only', () => {
  it('checks URL fields and any text that starts like a URL', () => {
    const c = clone();
    raw(c.meshes[0]!).homepage = 'https://example.org/';
    raw(c.sources[0]!).note = 'Read https://example.org/ first; see also http://old.example.org.';
    expect(problemsOf(c)).toEqual([]);
    raw(c.sources[0]!).appliesTo = '  ftp://example.org/file';
    raw(c.sources[0]!).note = `mailto:${'a'.repeat(80)}@example.org`;
    expect(brief(problemsOf(c)).filter((p) => p.startsWith('https-only'))).toEqual([
      'https-only appliesTo: "  ftp://example.org/file" is a non-https URL; only https URLs are allowed',
      `https-only note: "mailto:${'a'.repeat(53)}" is a non-https URL; only https URLs are allowed`,
    ]);
  });
  it('refuses a URL field that is a path or bare text rather than an https address', () => {
    const atlas = atlasOf();
    atlas.meshes[0]!.data.homepage = '/meshes/mesh-a/';
    atlas.sources[0]!.data.url = 'example.org/https://x';
    atlas.features[0]!.data.aliases = ['//example.org/a'];
    atlas.features[1]!.data.aliases = ['x'];
    (atlas.features[1]!.data as unknown as Record<string, unknown>)['href'] = '//example.org/b';
    expect(checkIntegrity(atlas, { today: TODAY }).filter((p) => p.rule === 'https-only').map((p) => `${p.field}: ${p.message}`)).toEqual([
      'homepage: "/meshes/mesh-a/" is not an https URL',
      'href: "//example.org/b" is protocol-relative; write https:// or a path on this site',
      'url: "example.org/https://x" is not an https URL',
    ]);
  });
});

describe('non-blank-text and text-length', () => {
  it('refuses empty text and text padded on either side, but not a block ending in a newline', () => {
    const atlas = atlasOf();
    atlas.features[0]!.data.description = 'Ends with a newline, as YAML block text does.\n';
    expect(checkIntegrity(atlas, { today: TODAY })).toEqual([]);
    atlas.features[0]!.data.description = '';
    atlas.features[1]!.data.whyItMatters = '\nStarts with a newline.';
    expect(checkIntegrity(atlas, { today: TODAY }).map((p) => `${p.field}: ${p.message}`)).toEqual(['description: is empty', 'whyItMatters: starts or ends with white space']);
  });
  it('applies a name limit by field name wherever it sits, and the text limit elsewhere', () => {
    const c = clone();
    study(c).results[0].variant = 'v'.repeat(60);
    raw(c.sources[0]!).note = 'n'.repeat(1200);
    expect(problemsOf(c)).toEqual([]);
    study(c).results[0].variant = 'v'.repeat(61);
    raw(c.sources[0]!).note = 'n'.repeat(1201);
    expect(brief(problemsOf(c))).toEqual([
      'text-length results[0].variant: is 61 characters; at most 60',
      'text-length note: is 1201 characters; at most 1200',
    ]);
  });
});

describe('id-form, reference and unique-sources', () => {
  it('judges the file name without its extension only', () => {
    const atlas = atlasOf();
    atlas.sources[0]!.filePath = 'content/sources/docs.a.yaml';
    expect(checkIntegrity(atlas, { today: TODAY }).map((p) => p.message)).toEqual(['file name "docs.a" must be lowercase-kebab (it becomes the id and the URL)']);
  });
  it('reports a reference to an unknown collection as unknown, and a duplicate in any list of references', () => {
    const atlas = atlasOf();
    (atlas.guides as unknown[]).push({ id: 'g', filePath: 'content/guides/g.mdx', data: { meshes: [{ id: 'x', collection: 'planets' }], features: [{ id: 'mtls', collection: 'features' }, { id: 'mtls', collection: 'features' }], roles: [] } });
    expect(checkIntegrity(atlas, { today: TODAY }).map((p) => `${p.rule} ${p.field}: ${p.message}`)).toEqual([
      'reference meshes[0]: "x" is not a known planets id',
      'unique-sources features[1]: "mtls" is listed twice',
    ]);
  });
});

describe('body-safety and internal-links', () => {
  it('judges images as resources and links as links', () => {
    const atlas = atlasOf();
    const documents = [doc(atlas, '[a](https://example.org/x.png) ![b](/charts/x.png) ![c](https://example.org/x.png)\n')];
    expect(checkIntegrity(atlas, { today: TODAY, documents }).map((p) => `${p.rule} ${p.message}`)).toEqual([
      'body-safety image "https://example.org/x.png" loads from another origin; images must be files on this site',
      'internal-links image "/charts/x.png": no page /charts/x.png is built',
    ]);
  });
  it('resolves #anchors against the page the body is on', () => {
    const atlas = atlasOf();
    const body = '## Here\n\n[up](#here) [there](#what)\n';
    const onStudy = checkIntegrity(atlas, { today: TODAY, documents: [doc(atlas, body, 'benchmarks', 'study-a')] });
    expect(onStudy.map((p) => p.message)).toEqual(['link "#what": /benchmarks/study-a/ has no anchor #what']);
    const onMesh = checkIntegrity(atlas, { today: TODAY, documents: [doc(atlas, `${body}[cell](#mtls-mesh-a)\n`, 'meshes', 'mesh-a')] });
    expect(onMesh.map((p) => p.message)).toEqual(['link "#what": /meshes/mesh-a/ has no anchor #what']);
  });
  it('checks no links at all when there are no bodies', () => {
    expect(checkIntegrity(atlasOf(), { today: TODAY, documents: [] })).toEqual([]);
  });
});

describe('walk helpers', () => {
  it('recognises a reference by its exact shape', () => {
    expect(isRef({ id: 'a', collection: 'sources' })).toBe(true);
    expect(isRef({ id: 'a', collection: 'sources', extra: 1 })).toBe(false);
    expect(isRef({ id: 1, collection: 'sources' })).toBe(false);
    expect(isRef({ id: 'a', collection: 2 })).toBe(false);
    expect(isRef({ id: 'a' })).toBe(false);
    expect(isRef(null)).toBe(false);
    expect(isRef('a')).toBe(false);
  });
  it('visits every value below the root with its path, and does not walk into references', () => {
    const seen: string[] = [];
    walkValues({ a: [1, { b: 'x' }], r: { id: 'i', collection: 'c' } }, (path, value) => seen.push(`${path}=${typeof value}`));
    expect(seen).toEqual(['a=object', 'a[0]=number', 'a[1]=object', 'a[1].b=string', 'r=object']);
  });
  it('joins and names paths as problems print them', () => {
    expect(joinPath('', 'a')).toBe('a');
    expect(joinPath('a', 'b')).toBe('a.b');
    expect(joinPath('a', 3)).toBe('a[3]');
    expect(fieldName('results[12].variant')).toBe('variant');
    expect(fieldName('charts[0].scenarios[10]')).toBe('scenarios');
    expect(fieldName('name')).toBe('name');
  });
});

describe('formatProblems', () => {
  it('puts one problem a line', () => {
    const p = (file: string): Problem => ({ rule: 'r', file, field: 'f', message: 'm' });
    expect(formatProblems([p('a'), p('b')])).toBe('a: f: m (r)\nb: f: m (r)');
  });
});

describe('projects, roles, variants and chooser-flags: the whole message', () => {
  const withSecondProject = (c: ReturnType<typeof clone>) => {
    const other = structuredClone(c.meshes[0]!);
    other.file = 'content/meshes/mesh-b.mdx';
    Object.assign(raw(other), { project: 'cilium', projectName: 'Cilium', order: 2 });
    c.meshes.push(other);
    return c;
  };
  it('lists every known project, or says there is none', () => {
    const c = withSecondProject(clone());
    raw(c.sources[0]!).vendorOf = ['kuma'];
    expect(brief(problemsOf(c))).toEqual(['projects vendorOf[0]: "kuma" is no mesh\'s project (known: cilium, istio)']);
    const none = clone();
    delete raw(none.meshes[0]!).project;
    delete raw(none.meshes[0]!).projectName;
    expect(brief(problemsOf(none))).toEqual(['projects vendorOf[0]: "istio" is no mesh\'s project (known: none)']);
  });
  it('names every metric a role needs that the study lacks', () => {
    const c = clone();
    study(c).roles = ['calculator-memory'];
    study(c).results = study(c).results.filter((r: { metric: string }) => r.metric !== 'latency_p99_ms');
    expect(brief(problemsOf(c))).toEqual(['roles roles[0]: "calculator-memory" needs results for memory_per_node_mb, latency_p99_ms, which this study does not have']);
  });
  it('refuses a study role held twice, naming the first holder', () => {
    const c = clone();
    const second = structuredClone(c.benchmarks[0]!);
    second.file = 'content/benchmarks/study-b.mdx';
    c.benchmarks.push(second);
    study(c).roles = ['chooser-evidence'];
    raw(second).roles = ['chooser-evidence'];
    expect(brief(problemsOf(c)).filter((p) => p.startsWith('roles'))).toEqual(['roles roles[0]: "chooser-evidence" is already held by content/benchmarks/study-a.mdx; a role has one holder']);
  });
  it('lists the variants the results use', () => {
    const c = clone();
    study(c).results[0].variant = 'tuned';
    study(c).variants = { tunde: { traversalsPerHop: 1 } };
    expect(brief(problemsOf(c))).toEqual(['variants variants.tunde: no result has variant "tunde" (results use: tuned, default)']);
  });
  it('lists the chooser’s own parameters', () => {
    const c = clone();
    raw(c.features[0]!).chooser = { flag: 'runs', question: 'We need strict mTLS everywhere' };
    expect(brief(problemsOf(c))).toEqual(['chooser-flags chooser.flag: "runs" is a parameter the chooser uses itself (need, services, pods, nodes, runs, ebpf, memory, latency)']);
  });
});
