import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { BenchmarkSchema, ConformanceReportSchema, FeatureSchema, GlossarySchema, GuideSchema, LifecycleSchema, MeshSchema, SourceSchema } from './schemas';
import { sourcesLoader } from './atlas/node/sourcesLoader';

// Content lives outside src/ so that data contributors never touch code. MESH_ATLAS_CONTENT points
// the build at another content tree (the benchmark's generated scale fixture).
const base = process.env['MESH_ATLAS_CONTENT'] ?? './content';

export const collections = {
  meshes: defineCollection({
    loader: glob({ base: `${base}/meshes`, pattern: '*.mdx' }),
    schema: MeshSchema(reference),
  }),
  features: defineCollection({
    loader: glob({ base: `${base}/features`, pattern: '*.yaml' }),
    schema: FeatureSchema(),
  }),
  benchmarks: defineCollection({
    loader: glob({ base: `${base}/benchmarks`, pattern: '*.mdx' }),
    schema: BenchmarkSchema(reference),
  }),
  guides: defineCollection({
    loader: glob({ base: `${base}/guides`, pattern: '*.mdx' }),
    schema: GuideSchema(reference),
  }),
  // content/sources/*.yaml plus one source per conformance report.
  sources: defineCollection({
    loader: sourcesLoader(base),
    schema: SourceSchema(),
  }),
  lifecycle: defineCollection({
    loader: glob({ base: `${base}/lifecycle`, pattern: '*.yaml' }),
    schema: LifecycleSchema(reference),
  }),
  // Stored unmodified in the Gateway API repository's layout; the id is the path without `.yaml`.
  conformance: defineCollection({
    loader: glob({ base: `${base}/conformance`, pattern: '**/*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: ConformanceReportSchema(),
  }),
  glossary: defineCollection({
    loader: glob({ base: `${base}/glossary`, pattern: '*.yaml' }),
    schema: GlossarySchema(reference),
  }),
};
