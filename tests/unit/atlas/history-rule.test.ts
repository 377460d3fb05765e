/** The history rule field by field, on the fixture atlas (mesh-a's mtls cell: full, stable, no requirements). */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/atlas/node/contentFiles';
import { clone, raw } from '../fixtures';

const entry = (extra: object) => ({ kind: 'review', date: '2026-01-10', reason: 'Re-read the docs.', sources: ['docs-a'], ...extra });
const problems = (cell: object, ...history: object[]) => {
  const c = clone();
  Object.assign(raw(c.meshes[0]!).support.mtls, cell, { history });
  return validateContent(c, { today: '2026-06-01' }).problems.filter((p) => p.rule === 'history').map((p) => `${p.field}: ${p.message}`);
};

describe('the history rule', () => {
  it('checks that each valued field’s last entry ends on the cell’s value', () => {
    expect(problems({}, entry({ field: 'maturity', from: 'beta', to: 'alpha' }))).toStrictEqual(['support.mtls.history[0].to: ends on "alpha" but the cell\'s maturity is "stable"']);
    expect(problems({}, entry({ field: 'since', to: '1.2' }))).toStrictEqual(['support.mtls.history[0].to: ends on "1.2" but the cell\'s since is not set']);
    expect(problems({ removed: '1.9' }, entry({ field: 'removed', to: '1.8' }))).toStrictEqual(['support.mtls.history[0].to: ends on "1.8" but the cell\'s removed is "1.9"']);
    expect(problems({ requires: ['opt-in'] }, entry({ field: 'requires', from: [], to: ['waypoint', 'opt-in'] }))).toStrictEqual([
      'support.mtls.history[0].to: ends on [waypoint, opt-in] but the cell\'s requires is [opt-in]',
    ]);
  });

  it('accepts a history that ends on the cell, lists in any order, and an empty list as none', () => {
    expect(problems({ requires: ['opt-in', 'waypoint'] }, entry({ field: 'requires', from: [], to: ['waypoint', 'opt-in'] }))).toStrictEqual([]);
    expect(problems({ since: '1.2' }, entry({ field: 'since', to: '1.2' }), entry({ field: 'note' }))).toStrictEqual([]);
    expect(problems({}, entry({ field: 'requires', from: ['waypoint'], to: [] }))).toStrictEqual([]);
    // Only the last entry of a field has to match; earlier ones are what it was.
    expect(problems({}, entry({ field: 'level', from: 'none', to: 'partial' }), entry({ field: 'level', from: 'partial', to: 'full' }))).toStrictEqual([]);
  });

  it('wants single values for single-valued fields, and a change for a valued field', () => {
    expect(problems({}, entry({ field: 'level', from: ['partial'], to: 'full' }))).toStrictEqual(['support.mtls.history[0].from: level values are single values, not lists']);
    expect(problems({}, entry({ field: 'level' }))).toStrictEqual(['support.mtls.history[0].to: a level change gives `from` or `to`']);
    expect(problems({}, entry({ field: 'requires', from: ['add-on', 'sidecar-of-doom'], to: [] }))).toStrictEqual([
      'support.mtls.history[0].from: "sidecar-of-doom" is not a requires value (allowed: waypoint, enterprise, manual-envoy-config, opt-in, add-on, external-service, gateway-api)',
    ]);
  });

  it('allows entries on the same day, and release versions of another series than the one reviewed', () => {
    expect(problems({}, entry({ field: 'note' }), entry({ field: 'level', from: 'partial', to: 'full' }))).toStrictEqual([]);
    expect(problems({}, entry({ kind: 'release', version: 'edge-26.9.1', field: 'level', from: 'partial', to: 'full' }))).toStrictEqual([]);
    expect(problems({}, entry({ kind: 'release', version: '9.0', field: 'note' }))).toStrictEqual([]);
  });
});
