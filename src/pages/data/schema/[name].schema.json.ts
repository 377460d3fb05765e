import type { APIRoute } from 'astro';
import { schemaJson, schemaPaths, type ExportSchemaName } from '../../../view';

export const getStaticPaths = schemaPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const schema = await schemaJson(params['name'] as ExportSchemaName, site!);
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
