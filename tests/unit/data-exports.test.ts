import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadContent } from '../../src/lib/contentFiles';
import { buildBenchmarksExport, buildFeaturesExport } from '../../src/lib/exports';
import { benchmarksCsv, buildChartsExport, chartCsv, chartLinks, featuresCsv, RESULT_COLUMNS } from '../../src/lib/dataExports';
import { BenchmarksExportSchema, ChartsExportSchema, FeaturesExportSchema, jsonSchemaOf } from '../../src/lib/exportSchemas';
import { allChartSpecs } from '../../src/lib/charts';
import { embedSnippets } from '../../src/lib/embedSnippets';
import { parseCsv, toCsv } from '../../src/lib/csv';

const { atlas } = loadContent('content');
const SITE = 'https://atlas.example/';
const exportsAndSchemas = [
  ['features', buildFeaturesExport(atlas), FeaturesExportSchema],
  ['benchmarks', buildBenchmarksExport(atlas), BenchmarksExportSchema],
  ['charts', buildChartsExport(atlas, SITE), ChartsExportSchema],
] as const;

describe('exports against their schemas', () => {
  for (const [name, data, schema] of exportsAndSchemas) {
    it(`${name}.json matches its Zod schema and the JSON Schema generated from it`, () => {
      expect(schema.safeParse(data).error).toBeUndefined();
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      const validate = ajv.compile(jsonSchemaOf(schema, `${SITE}data/schema/${name}.schema.json`));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('the JSON Schemas reject a broken export', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(jsonSchemaOf(BenchmarksExportSchema, `${SITE}x`));
    const broken = structuredClone(buildBenchmarksExport(atlas)) as { studies: { results: { value: unknown }[] }[] };
    broken.studies[0]!.results[0]!.value = '3.8';
    expect(validate(broken)).toBe(false);
  });
});

describe('CSV twins', () => {
  it('round-trips commas, quotes and line breaks', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', '', 'plain']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('features.csv has one row per feature and mesh with the JSON’s values', () => {
    const json = buildFeaturesExport(atlas);
    const [header, ...rows] = parseCsv(featuresCsv(atlas));
    expect(rows).toHaveLength(json.features.length * json.meshes.length);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const cell = json.features.find((f) => f.id === row[col('feature')])!.support[row[col('mesh')]!]!;
      expect([row[col('level')], row[col('verified')], row[col('sources')]]).toEqual([cell.level, cell.verified, cell.sources.join(' ')]);
    }
  });

  it('benchmarks.csv has every result of the JSON, numbers intact', () => {
    const json = buildBenchmarksExport(atlas);
    const [header, ...rows] = parseCsv(benchmarksCsv(atlas));
    expect(header).toEqual([...RESULT_COLUMNS]);
    const flat = json.studies.flatMap((s) => s.results.map((r) => [s.id, r.mesh, r.metric, r.scenario, r.variant, r.value]));
    expect(rows.map((r) => [r[0], r[1], r[4], r[3], r[2], Number(r[5])])).toEqual(flat);
  });

  it('a chart’s CSV holds exactly the results the chart plots', () => {
    for (const spec of allChartSpecs(atlas)) {
      const [, ...rows] = parseCsv(chartCsv(atlas, spec));
      const plotted = spec.datasets.flatMap((d) => d.data).filter((v) => v !== null).length;
      expect(rows.length, spec.id).toBe(plotted);
      expect(rows.every((r) => r[0] === spec.study.id)).toBe(true);
    }
  });
});

describe('embed snippets', () => {
  const spec = allChartSpecs(atlas).find((s) => s.id === 'seed-3-node-latency')!;
  const links = chartLinks(spec, SITE);
  const snippets = Object.fromEntries(embedSnippets(spec, links).map((s) => [s.id, s.code]));

  it('points every form at absolute URLs of the chart’s artifacts', () => {
    expect(links.png).toBe('https://atlas.example/charts/seed-3-node-latency.png');
    expect(snippets['iframe']).toContain('src="https://atlas.example/embed/charts/seed-3-node-latency/"');
    expect(snippets['markdown']).toMatch(/^\[!\[Request latency per mesh.*\]\(https:\/\/atlas\.example\/charts\/seed-3-node-latency\.png\)\]\(https:\/\/atlas\.example\/benchmarks\/seed-3-node-latency\/#chart-seed-3-node-latency\)$/);
    expect(snippets['html']).toContain('<img src="https://atlas.example/charts/seed-3-node-latency.svg"');
    expect(snippets['confluence']).toMatch(/^\[!https:\/\/atlas\.example\/charts\/seed-3-node-latency\.png\|alt=".+"!\|https:\/\/atlas\.example\/benchmarks\/seed-3-node-latency\/#chart-seed-3-node-latency\]$/);
  });

  it('carries title, unit and source in the alt text', () => {
    expect(snippets['html']).toMatch(/alt="Request latency per mesh, p50 and p99 \(milliseconds\)\. 3 nodes · 100 services\. Source: lucaberton\.com\."/);
  });
});
