import type { APIRoute } from 'astro';
import { getAtlas } from '../../../atlas/getAtlas';
import { studyChartSpecs } from '../../../charts/charts';
import { renderChartImage } from '../../../charts/node/chartImage';
import { renderPreviewCard } from '../../../charts/node/previewImage';
import type { StudyEntry } from '../../../atlas/queries';
import { wrapText } from '../../../domain/text';

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
