import type { APIRoute } from 'astro';
import { getAtlas } from '../../../lib/atlas';
import { studyChartSpecs } from '../../../lib/charts';
import { renderChartImage } from '../../../lib/chartImage';
import { renderPreviewCard } from '../../../lib/previewImage';
import type { StudyEntry } from '../../../lib/queries';
import { wrapText } from '../../../lib/text';

// A study's preview is its headline (first) chart; a study without charts gets a text card.
export async function getStaticPaths() {
  return (await getAtlas()).benchmarks.map((study) => ({ params: { study: study.id }, props: { study } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { study } = props as { study: StudyEntry };
  const [headline] = studyChartSpecs(await getAtlas(), study);
  const png = headline
    ? renderChartImage(headline, 'png', 'light')
    : renderPreviewCard({ kicker: 'Benchmark study', title: study.data.title, subtitle: study.data.publisher, lines: wrapText(study.data.summary, 70).slice(0, 6) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
