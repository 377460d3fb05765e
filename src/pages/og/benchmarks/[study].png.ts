import type { APIRoute } from 'astro';
import { studyPreviewPaths, studyPreviewPng, type StudyPageProps } from '../../../view';

// A study's preview is its headline (first) chart; a study without charts gets a text card.
export const getStaticPaths = studyPreviewPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await studyPreviewPng((props as StudyPageProps).study)), { headers: { 'Content-Type': 'image/png' } });
