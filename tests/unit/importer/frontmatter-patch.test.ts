import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { patchStudyFrontmatter } from '../../../src/importer/node/frontmatterPatch';
import { mergeIntoStudy } from '../../../src/importer/importStudy';
import { parseLoadResult } from '../../../src/importer/loadResults';

type Raw = Record<string, unknown>;

/**
 * A hand-written study's frontmatter (between its fences), laid out as people write them: quoted and
 * folded strings, flow and block results, comments, conditions left null.
 */
const SEED = `title: "Luca Berton: 3-node, 100-service mesh comparison table"
publisher: lucaberton.com (Luca Berton)
vendorOf: []
date: null
verified: '2026-11-21'
summary: >-
  A blog table comparing latency and memory for no mesh and Linkerd on a 3-node cluster, with no
  versions, load tool or request rate stated.
versions: {}
sources: [lucaberton-2026-mesh-comparison]
conditions:
  environment: null
  nodes: 3
  nodeType: null
  totalCores: null
  services: 100
  pods: null
  workload: null
  loadTool: null
  requestRate: null
  connections: null
  payload: null
  protocol: HTTP
  encryption: null
  l7Policy: null
  duration: null
  other: >-
    The article says only that latency was taken for inter-service HTTP calls on a 3-node cluster
    running 100 services.
results:
  - { mesh: no-mesh, metric: latency_p50_ms, value: 1.2, unit: ms }
  - { mesh: linkerd, metric: latency_p50_ms, value: 2.0, unit: ms }
  - mesh: linkerd
    metric: memory_per_pod_mb
    value: 20
    unit: MB
    approximate: true
    range: { min: 15, max: 25 }
    note: >-
      The table gives "~20 MB".
caveats:
  - >-
    No mesh versions, hardware, load generator, request rate, concurrency or run length are given.
charts:
  - id: seed-3-node-latency
    title: Request latency per mesh, p50 and p99
    metrics: [latency_p50_ms, latency_p99_ms]
`;

/** `text` parsed, changed by `edit`, as the data the patch must produce. */
const changed = (text: string, edit: (data: Raw) => void): Raw => {
  const data = parse(text) as Raw;
  edit(data);
  return data;
};
const conditionsOf = (data: Raw) => data['conditions'] as Raw;
const resultsOf = (data: Raw) => data['results'] as Raw[];

/** Lines of `a` that are not in `b`, each counted as often as it occurs. */
function missing(a: string, b: string): string[] {
  const pool = new Map<string, number>();
  for (const line of b.split('\n')) pool.set(line, (pool.get(line) ?? 0) + 1);
  return a.split('\n').filter((line) => {
    const left = pool.get(line) ?? 0;
    pool.set(line, left - 1);
    return left <= 0;
  });
}

describe('the patch writes exactly the intended data, or refuses', () => {
  it('returns the text unchanged when nothing changes', () => {
    expect(patchStudyFrontmatter(SEED, parse(SEED) as Raw)).toBe(SEED);
  });

  it('refuses text that is not a YAML mapping', () => {
    expect(patchStudyFrontmatter('title: [unclosed\n', { title: 'x' })).toBeNull();
    expect(patchStudyFrontmatter('- a\n- b\n', { title: 'x' })).toBeNull();
    expect(patchStudyFrontmatter('just text\n', { title: 'x' })).toBeNull();
    expect(patchStudyFrontmatter('', {})).toBeNull();
  });

  it('refuses text with YAML errors, even where the edit would cut the error out', () => {
    const text = 'results:\n  - { mesh: a, mesh: b }\n  - { mesh: c }\n';
    expect(patchStudyFrontmatter(text, { results: [{ mesh: 'c' }] })).toBeNull();
  });

  it('refuses when a field other than conditions and results would change, appear or go', () => {
    expect(patchStudyFrontmatter(SEED, changed(SEED, (d) => (d['title'] = 'Another title')))).toBeNull();
    expect(patchStudyFrontmatter(SEED, changed(SEED, (d) => (d['extra'] = 1)))).toBeNull();
    expect(patchStudyFrontmatter(SEED, changed(SEED, (d) => delete d['caveats']))).toBeNull();
  });

  it('refuses when re-reading the patched text would not give the intended data', () => {
    // YAML cannot say "undefined": the written result would lose its key.
    const after = changed(SEED, (d) => resultsOf(d).push({ mesh: 'cilium', metric: 'latency_p50_ms', value: 1.4, unit: 'ms', note: undefined }));
    expect(patchStudyFrontmatter(SEED, after)).toBeNull();
    // Cutting out an item that holds an anchor leaves its alias dangling: the text no longer parses.
    const aliased = 'results:\n  - { mesh: &m a, value: 1 }\n  - { mesh: b, value: 2 }\n  - { mesh: *m, value: 3 }\n';
    expect(patchStudyFrontmatter(aliased, { results: [{ mesh: 'b', value: 2 }, { mesh: 'a', value: 3 }] })).toBeNull();
  });
});

describe('conditions', () => {
  it('fills a null or ~ condition in place, keeping its comment and every other line', () => {
    const text = 'conditions:\n  loadTool: null # to fill\n  requestRate: ~\n  nodes: 3\nresults: []\n';
    const after = changed(text, (d) => Object.assign(conditionsOf(d), { loadTool: 'Fortio 1.3.1', requestRate: '1000 rps' }));
    expect(patchStudyFrontmatter(text, after)).toBe('conditions:\n  loadTool: Fortio 1.3.1 # to fill\n  requestRate: 1000 rps\n  nodes: 3\nresults: []\n');
  });

  it('quotes a filled value where YAML needs it', () => {
    const text = 'conditions:\n  other: null\n';
    const out = patchStudyFrontmatter(text, { conditions: { other: 'a: b, #c' } });
    expect(out).toBe('conditions:\n  other: "a: b, #c"\n');
  });

  it('appends a condition the block does not have after its last line, in its indentation', () => {
    const text = 'conditions:\n    nodes: 3\n    other: >-\n      long text\n      more\n# a comment\nresults: []\n';
    const out = patchStudyFrontmatter(text, changed(text, (d) => Object.assign(conditionsOf(d), { loadTool: 'wrk2', duration: '60 s' })));
    expect(out).toBe('conditions:\n    nodes: 3\n    other: >-\n      long text\n      more\n    loadTool: wrk2\n    duration: 60 s\n# a comment\nresults: []\n');
  });

  it('appends after a last condition written without a value', () => {
    expect(patchStudyFrontmatter('conditions:\n  nodes:\nresults: []\n', { conditions: { nodes: null, pods: 4 }, results: [] })).toBe('conditions:\n  nodes:\n  pods: 4\nresults: []\n');
  });

  it('fills one condition and appends another in the same patch', () => {
    const text = 'conditions:\n  loadTool: null\nresults: []\n';
    expect(patchStudyFrontmatter(text, { conditions: { loadTool: 'fortio', protocol: 'HTTP' }, results: [] })).toBe('conditions:\n  loadTool: fortio\n  protocol: HTTP\nresults: []\n');
  });

  it('refuses to overwrite or remove a condition a person stated', () => {
    const text = 'conditions:\n  nodes: 3\n  loadTool: null\n';
    expect(patchStudyFrontmatter(text, { conditions: { nodes: 4, loadTool: null } })).toBeNull();
    expect(patchStudyFrontmatter(text, { conditions: { loadTool: null } })).toBeNull();
    expect(patchStudyFrontmatter(SEED, changed(SEED, (d) => (conditionsOf(d)['nodes'] = 4)))).toBeNull();
  });

  it('refuses layouts it cannot edit line by line', () => {
    // Flow mappings, an empty mapping, a null written as "Null", a condition that is not a mapping at all.
    expect(patchStudyFrontmatter('conditions: { loadTool: null }\n', { conditions: { loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions: {}\n', { conditions: { loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions:\n  loadTool: Null\n', { conditions: { loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions: null\n', { conditions: { loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions:\n  loadTool: null\n', { conditions: ['x'] })).toBeNull();
    expect(patchStudyFrontmatter('conditions:\n  loadTool: null\n', {})).toBeNull();
    // A condition whose null value is a nested block cannot be replaced in place.
    expect(patchStudyFrontmatter('conditions:\n  loadTool: !!null ""\n', { conditions: { loadTool: 'x' } })).toBeNull();
    // Explicit keys ("? key"): a first one makes the block's indentation unclear, a value-less one has nothing to replace.
    expect(patchStudyFrontmatter('conditions:\n  ? loadTool\n  : null\n', { conditions: { loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions:\n  nodes: 3\n  ? loadTool\n', { conditions: { nodes: 3, loadTool: 'x' } })).toBeNull();
    expect(patchStudyFrontmatter('conditions:\n  loadTool:\n', { conditions: { loadTool: 'x' } })).toBeNull();
  });

  it('appends after a last condition written as an explicit key without a value', () => {
    const text = 'conditions:\n  nodes: 3\n  ? loadTool\nresults: []\n';
    expect(patchStudyFrontmatter(text, { conditions: { nodes: 3, loadTool: null, pods: 4 }, results: [] })).toBe('conditions:\n  nodes: 3\n  ? loadTool\n  pods: 4\nresults: []\n');
  });
});

describe('results', () => {
  const R = (mesh: string, value: number) => ({ mesh, metric: 'latency_p50_ms', value, unit: 'ms' });

  it('appends new results as one flow mapping each, in the list’s indentation', () => {
    const text = 'results:\n  - { mesh: a, metric: latency_p50_ms, value: 1, unit: ms }\ncaveats: []\n';
    const out = patchStudyFrontmatter(text, changed(text, (d) => resultsOf(d).push(R('b', 2), R('c', 3))));
    expect(out).toBe('results:\n  - { mesh: a, metric: latency_p50_ms, value: 1, unit: ms }\n  - { mesh: b, metric: latency_p50_ms, value: 2, unit: ms }\n  - { mesh: c, metric: latency_p50_ms, value: 3, unit: ms }\ncaveats: []\n');
  });

  it('appends to a list of plain values and to one written with several spaces after the dash', () => {
    expect(patchStudyFrontmatter('results:\n  - a\n  - b\n', { results: ['a', 'b', 'c'] })).toBe('results:\n  - a\n  - b\n  - c\n');
    expect(patchStudyFrontmatter('results:\n  -   { mesh: a }\n', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBe('results:\n  -   { mesh: a }\n  - { mesh: b }\n');
  });

  it('appends at column 0 to a list written there, and after a last item without a final newline', () => {
    expect(patchStudyFrontmatter('results:\n- { mesh: a }\n', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBe('results:\n- { mesh: a }\n- { mesh: b }\n');
    expect(patchStudyFrontmatter('results:\n  - { mesh: a }', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBe('results:\n  - { mesh: a }\n  - { mesh: b }\n');
  });

  it('cuts out replaced results line by line, multi-line ones whole, and keeps the order of the rest', () => {
    const text = 'results:\n  - mesh: a\n    value: 1\n  - { mesh: b, value: 2 }\n  - mesh: c\n    value: 3\n# end\n';
    expect(patchStudyFrontmatter(text, { results: [{ mesh: 'b', value: 2 }] })).toBe('results:\n  - { mesh: b, value: 2 }\n# end\n');
    expect(patchStudyFrontmatter(text, { results: [{ mesh: 'a', value: 1 }, { mesh: 'c', value: 3 }, { mesh: 'd', value: 4 }] })).toBe(
      'results:\n  - mesh: a\n    value: 1\n  - mesh: c\n    value: 3\n  - { mesh: d, value: 4 }\n# end\n',
    );
    expect(patchStudyFrontmatter(text, { results: [{ mesh: 'c', value: 3 }] })).toBe('results:\n  - mesh: c\n    value: 3\n# end\n');
  });

  it('cuts a comment line that follows a replaced result together with it', () => {
    const text = 'results:\n  - { mesh: a }\n  # about a\n  - { mesh: b }\n';
    expect(patchStudyFrontmatter(text, { results: [{ mesh: 'b' }] })).toBe('results:\n  - { mesh: b }\n');
  });

  it('cuts the last result of a text without a final newline, adding nothing', () => {
    expect(patchStudyFrontmatter('results:\n  - { mesh: a }\n  - { mesh: b }', { results: [{ mesh: 'a' }] })).toBe('results:\n  - { mesh: a }\n');
  });

  it('turns an empty or replaced flow list into a block list', () => {
    expect(patchStudyFrontmatter('title: x\nresults: []\n', { title: 'x', results: [R('a', 1)] })).toBe('title: x\nresults:\n  - { mesh: a, metric: latency_p50_ms, value: 1, unit: ms }\n');
    expect(patchStudyFrontmatter('results:   [ { mesh: a } ]\nx: 1\n', { results: [{ mesh: 'b' }], x: 1 })).toBe('results:\n  - { mesh: b }\nx: 1\n');
    expect(patchStudyFrontmatter('results: []\n', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBe('results:\n  - { mesh: a }\n  - { mesh: b }\n');
  });

  it('refuses lists it cannot edit line by line', () => {
    // A flow list whose items stay, a flow list emptied, results that are not a list, an item that starts after a comment line.
    expect(patchStudyFrontmatter('results: [ { mesh: a } ]\n', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBeNull();
    expect(patchStudyFrontmatter('results: [ { mesh: a } ]\n', { results: [] })).toBeNull();
    expect(patchStudyFrontmatter('results: { mesh: a }\n', { results: [{ mesh: 'b' }] })).toBeNull();
    expect(patchStudyFrontmatter('results: null\n', { results: [{ mesh: 'b' }] })).toBeNull();
    expect(patchStudyFrontmatter('results:\n  - { mesh: a }\n', { results: { mesh: 'b' } })).toBeNull();
    expect(patchStudyFrontmatter('results:\n  - # first\n    mesh: a\n', { results: [{ mesh: 'a' }, { mesh: 'b' }] })).toBeNull();
    // An anchor between the dash and the item: neither appending nor cutting out is attempted.
    expect(patchStudyFrontmatter('results:\n  - &x mesh: a\n  - { mesh: b }\n', { results: [{ mesh: 'a' }, { mesh: 'b' }, { mesh: 'c' }] })).toBeNull();
    expect(patchStudyFrontmatter('results:\n  - &x mesh: a\n  - { mesh: b }\n', { results: [{ mesh: 'b' }] })).toBeNull();
  });

  it('edits conditions and results of one study in one patch', () => {
    const after = changed(SEED, (d) => {
      Object.assign(conditionsOf(d), { loadTool: 'Fortio 1.3.1', duration: '240 s per run' });
      d['results'] = [resultsOf(d)[0], resultsOf(d)[2], R('linkerd', 2.1)];
    });
    const out = patchStudyFrontmatter(SEED, after)!;
    expect(parse(out)).toStrictEqual(after);
    expect(missing(SEED, out)).toStrictEqual(['  loadTool: null', '  duration: null', '  - { mesh: linkerd, metric: latency_p50_ms, value: 2.0, unit: ms }']);
    expect(missing(out, SEED)).toStrictEqual(['  loadTool: Fortio 1.3.1', '  duration: 240 s per run', '  - { mesh: linkerd, metric: latency_p50_ms, value: 2.1, unit: ms }']);
    expect(out.indexOf('  - { mesh: linkerd, metric: latency_p50_ms, value: 2.1')).toBe(out.indexOf('caveats:') - '  - { mesh: linkerd, metric: latency_p50_ms, value: 2.1, unit: ms }\n'.length);
  });
});

describe('importing load results into a hand-written study keeps what a person wrote', () => {
  const ISTIO = 'tests/fixtures/load-results/fortio/istio-tools-1.2.0';
  const runs = () =>
    ['c_1_1024_base', 'c_64_1024_base'].map((name) => {
      const file = readdirSync(ISTIO).find((f) => f.includes('193ff770') && f.includes(name))!;
      return parseLoadResult(readFileSync(`${ISTIO}/${file}`, 'utf8'), file);
    });
  const target = { study: 'seed', mesh: 'linkerd', variant: 'default', today: '2026-11-21' };
  const importInto = (text: string) => {
    const { data } = mergeIntoStudy(parse(text) as Raw, runs(), target);
    return { data, out: patchStudyFrontmatter(text, data) };
  };

  it('changes only the conditions it fills and appends the new results; every other line stays as written', () => {
    const { data, out } = importInto(SEED);
    expect(out).not.toBeNull();
    expect(parse(out!)).toStrictEqual(data);
    // The only lines that went are the four "not stated" conditions the files tell…
    expect(missing(SEED, out!).sort()).toStrictEqual(['  connections: null', '  duration: null', '  loadTool: null', '  requestRate: null']);
    // …and they came back with values, in place (same position, same indentation).
    expect(out!).toMatch(/\n {2}workload: null\n {2}loadTool: Fortio 1\.3\.1\n {2}requestRate: 1000 rps\n {2}connections: 1; 64\n/);
    // New results: one flow mapping per line, in the list's own indentation, after the hand-written ones.
    const added = missing(out!, SEED).filter((line) => line.startsWith('  - '));
    expect(added.length).toBeGreaterThan(0);
    const lines = out!.split('\n');
    const first = lines.indexOf(added[0]!);
    expect(lines.slice(first, first + added.length)).toStrictEqual(added); // together, in one block…
    expect(lines[first + added.length]).toBe('caveats:'); // …at the end of the results list, before the next field
    // Without the new results, the text is the original with the four conditions filled in place.
    const filled = SEED.replace('  loadTool: null', '  loadTool: Fortio 1.3.1').replace('  requestRate: null', '  requestRate: 1000 rps')
      .replace('  connections: null', '  connections: 1; 64').replace('  duration: null', '  duration: 240 s per run');
    expect(lines.filter((line) => !added.includes(line)).join('\n')).toBe(filled);
  });

  it('importing the same runs again gives the same text (results for the same load are replaced)', () => {
    const once = importInto(SEED).out!;
    expect(importInto(once).out).toBe(once);
  });

  it('keeps comments and quoting, and cuts out a replaced multi-line result whole', () => {
    const text = [
      "title: 'Own run' # kept",
      '# a comment a person wrote',
      'conditions:',
      '  loadTool: null',
      '  environment: "kind on a laptop"',
      'results:',
      '  - mesh: linkerd',
      '    scenario: 1000 rps, 1 connections',
      '    metric: latency_p50_ms',
      '    value: 99',
      '    unit: ms',
      '  - { mesh: cilium, metric: latency_p50_ms, value: 1, unit: ms }',
      '',
    ].join('\n');
    const { data, out } = importInto(text);
    expect(parse(out!)).toStrictEqual(data);
    expect(out).toContain("title: 'Own run' # kept\n# a comment a person wrote\n");
    expect(out).toContain('  environment: "kind on a laptop"\n');
    expect(out).not.toContain('value: 99');
    expect(out).toContain('  - { mesh: cilium, metric: latency_p50_ms, value: 1, unit: ms }\n');
  });
});
