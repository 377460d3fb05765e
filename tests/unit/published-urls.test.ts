import { describe, expect, it } from 'vitest';
import { diffPublishedUrls, isPublishable } from '../../src/lib/publishedUrls';

describe('published URL list', () => {
  it('adds new URLs and reports listed ones the build lost', () => {
    const change = diffPublishedUrls(['/', '/meshes/a/', '/old/'], ['/', '/meshes/a/', '/meshes/b/']);
    expect(change.added).toEqual(['/meshes/b/']);
    expect(change.missing).toEqual(['/old/']);
    expect(change.next).toEqual(['/', '/meshes/a/', '/meshes/b/', '/old/']);
  });

  it('publishes pages and data exports, not the 404 page or assets', () => {
    expect(isPublishable('/meshes/cilium/')).toBe(true);
    expect(isPublishable('/data/features.json')).toBe(true);
    expect(isPublishable('/404.html')).toBe(false);
    expect(isPublishable('/_astro/x.css')).toBe(false);
    expect(isPublishable('/favicon.svg')).toBe(false);
    expect(isPublishable('/charts/seed-3-node-latency.png')).toBe(true);
  });
});
