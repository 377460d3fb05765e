/** The data exports page: each file with what it holds and its schema, and examples with absolute URLs. */
import { allChartSpecs } from '../charts/charts';
import type { AtlasData } from '../atlas/types';
import { comparedMeshes, featuresInMatrixOrder } from '../atlas/queries';
import { urls, type ExportSchemaName } from '../domain/urls';

const file = (path: string, schema: ExportSchemaName | null, what: string) => ({
  path,
  schema: schema ? { href: urls.exportSchema(schema), name: `${schema}.schema.json` } : null,
  what,
});

/** A feature name inside a sentence: "Circuit breaking" → "circuit breaking", but "mTLS" and "HTTP/2" stay. */
export const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);

/** The feature the curl example asks about: the first, in matrix order, on which the compared meshes' levels differ. */
function exampleFeature(atlas: AtlasData) {
  const meshes = comparedMeshes(atlas);
  const features = featuresInMatrixOrder(atlas);
  const feature = features.find((f) => new Set(meshes.map((m) => m.data.support[f.id]?.level)).size > 1) ?? features[0];
  return feature ? { id: feature.id, name: inSentence(feature.data.name) } : null;
}

/** `site` is the public origin (Astro's `site`), for examples a reader copies. */
export function dataExportsView(atlas: AtlasData, site: URL | string) {
  const at = (path: string) => new URL(path, site).href;
  const chart = allChartSpecs(atlas)[0];
  return {
    files: [
      file(urls.featuresExport(), 'features', 'Every mesh, every feature and every support cell: level, maturity, since/removed versions, requirements, note, source URLs, the date and release it was verified against, when it last changed, whether it is stale on the build date, and its history; plus the list of sources with publisher, kind, date and vendor flag.'),
      file(urls.featuresCsv(), null, 'The matrix as a table: one row per feature and mesh, the same fields as the JSON (requirements joined with ";", source URLs with spaces).'),
      file(urls.benchmarksExport(), 'benchmarks', 'Every study: publisher, vendor flag, dates, URL, test conditions (null where the study does not say) and results with metric, value and unit; numbers are numbers.'),
      file(urls.benchmarksCsv(), null, 'Every result of every study, one row each: study, mesh, variant, scenario, metric, value, unit, approximate, range, relative_to.'),
      file(urls.chartsExport(), 'charts', 'Every chart with the URLs of its embed page, SVG and PNG images (light and dark), CSV data and place on its study page.'),
      file(urls.changesExport(), 'changes', 'Every recorded change to a support cell, newest first: date, kind (upstream release or atlas review), field, from and to, version, reason, source URLs and the cell’s page. The same changes as an Atom feed: ' + urls.changesFeed() + '.'),
      file(urls.lifecycleExport(), 'lifecycle', 'Per project: release cadence, support policy, release lines with release and end-of-support dates, their status on the build date and Kubernetes range, upgrade model, distributions, licence and governance, each with source URLs and the day it was checked.'),
    ],
    /** The per-chart files, as the table names them. */
    chartFiles: `${urls.chartCsv('<id>')}, .svg, .png, .dark.svg, .dark.png`,
    examples: {
      /** The feature the first example asks about, or null in an atlas without features. */
      feature: exampleFeature(atlas),
      featuresJson: at(urls.featuresExport()),
      featuresCsv: at(urls.featuresCsv()),
      benchmarksJson: at(urls.benchmarksExport()),
      benchmarksCsv: at(urls.benchmarksCsv()),
      /** A chart image linked to its place on the study page, in Markdown. */
      chartMarkdown: chart ? `[![${chart.title}](${at(urls.chartPng(chart.id))})](${at(urls.studyChart(chart.study.id, chart.id))})` : null,
    },
  };
}
