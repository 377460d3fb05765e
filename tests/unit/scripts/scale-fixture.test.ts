import { describe, expect, it } from 'vitest';
import { parseContentFile, validateContent, type RawContent } from '../../../src/atlas/node/contentFiles';
import { scaleFixtureFiles } from '../../../scripts/lib/scaleFixture';

describe('scale fixture', () => {
  it('generates content that passes every schema and integrity rule, at the size asked for', () => {
    const raw: RawContent = {};
    for (const [path, text] of scaleFixtureFiles({ meshes: 6, features: 13, studies: 2 })) {
      const collection = path.split('/')[0] as keyof RawContent;
      const ext = path.endsWith('.mdx') ? '.mdx' : '.yaml';
      (raw[collection] ??= []).push({ file: `content/${path}`, data: parseContentFile(text, ext) });
    }
    const { atlas, problems } = validateContent(raw);
    expect(problems).toEqual([]);
    expect([atlas.meshes.length, atlas.features.length, atlas.benchmarks.length]).toEqual([6, 13, 2]);
    expect(atlas.benchmarks.every((b) => b.data.charts.length === 1)).toBe(true);
  });
});
