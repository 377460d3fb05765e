import type { APIRoute } from 'astro';
import { getAtlas } from '../../../lib/atlas';
import { studyChartSpecs } from '../../../lib/charts';
import { renderChartImage } from '../../../lib/chartImage';
import { renderPreviewCard } from '../../../lib/previewImage';
import type { StudyEntry } from '../../../lib/queries';

// A study's preview is its headline (first) chart; a study without charts gets a text card.
export async function getStaticPaths() {
  return (await getAtlas()).benchmarks.map((study) => ({ params: { study: study.id }, props: { study } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { study } = props as { study: StudyEntry };
  const [headline] = studyChartSpecs(await getAtlas(), study);
  const png = headline
    ? renderChartImage(headline, 'png', 'light')
    : renderPreviewCard({ kicker: 'Benchmark study', title: study.data.title, subtitle: study.data.publisher, lines: wrap(study.data.summary, 70) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > width) (lines.push(line), (line = word));
    else line = (line + ' ' + word).trim();
  }
  return [...lines, line].slice(0, 6);
}
