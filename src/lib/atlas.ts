/**
 * The one place pages get content from. Loads every collection once per build, runs the
 * cross-collection integrity checks and fails the build, naming file and field, when any fails.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { checkIntegrity, formatProblems, type AtlasData, type Entry } from './integrity';

let cached: Promise<AtlasData> | undefined;

export function getAtlas(): Promise<AtlasData> {
  cached ??= loadAtlas();
  return cached;
}

function toEntry<C extends CollectionKey>(collection: C) {
  return (entry: CollectionEntry<C>): Entry<CollectionEntry<C>['data']> => ({
    id: entry.id,
    filePath: entry.filePath ?? `content/${collection}/${entry.id}`,
    data: entry.data,
  });
}

async function loadAtlas(): Promise<AtlasData> {
  const [meshes, features, benchmarks, guides, sources] = await Promise.all([
    getCollection('meshes'),
    getCollection('features'),
    getCollection('benchmarks'),
    getCollection('guides'),
    getCollection('sources'),
  ]);
  const atlas: AtlasData = {
    meshes: meshes.map(toEntry('meshes')),
    features: features.map(toEntry('features')),
    benchmarks: benchmarks.map(toEntry('benchmarks')),
    guides: guides.map(toEntry('guides')),
    sources: sources.map(toEntry('sources')),
  };
  const problems = checkIntegrity(atlas);
  if (problems.length) {
    throw new Error(`Content integrity check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
  return atlas;
}
