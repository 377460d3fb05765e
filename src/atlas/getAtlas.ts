/**
 * The one place pages get content from. Loads every collection once per build. The content has
 * already passed the content checker (the integration in `astro.config.mjs` runs it before Astro
 * reads a file), so nothing is checked again here.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { AtlasData, Entry } from './types';
import { deriveAtlas } from './conformance';

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
  const [meshes, features, benchmarks, guides, sources, lifecycle, conformance, glossary] = await Promise.all([
    getCollection('meshes'),
    getCollection('features'),
    getCollection('benchmarks'),
    getCollection('guides'),
    getCollection('sources'),
    getCollection('lifecycle'),
    getCollection('conformance'),
    getCollection('glossary'),
  ]);
  // Rows decided by conformance reports are computed here as in the content checker.
  return deriveAtlas({
    meshes: meshes.map(toEntry('meshes')),
    features: features.map(toEntry('features')),
    benchmarks: benchmarks.map(toEntry('benchmarks')),
    guides: guides.map(toEntry('guides')),
    sources: sources.map(toEntry('sources')),
    lifecycle: lifecycle.map(toEntry('lifecycle')),
    conformance: conformance.map(toEntry('conformance')),
    glossary: glossary.map(toEntry('glossary')),
  }).atlas;
}
