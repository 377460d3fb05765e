import { describe, expect, it } from 'vitest';
import { diffPublishedUrls, isPublishable } from '../../../src/hosting/publishedUrls';

describe('published URL list', () => {
  it('adds new URLs and reports listed ones the build lost', () => {
    const change = diffPublishedUrls(['/', '/meshes/a/', '/old/'], ['/', '/meshes/a/', '/meshes/b/']);
    expect(change.added).toEqual(['/meshes/b/']);
    expect(change.missing).toEqual(['/old/']);
    expect(change.next).toEqual(['/', '/meshes/a/', '/meshes/b/', '/old/']);
  });

  it('sorts every list and lists a URL once', () => {
    const change = diffPublishedUrls(['/z/', '/b/', '/old-2/', '/old-1/'], ['/y/', '/b/', '/x/', '/z/', '/x/']);
    expect(change).toStrictEqual({
      added: ['/x/', '/x/', '/y/'],
      missing: ['/old-1/', '/old-2/'],
      next: ['/b/', '/old-1/', '/old-2/', '/x/', '/y/', '/z/'],
    });
    expect(diffPublishedUrls([], [])).toStrictEqual({ added: [], missing: [], next: [] });
    expect(diffPublishedUrls(['/a/'], ['/a/'])).toStrictEqual({ added: [], missing: [], next: ['/a/'] });
  });

  it('publishes pages and data exports, not the 404 page or assets', () => {
    expect(isPublishable('/meshes/cilium/')).toBe(true);
    expect(isPublishable('/data/features.json')).toBe(true);
    expect(isPublishable('/404.html')).toBe(false);
    expect(isPublishable('/_astro/x.css')).toBe(false);
    expect(isPublishable('/favicon.svg')).toBe(false);
    expect(isPublishable('/charts/seed-3-node-latency.png')).toBe(true);
    expect(isPublishable('/')).toBe(true);
    expect(isPublishable('/data/charts.json')).toBe(true);
    expect(isPublishable('/charts/a.dark.svg')).toBe(true);
    expect(isPublishable('/database.html')).toBe(false);
    expect(isPublishable('/chartsx.png')).toBe(false);
    expect(isPublishable('/meshes/404.html')).toBe(false);
    expect(isPublishable('/og/mesh.png')).toBe(false);
  });
});
