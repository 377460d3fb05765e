/** What the link-preview images of pair and study pages show (the images are drawn by src/charts/node/). */
import { studyChartSpecs, type ChartSpec } from '../charts/charts';
import { type MeshEntry, type StudyEntry, featuresInMatrixOrder } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { wrapText } from '../domain/text';
import type { PreviewCard } from '../charts/node/previewImage';
import { pairSupport } from './shared';

/** A pair's card: how many features differ, and the first five differences, those in level first (the clearest in a thumbnail). */
export function pairPreview(atlas: AtlasData, a: MeshEntry, b: MeshEntry): PreviewCard {
  const features = featuresInMatrixOrder(atlas);
  const { differing } = pairSupport(atlas, a, b);
  const byLevel = [...differing].sort((x, y) => Number(x.cells[0]!.level === x.cells[1]!.level) - Number(y.cells[0]!.level === y.cells[1]!.level));
  return {
    kicker: 'Comparison',
    title: `${a.data.shortName} vs ${b.data.shortName}`,
    subtitle: `Differ on ${differing.length} of ${features.length} features — every cell sourced`,
    columns: [a.data.shortName, b.data.shortName],
    rows: byLevel.slice(0, 5).map(({ feature, cells }) => ({ label: feature.data.name, left: cells[0]!.level, right: cells[1]!.level })),
  };
}

/** A study's preview is its headline (first) chart; a study without charts gets a text card. */
export function studyPreview(atlas: AtlasData, study: StudyEntry): { chart: ChartSpec } | { card: PreviewCard } {
  const [headline] = studyChartSpecs(atlas, study);
  if (headline) return { chart: headline };
  return { card: { kicker: 'Benchmark study', title: study.data.title, subtitle: study.data.publisher, lines: wrapText(study.data.summary, 70).slice(0, 6) } };
}
