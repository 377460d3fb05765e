import type { APIRoute } from 'astro';
import { getAtlas } from '../../../atlas/getAtlas';
import { featuresByCategory, sortedMeshes, type MeshEntry } from '../../../atlas/queries';
import { comparePairs, compareSupport } from '../../../domain/compare';
import { renderPreviewCard } from '../../../charts/node/previewImage';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  const meshes = new Map(sortedMeshes(atlas).map((m) => [m.id, m]));
  return comparePairs([...meshes.keys()]).map(({ a, b, slug }) => ({ params: { pair: slug }, props: { a: meshes.get(a)!, b: meshes.get(b)! } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { a, b } = props as { a: MeshEntry; b: MeshEntry };
  const features = featuresByCategory(await getAtlas()).flatMap((g) => g.features);
  const { differing } = compareSupport(features, [a, b]);
  // Lead with the differences in level (the clearest in a thumbnail), then the rest.
  const byLevel = [...differing].sort((x, y) => Number(x.cells[0]!.level === x.cells[1]!.level) - Number(y.cells[0]!.level === y.cells[1]!.level));
  const png = renderPreviewCard({
    kicker: 'Comparison',
    title: `${a.data.shortName} vs ${b.data.shortName}`,
    subtitle: `Differ on ${differing.length} of ${features.length} features — every cell sourced`,
    columns: [a.data.shortName, b.data.shortName],
    rows: byLevel.slice(0, 5).map(({ feature, cells }) => ({ label: feature.data.name, left: cells[0]!.level, right: cells[1]!.level })),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
