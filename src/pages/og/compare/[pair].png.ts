import type { APIRoute } from 'astro';
import { pairPreviewPaths, pairPreviewPng, type ComparePairProps } from '../../../view';

export const getStaticPaths = pairPreviewPaths;

export const GET: APIRoute = async ({ props }) => {
  const { a, b } = props as ComparePairProps;
  return new Response(new Uint8Array(await pairPreviewPng(a, b)), { headers: { 'Content-Type': 'image/png' } });
};
