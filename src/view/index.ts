/**
 * src/view — page view models: one pure module per page (or family of pages) that takes the atlas
 * and the page's params and returns the plain data its markup renders, so a page file is a query
 * plus markup. Unit-tested without Astro (tests/unit/view/).
 *
 * This file is the pages' one door to content (Astro side). Each function loads the atlas once per build
 * (`getAtlas`) and hands its page the page's view model, with the rendered MDX body where a page
 * has one, or an endpoint the data it writes. Pages import this and components only; the view
 * models it calls (the other modules of this folder) are pure and unit-tested without Astro.
 */
import { getEntry, render } from 'astro:content';
import { getAtlas } from '../atlas/getAtlas';
import { projectNames, type FeatureEntry, type MeshEntry, type StudyEntry } from '../atlas/queries';
import type { Entry } from '../atlas/types';
import type { ChartSpec } from '../charts/charts';
import { renderChartImage } from '../charts/node/chartImage';
import { renderPreviewCard, renderSiteCard } from '../charts/node/previewImage';
import { benchmarksCsv, buildChartsExport, chartCsv, featuresCsv } from '../exports/dataExports';
import { buildBenchmarksExport, buildChangesExport, buildFeaturesExport, buildLifecycleExport } from '../exports/exports';
import { buildChangesFeed } from '../exports/atom';
import { changesPageView, meshFreshness, qualityCellsView, qualityHeadline, qualityPageView, recentChanges } from './freshness';
import { lifecyclePageView, meshLifecycle } from './lifecycle';
import { conformancePageView } from './conformance';
import { glossaryPageView } from './glossary';
import { exportSchemas, jsonSchemaOf } from '../exports/exportSchemas';
import { urls, type ExportSchemaName } from '../domain/urls';
import { todayIso, type GuideData } from '../schemas';
import { compareIndexView } from './compareIndex';
import { comparePairPaths, comparePairView } from './comparePair';
import { dataExportsView } from './dataExports';
import { embedChartPaths, embedChartView } from './embedChart';
import { featureMatrixView } from './featureMatrix';
import { featurePagePaths, featurePageView } from './featurePage';
import { guidePagePaths, guidePageView, guidesView } from './guides';
import { homeView } from './home';
import { meshPagePaths, meshPageView } from './meshPage';
import { notFoundView } from './notFound';
import { pairPreview, studyPreview } from './previews';
import { searchView } from './search';
import { sourcesView } from './sources';
import { studyPagePaths, studyPageView } from './studyPage';
import { siteCard, siteImageAlt } from './site';
import { benchmarksPageView, calculatorPageView, chooserPageView } from './tools';

export type { ComparePairProps } from './comparePair';
export type { EmbedChartProps } from './embedChart';
export type { FeaturePageProps } from './featurePage';
export type { GuidePageProps } from './guides';
export type { MeshPageProps } from './meshPage';
export type { StudyPageProps } from './studyPage';
export type { ExportSchemaName } from '../domain/urls';

/**
 * The build date, fixed once per build so that every page and export judges staleness and end of
 * support on the same day, even when a build runs past midnight.
 */
export const BUILD_DATE = todayIso();

// Pages

export async function homePage() {
  const atlas = await getAtlas();
  return { ...homeView(atlas), recentChanges: recentChanges(atlas), quality: qualityHeadline(atlas, BUILD_DATE) };
}
export const changesPage = async () => changesPageView(await getAtlas());
export const qualityPage = async () => qualityPageView(await getAtlas(), BUILD_DATE);
export const qualityCellsPage = async () => qualityCellsView(await getAtlas(), BUILD_DATE);
export const lifecyclePage = async () => lifecyclePageView(await getAtlas(), BUILD_DATE);
export const conformancePage = async () => conformancePageView(await getAtlas());
export const glossaryPage = async () => glossaryPageView(await getAtlas());
export const featureMatrixPage = async () => featureMatrixView(await getAtlas());
export const compareIndexPage = async () => compareIndexView(await getAtlas());
export const sourcesPage = async () => sourcesView(await getAtlas());
export const searchPage = async () => searchView(await getAtlas());
export const notFoundPage = async () => notFoundView(await getAtlas());
export const guidesPage = async () => guidesView(await getAtlas());
export const choosePage = async () => chooserPageView(await getAtlas());
export const calculatorPage = async () => calculatorPageView(await getAtlas());
export const benchmarksPage = async () => benchmarksPageView(await getAtlas());
/** `site`: the public origin (Astro's `site`), for the URLs the examples show. */
export const dataExportsPage = async (site: URL | string) => dataExportsView(await getAtlas(), site);

/** An entry's MDX body, rendered by Astro (pages and the guide section on the benchmarks page show it). */
export async function bodyOf(collection: 'meshes' | 'benchmarks' | 'guides', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  return (await render(entry)).Content;
}

export const meshPaths = async () => meshPagePaths(await getAtlas());
export async function meshPage(mesh: MeshEntry) {
  const Content = await bodyOf('meshes', mesh.id);
  const atlas = await getAtlas();
  return { ...meshPageView(atlas, mesh), freshness: meshFreshness(atlas, mesh, BUILD_DATE), lifecycle: meshLifecycle(atlas, mesh, BUILD_DATE), Content };
}

export const featurePaths = async () => featurePagePaths(await getAtlas());
export const featurePage = async (feature: FeatureEntry) => featurePageView(await getAtlas(), feature);

export const pairPaths = async () => comparePairPaths(await getAtlas());
export const pairPage = async (a: MeshEntry, b: MeshEntry) => comparePairView(await getAtlas(), a, b, BUILD_DATE);

export const studyPaths = async () => studyPagePaths(await getAtlas());
export async function studyPage(study: StudyEntry) {
  const Content = await bodyOf('benchmarks', study.id);
  return { ...studyPageView(await getAtlas(), study), Content };
}

export const guidePaths = async () => guidePagePaths(await getAtlas());
export async function guidePage(guide: Entry<GuideData>) {
  const Content = await bodyOf('guides', guide.id);
  return { ...guidePageView(await getAtlas(), guide), Content };
}

/** Every chart, for its embed page and its CSV. */
export const chartPaths = async () => embedChartPaths(await getAtlas());
export const embedChartPage = (spec: ChartSpec) => embedChartView(spec);

// Endpoints: data exports, schemas, link-preview images

export const featuresJson = async () => buildFeaturesExport(await getAtlas(), BUILD_DATE);
export const benchmarksJson = async () => buildBenchmarksExport(await getAtlas());
export const changesJson = async () => buildChangesExport(await getAtlas());
export const lifecycleJson = async () => buildLifecycleExport(await getAtlas(), BUILD_DATE);
/** `site`: the public origin, for the feed's absolute links. */
export const changesFeed = async (site: URL | string) => buildChangesFeed(await getAtlas(), site);
export const chartsJson = async (site: URL | string) => buildChartsExport(await getAtlas(), site);
export const featuresCsvFile = async () => featuresCsv(await getAtlas(), BUILD_DATE);
export const benchmarksCsvFile = async () => benchmarksCsv(await getAtlas());
export const chartCsvFile = async (spec: ChartSpec) => chartCsv(await getAtlas(), spec);

export const schemaPaths = async () => (Object.keys(exportSchemas(await getAtlas())) as ExportSchemaName[]).map((name) => ({ params: { name } }));
/** An export's JSON Schema, its `$id` the schema's public URL. */
export const schemaJson = async (name: ExportSchemaName, site: URL | string) =>
  jsonSchemaOf(exportSchemas(await getAtlas())[name], new URL(urls.exportSchema(name), site).href);

export const studyPreviewPaths = studyPaths;
export async function studyPreviewPng(study: StudyEntry): Promise<Buffer> {
  const atlas = await getAtlas();
  const preview = studyPreview(atlas, study);
  return 'chart' in preview ? renderChartImage(preview.chart, 'png', 'light', projectNames(atlas)) : renderPreviewCard(preview.card);
}

export const pairPreviewPaths = pairPaths;
export const pairPreviewPng = async (a: MeshEntry, b: MeshEntry) => renderPreviewCard(pairPreview(await getAtlas(), a, b));

/** The site's own link-preview image, with the meshes it compares, and its alt text. */
export const siteCardPng = async () => renderSiteCard(siteCard(await getAtlas()));
export const siteImageAltText = async () => siteImageAlt(await getAtlas());
