import { describe, expect, it } from 'vitest';
import { cellDetails } from '../../src/lib/cellDetails';
import { buildFeaturesExport } from '../../src/lib/exports';
import { validateContent } from '../../src/lib/contentFiles';
import { clone, raw } from './fixtures';

describe('cell details for the matrix dialog', () => {
  const content = clone();
  raw(content.meshes[0]!).support.retries = {
    ...raw(content.meshes[0]!).support.retries,
    since: '1.5',
    requires: ['waypoint'],
    maturity: 'beta',
  };
  const data = buildFeaturesExport(validateContent(content).atlas);

  it('describes the cell with its facts and its sources, vendor-authored ones marked', () => {
    const details = cellDetails(data, 'retries', 'mesh-a')!;
    expect(details.title).toBe('Mesh A · Retries');
    expect(details.level).toBe('partial');
    expect(details.maturity).toBe('beta');
    expect(details.facts).toEqual([
      'Since 1.5',
      'Requires a waypoint proxy (Envoy) deployed for the namespace or service',
      'Verified 15 Jan 2026 against 1.31.0',
    ]);
    expect(details.sources).toEqual([{ url: 'https://example.org/a', title: 'Docs A', byline: 'Project A', vendor: 'vendor: Istio' }]);
    expect(details.featureUrl).toBe('/features/retries/#retries-mesh-a');
  });

  it('returns null for a cell that does not exist', () => {
    expect(cellDetails(data, 'retries', 'kuma')).toBeNull();
    expect(cellDetails(data, 'nope', 'mesh-a')).toBeNull();
  });
});
