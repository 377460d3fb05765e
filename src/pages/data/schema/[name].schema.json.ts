import type { APIRoute } from 'astro';
import { BenchmarksExportSchema, ChartsExportSchema, FeaturesExportSchema, jsonSchemaOf } from '../../../exports/exportSchemas';

const SCHEMAS = { features: FeaturesExportSchema, benchmarks: BenchmarksExportSchema, charts: ChartsExportSchema };

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params['name'] as keyof typeof SCHEMAS;
  const schema = jsonSchemaOf(SCHEMAS[name], new URL(`/data/schema/${name}.schema.json`, site).href);
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
