/** Every internal URL the site builds, in one place, so links and pages cannot drift apart. */
export const urls = {
  home: () => '/',
  mesh: (id: string) => `/meshes/${id}/`,
  features: () => '/features/',
  feature: (id: string) => `/features/${id}/`,
  compare: () => '/compare/',
  benchmarks: () => '/benchmarks/',
  study: (id: string) => `/benchmarks/${id}/`,
  sources: () => '/sources/',
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  search: () => '/search/',
  source: (id: string) => `/sources/#${id}`,
  featuresExport: () => '/data/features.json',
  benchmarksExport: () => '/data/benchmarks.json',
} as const;

/** Anchor id of a mesh's support cell for a feature on pages that list cells (`#mtls-cilium`). */
export const cellAnchor = (featureId: string, meshId: string) => `${featureId}-${meshId}`;
