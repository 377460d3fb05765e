import { describe, expect, it } from 'vitest';
import { dataExportsView, inSentence } from '../../../src/view/dataExports';
import { atlasFrom, chartContent, content } from '../fixtures';

const SITE = 'https://atlas.example.org';

describe('data exports view', () => {
  const view = dataExportsView(atlasFrom(chartContent()), SITE);

  it('lists each export with its schema, the CSVs without one', () => {
    expect(view.files.map((f) => [f.path, f.schema])).toStrictEqual([
      ['/data/features.json', { href: '/data/schema/features.schema.json', name: 'features.schema.json' }],
      ['/data/features.csv', null],
      ['/data/benchmarks.json', { href: '/data/schema/benchmarks.schema.json', name: 'benchmarks.schema.json' }],
      ['/data/benchmarks.csv', null],
      ['/data/charts.json', { href: '/data/schema/charts.schema.json', name: 'charts.schema.json' }],
      ['/data/changes.json', { href: '/data/schema/changes.schema.json', name: 'changes.schema.json' }],
      ['/data/lifecycle.json', { href: '/data/schema/lifecycle.schema.json', name: 'lifecycle.schema.json' }],
    ]);
    expect(view.files.find((f) => f.path === '/data/changes.json')!.what).toContain('/changes.xml');
    expect(view.files.every((f) => f.what.length > 20)).toBe(true);
    expect(view.chartFiles).toBe('/charts/<id>.csv, .svg, .png, .dark.svg, .dark.png');
  });

  it('writes the examples with absolute URLs on the site, the chart one linking its study page', () => {
    expect(view.examples).toStrictEqual({
      // The first feature (matrix order) on which the compared meshes differ: mTLS (cilium is partial).
      feature: { id: 'mtls', name: 'mutual TLS' },
      featuresJson: `${SITE}/data/features.json`,
      featuresCsv: `${SITE}/data/features.csv`,
      benchmarksJson: `${SITE}/data/benchmarks.json`,
      benchmarksCsv: `${SITE}/data/benchmarks.csv`,
      // The first chart of the first study by id (load-steps), linked to its figure on the study page.
      chartMarkdown: `[![p99 latency by load](${SITE}/charts/load-p99.png)](${SITE}/benchmarks/load-steps/#chart-load-p99)`,
    });
  });

  it('has no chart example when there is no chart, and no feature example without features', () => {
    expect(dataExportsView(atlasFrom(content({})), SITE).examples.chartMarkdown).toBeNull();
    expect(dataExportsView(atlasFrom(content({})), SITE).examples.feature).toBeNull();
  });

  it('skips features the compared meshes agree on (by level), and the baseline does not count', () => {
    const c = chartContent();
    for (const mesh of c.meshes!) {
      const support = (mesh.data as { support: Record<string, { level: string }> }).support;
      if (!(mesh.data as { baseline?: boolean }).baseline) support['mtls']!.level = 'full';
    }
    // A mesh with no cell for a feature counts as one more level (an atlas the checker has not passed).
    delete (c.meshes!.find((m) => m.file.endsWith('linkerd.mdx'))!.data as { support: Record<string, unknown> }).support['authz'];
    expect(dataExportsView(atlasFrom(c), SITE).examples.feature).toStrictEqual({ id: 'authz', name: 'authorization policy' });
    (c.meshes!.find((m) => m.file.endsWith('linkerd.mdx'))!.data as { support: Record<string, unknown> }).support['authz'] = { level: 'full', note: 'A note long enough to pass.', sources: ['docs-a'], verified: '2026-01-15', verifiedAgainst: '2.18.0' };
    // mtls now agrees; authz differs only in requirements; fault injection is none for cilium.
    expect(dataExportsView(atlasFrom(c), SITE).examples.feature).toStrictEqual({ id: 'fault-injection', name: 'fault injection' });
  });

  it('takes the first feature when the meshes agree on every one, and writes names as a sentence does', () => {
    const c = chartContent();
    for (const mesh of c.meshes!) for (const cell of Object.values((mesh.data as { support: Record<string, { level: string }> }).support)) cell.level = 'unknown';
    expect(dataExportsView(atlasFrom(c), SITE).examples.feature).toStrictEqual({ id: 'mtls', name: 'mutual TLS' });
    expect([inSentence('Circuit breaking'), inSentence('mTLS'), inSentence('HTTP/2'), inSentence('A'), inSentence('HTTP Routes')]).toStrictEqual(['circuit breaking', 'mTLS', 'HTTP/2', 'A', 'HTTP Routes']);
  });
});
