import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { patchStudyFrontmatter } from '../../src/lib/frontmatterPatch';
import { mergeIntoStudy } from '../../src/lib/importStudy';
import { parseLoadResult } from '../../src/lib/loadResults';

const ISTIO = 'tests/fixtures/load-results/fortio/istio-tools-1.2.0';
const runs = ['c_1_1024_base', 'c_64_1024_base'].map((name) => {
  const file = readdirSync(ISTIO).find((f) => f.includes('193ff770') && f.includes(name))!;
  return parseLoadResult(readFileSync(`${ISTIO}/${file}`, 'utf8'), file);
});
const target = { study: 'seed-3-node-latency', mesh: 'linkerd', variant: 'default', today: '2026-11-21' };

/** A real hand-written study's frontmatter, between its fences. */
const seed = /^---\n([\s\S]*?\n)---\n/.exec(readFileSync('content/benchmarks/seed-3-node-latency.mdx', 'utf8'))![1]!;

const importInto = (text: string) => {
  const { data } = mergeIntoStudy(parse(text) as Record<string, unknown>, runs, target);
  return { data, out: patchStudyFrontmatter(text, data) };
};

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

describe('importing into a hand-written study keeps what a person wrote', () => {
  it('changes only the conditions it fills and appends the new results; every other line stays as written', () => {
    const { data, out } = importInto(seed);
    expect(out).not.toBeNull();
    expect(parse(out!)).toEqual(data);
    // The only lines that went are the four "not stated" conditions the files tell…
    expect(missing(seed, out!).sort()).toEqual(['  connections: null', '  duration: null', '  loadTool: null', '  requestRate: null']);
    // …and they came back with values, in place (same position, same indentation).
    expect(out!).toMatch(/\n {2}workload: null\n {2}loadTool: Fortio 1\.3\.1\n {2}requestRate: 1000 rps\n {2}connections: 1; 64\n/);
    // New results: one flow mapping per line, in the list's own indentation, after the hand-written ones.
    const added = missing(out!, seed).filter((line) => line.startsWith('  - '));
    expect(added).toHaveLength(10);
    const lines = out!.split('\n');
    const first = lines.indexOf(added[0]!);
    expect(lines.slice(first, first + 10)).toEqual(added); // together, in one block…
    expect(lines[first + 10]).toMatch(/^[a-z]+:/); // …at the end of the results list, before the next field
    // Without the new results, the text is the original with the four conditions filled in place.
    const filled = seed.replace('  loadTool: null', '  loadTool: Fortio 1.3.1').replace('  requestRate: null', '  requestRate: 1000 rps')
      .replace('  connections: null', '  connections: 1; 64').replace('  duration: null', '  duration: 240 s per run');
    expect(lines.filter((line) => !added.includes(line)).join('\n')).toBe(filled);
  });

  it('importing the same runs again gives the same text (results for the same load are replaced)', () => {
    const once = importInto(seed).out!;
    const twice = importInto(once).out!;
    expect(twice).toBe(once);
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
    expect(parse(out!)).toEqual(data);
    expect(out).toContain("title: 'Own run' # kept\n# a comment a person wrote\n");
    expect(out).toContain('  environment: "kind on a laptop"\n');
    expect(out).not.toContain('value: 99');
    expect(out).toContain('  - { mesh: cilium, metric: latency_p50_ms, value: 1, unit: ms }\n');
  });

  it('turns an empty flow list into a block list', () => {
    const { data, out } = importInto('title: x\nconditions:\n  loadTool: null\nresults: []\n');
    expect(parse(out!)).toEqual(data);
    expect(out).toMatch(/^results:\n {2}- \{ mesh: linkerd, /m);
  });

  it('refuses (returns null) when a field it does not edit would change', () => {
    const data = { ...(parse(seed) as Record<string, unknown>), title: 'Another title' };
    expect(patchStudyFrontmatter(seed, data)).toBeNull();
  });

  it('refuses to overwrite a condition a person stated', () => {
    const before = parse(seed) as Record<string, unknown>;
    const data = { ...before, conditions: { ...(before['conditions'] as object), nodes: 4 } };
    expect(patchStudyFrontmatter(seed, data)).toBeNull();
  });
});
