import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadContent, type LoadedContent } from '../../../src/atlas/node/contentFiles';
import { buildBenchmarksExport, buildChangesExport, buildFeaturesExport, buildLifecycleExport } from '../../../src/exports/exports';
import { benchmarksCsv, buildChartsExport, chartCsv, chartLinks, featuresCsv, RESULT_COLUMNS } from '../../../src/exports/dataExports';
import { exportSchemas, jsonSchemaOf } from '../../../src/exports/exportSchemas';
import { allChartSpecs, type ChartSpec } from '../../../src/charts/charts';
import { embedSnippets } from '../../../src/exports/embedSnippets';
import { parseCsv } from '../../../src/exports/csv';
import { atlasFrom, chartContent, clone, raw, sourceFile } from '../fixtures';

const SITE = 'https://atlas.example/';
const HEADER = 'study,mesh,variant,scenario,metric,value,unit,approximate,range_min,range_max,relative_to';

/** The fixture of `clone()` with a relative result and a cell that says more. */
const richer = () => {
  const c = clone();
  c.sources.push(sourceFile({ id: 'docs-b', url: 'https://example.org/b' }));
  raw(c.benchmarks[0]!).results.push({ mesh: 'mesh-a', metric: 'qps_relative_pct', value: -12.5, unit: 'percent', relativeTo: 'no-mesh', scenario: '1,000 rps' });
  Object.assign(raw(c.meshes[0]!).support.retries, {
    since: '1.5', removed: '1.9', requires: ['waypoint', 'opt-in'], sources: ['docs-a', 'docs-b'], note: 'Only "simple", per route, retries.',
    disputes: [{ claim: 'A blog says retries are full.', level: 'full', source: 'docs-b', resolution: 'Only simple retries exist.' }],
  });
  return atlasFrom(c);
};

/** A build date inside the staleness policy for the fixtures' checks (2026-01-15). */
const TODAY = '2026-03-01';

describe('benchmarks.csv', () => {
  it('has one row per result with every column, the approximate flag and the range included', () => {
    expect(RESULT_COLUMNS).toStrictEqual(HEADER.split(','));
    expect(benchmarksCsv(richer())).toBe(
      [
        HEADER,
        'study-a,mesh-a,default,default,latency_p50_ms,2,ms,false,,,',
        'study-a,mesh-a,default,default,latency_p99_ms,9,ms,false,,,',
        'study-a,no-mesh,default,default,latency_p50_ms,1,ms,false,,,',
        'study-a,mesh-a,default,default,memory_per_pod_mb,70,MB,true,50,100,',
        'study-a,mesh-a,default,"1,000 rps",qps_relative_pct,-12.5,percent,false,,,no-mesh',
        '',
      ].join('\r\n'),
    );
  });
});

describe('features.csv', () => {
  it('has one row per feature and mesh, lists joined, absent values empty', () => {
    expect(featuresCsv(richer(), TODAY)).toBe(
      [
        'feature,feature_name,category,mesh,level,maturity,since,removed,requires,note,sources,verified,verified_against,last_changed,stale,disputed_by,derived_from',
        'mtls,mTLS,security,no-mesh,none,,,,,A note long enough to pass.,https://example.org/a,2026-01-15,1.31.0,,false,,',
        'mtls,mTLS,security,mesh-a,full,stable,,,,A note long enough to pass.,https://example.org/a,2026-01-15,1.31.0,,false,,',
        'retries,Retries,resilience,no-mesh,not-applicable,,,,,A note long enough to pass.,,2026-01-15,1.31.0,,false,,',
        'retries,Retries,resilience,mesh-a,partial,stable,1.5,1.9,waypoint;opt-in,"Only ""simple"", per route, retries.",https://example.org/a https://example.org/b,2026-01-15,1.31.0,,false,https://example.org/b,',
        '',
      ].join('\r\n'),
    );
  });
});

describe('chart CSVs and links', () => {
  const specOf = (atlas: ReturnType<typeof atlasFrom>, id: string) => allChartSpecs(atlas).find((s) => s.id === id)!;

  it('a chart’s CSV has exactly the results it plots: its metrics, its loads', () => {
    const atlas = atlasFrom(chartContent());
    const [header, ...rows] = parseCsv(chartCsv(atlas, specOf(atlas, 'load-p99')));
    expect(header).toStrictEqual([...RESULT_COLUMNS]);
    expect(rows.map((r) => [r[1], r[2], r[3], r[5], r[7]])).toStrictEqual([
      ['kuma', 'default', '100 rps', '4', 'false'],
      ['cilium', 'default', '1000 rps', '8', 'false'],
      ['linkerd', 'default', '100 rps', '3', 'false'],
      ['cilium', 'default', '100 rps', '2.5', 'false'],
      ['no-mesh', 'default', '100 rps', '1', 'false'],
      ['linkerd', 'default', '1000 rps', '6', 'true'],
      ['linkerd', 'default', '10 rps', '2', 'false'],
      ['linkerd', 'edge', '100 rps', '2.75', 'false'],
    ]);
    expect(rows.every((r) => r[0] === 'load-steps' && r[4] === 'latency_p99_ms')).toBe(true);
    // Without a list of loads, every load of the metric is in.
    const series = parseCsv(chartCsv(atlas, specOf(atlas, 'load-series'))).slice(1);
    expect(series.map((r) => r[3])).toContain('5000 rps');
    expect(series).toHaveLength(9);
    const memory = chartCsv(atlas, specOf(atlas, 'seed-memory-per-pod')).split('\r\n');
    expect(memory.slice(1)).toStrictEqual([
      'seed-3-node-latency,istio-sidecar,default,default,memory_per_pod_mb,70,MB,true,50,100,',
      'seed-3-node-latency,istio-ambient,default,default,memory_per_pod_mb,0,MB,false,,,',
      'seed-3-node-latency,linkerd,default,default,memory_per_pod_mb,20,MB,false,,,',
      '',
    ]);
  });

  it('links every artifact of a chart absolutely on the site', () => {
    const spec = specOf(atlasFrom(chartContent()), 'load-p99');
    const links = {
      embed: 'https://atlas.example/embed/charts/load-p99/',
      svg: 'https://atlas.example/charts/load-p99.svg',
      png: 'https://atlas.example/charts/load-p99.png',
      svgDark: 'https://atlas.example/charts/load-p99.dark.svg',
      pngDark: 'https://atlas.example/charts/load-p99.dark.png',
      csv: 'https://atlas.example/charts/load-p99.csv',
      page: 'https://atlas.example/benchmarks/load-steps/#chart-load-p99',
    };
    expect(chartLinks(spec, SITE)).toStrictEqual(links);
    expect(chartLinks(spec, new URL('https://atlas.example/some/page/'))).toStrictEqual(links);
  });

  it('lists every chart in charts.json with its study, unit and links', () => {
    const atlas = atlasFrom(chartContent());
    const data = buildChartsExport(atlas, SITE);
    expect(data.version).toBe(1);
    expect(data.charts.map((c) => [c.id, c.study, c.unit])).toStrictEqual([
      ['load-p99', 'load-steps', 'ms'], ['load-series', 'load-steps', 'ms'], ['load-throughput', 'load-steps', 'percent'],
      ['seed-latency', 'seed-3-node-latency', 'ms'], ['seed-memory-per-pod', 'seed-3-node-latency', 'MB'],
    ]);
    expect(data.charts[4]).toStrictEqual({
      id: 'seed-memory-per-pod', title: 'Memory per pod', study: 'seed-3-node-latency', unit: 'MB',
      ...chartLinks(specOf(atlas, 'seed-memory-per-pod'), SITE),
    });
  });
});

describe('embed snippets', () => {
  const spec = {
    id: 'c', title: 'Latency & "tails" <p99>', unit: 'ms', conditions: 'GKE · 3 nodes', source: { title: 'T', url: 'https://example.org', publisher: 'Lab [A] | B' },
  } as ChartSpec;
  const links = { embed: 'E', svg: 'S', png: 'P', svgDark: 'SD', pngDark: 'PD', csv: 'C', page: 'G' };

  it('offers four forms with their names', () => {
    expect(embedSnippets(spec, links).map(({ id, label, short }) => [id, label, short])).toStrictEqual([
      ['iframe', 'Interactive chart (iframe)', 'iframe'],
      ['markdown', 'Markdown image with link (GitHub, GitLab, Notion)', 'Markdown'],
      ['html', 'HTML image with link', 'HTML'],
      ['confluence', 'Confluence wiki markup', 'Confluence'],
    ]);
  });

  it('writes each form with the title, unit, conditions and source in the alt text, escaped for its syntax', () => {
    const code = Object.fromEntries(embedSnippets(spec, links).map((s) => [s.id, s.code]));
    expect(code).toStrictEqual({
      iframe: '<iframe src="E" title="Latency &amp; &quot;tails&quot; &lt;p99&gt; — Mesh Atlas" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
      markdown: '[![Latency & "tails" <p99> (milliseconds). GKE · 3 nodes. Source: Lab [A) | B.](P)](G)',
      html: '<a href="G"><img src="S" alt="Latency &amp; &quot;tails&quot; &lt;p99&gt; (milliseconds). GKE · 3 nodes. Source: Lab [A] | B." width="1200" height="630"></a>',
      confluence: '[!P|alt="Latency & \'tails\' <p99> (milliseconds). GKE · 3 nodes. Source: Lab [A] / B."!|G]',
    });
  });

  it('escapes ampersands first, so entities are not escaped twice', () => {
    const code = embedSnippets({ ...spec, title: '&lt; is < and &&' }, links)[0]!.code;
    expect(code).toContain('title="&amp;lt; is &lt; and &amp;&amp; — Mesh Atlas"');
  });
});

/** The real content, loaded once, on first use inside a test. */
let loaded: LoadedContent | undefined;
const real = () => (loaded ??= loadContent('content')).atlas;

describe('the real content’s exports', () => {
  const cases = [
    ['features', () => buildFeaturesExport(real(), TODAY), () => exportSchemas(real()).features],
    ['benchmarks', () => buildBenchmarksExport(real()), () => exportSchemas(real()).benchmarks],
    ['charts', () => buildChartsExport(real(), SITE), () => exportSchemas(real()).charts],
    ['changes', () => buildChangesExport(real()), () => exportSchemas(real()).changes],
    ['lifecycle', () => buildLifecycleExport(real(), TODAY), () => exportSchemas(real()).lifecycle],
  ] as const;
  for (const [name, build, schemaOf] of cases) {
    it(`${name}.json matches its Zod schema and the JSON Schema generated from it`, () => {
      const data = build();
      const schema = schemaOf();
      expect(schema.safeParse(data).error).toBeUndefined();
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      const validate = ajv.compile(jsonSchemaOf(schema, `${SITE}data/schema/${name}.schema.json`));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('the JSON Schemas reject a broken export', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(jsonSchemaOf(exportSchemas(real()).benchmarks, `${SITE}x`));
    const broken = structuredClone(buildBenchmarksExport(real())) as { studies: { results: { value: unknown }[] }[] };
    broken.studies[0]!.results[0]!.value = '3.8';
    expect(validate(broken)).toBe(false);
  });

  it('features.csv has one row per feature and mesh with the JSON’s values', () => {
    const json = buildFeaturesExport(real(), TODAY);
    const [header, ...rows] = parseCsv(featuresCsv(real(), TODAY));
    expect(rows).toHaveLength(json.features.length * json.meshes.length);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const cell = json.features.find((f) => f.id === row[col('feature')])!.support[row[col('mesh')]!]!;
      expect([row[col('level')], row[col('maturity')], row[col('verified')], row[col('verified_against')], row[col('last_changed')], row[col('stale')], row[col('sources')], row[col('note')]]).toStrictEqual([
        cell.level, cell.maturity ?? '', cell.verified ?? '', cell.verifiedAgainst ?? '', cell.lastChanged ?? '', String(cell.stale), cell.sources.join(' '), cell.note,
      ]);
    }
  });

  it('benchmarks.csv has every result of the JSON, numbers and flags intact', () => {
    const json = buildBenchmarksExport(real());
    const [header, ...rows] = parseCsv(benchmarksCsv(real()));
    expect(header).toStrictEqual([...RESULT_COLUMNS]);
    const flat = json.studies.flatMap((s) => s.results.map((r) => [s.id, r.mesh, r.metric, r.scenario, r.variant, r.value, String(r.approximate), r.relativeTo ?? '']));
    expect(rows.map((r) => [r[0], r[1], r[4], r[3], r[2], Number(r[5]), r[7], r[10]])).toStrictEqual(flat);
  });

  it('a chart’s CSV holds exactly the results the chart plots', () => {
    for (const spec of allChartSpecs(real())) {
      const [, ...rows] = parseCsv(chartCsv(real(), spec));
      const plotted = spec.datasets.flatMap((d) => d.data).filter((v) => v !== null).length;
      expect(rows.length, spec.id).toBe(plotted);
      expect(rows.every((r) => r[0] === spec.study.id)).toBe(true);
    }
  });
});

describe('the project vocabulary of the export schemas', () => {
  it('comes from the mesh files: a project no mesh declares is refused, one a new mesh declares is accepted', () => {
    const data = buildFeaturesExport(real(), TODAY);
    const projects = [...new Set(real().meshes.flatMap((m) => (m.data.project ? [m.data.project] : [])))].sort();
    expect(projects.length).toBeGreaterThan(1);
    const withMesh = (project: string) => ({ ...data, meshes: [...data.meshes, { ...data.meshes[1]!, id: 'schema-test-mesh', project, projectName: 'Schema test' }] });
    expect(exportSchemas(real()).features.safeParse(withMesh('schema-test-project')).success).toBe(false);
    expect(exportSchemas(real()).features.safeParse(withMesh(projects[0]!)).success).toBe(true);
    const schema = jsonSchemaOf(exportSchemas(real()).features, `${SITE}x`) as unknown as { properties: { meshes: { items: { properties: { project: unknown } } } } };
    expect(JSON.stringify(schema.properties.meshes.items.properties.project)).toContain(JSON.stringify(projects[0]));
  });
});
