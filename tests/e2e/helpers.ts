import { expect, type Page, type APIRequestContext } from '@playwright/test';

export interface FeaturesExport {
  meshes: { id: string; name: string; shortName: string; baseline: boolean }[];
  features: { id: string; name: string; aliases: string[]; description: string; category: string; support: Record<string, { level: string; sources: string[] }> }[];
}
export interface BenchmarksExport {
  studies: {
    id: string;
    title: string;
    results: { mesh: string; variant: string; scenario: string; metric: string; value: number; unit: string }[];
  }[];
}

export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), `${path} answers ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** Collects console errors and uncaught exceptions while a page is used. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}
