/**
 * Generates a synthetic content tree of any size (meshes × features × studies) for the benchmark's
 * scale test. The content is valid under the real schemas, so the real build runs on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../../src/schemas/vocab';

export interface ScaleSize {
  meshes: number;
  features: number;
  studies: number;
}

const pad = (n: number) => String(n).padStart(3, '0');
const LEVELS = ['full', 'partial', 'none', 'unknown'] as const;

/** The files of a synthetic content tree, as path → text. */
export function scaleFixtureFiles(size: ScaleSize, verified = '2026-01-01'): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'sources/scale-source.yaml',
    `title: Scale fixture source\npublisher: Mesh Atlas benchmark\nurl: https://example.org/scale\nkind: docs\naccessed: '${verified}'\n`,
  );
  const featureIds = Array.from({ length: size.features }, (_, i) => `feature-${pad(i + 1)}`);
  featureIds.forEach((id, i) => {
    files.set(
      `features/${id}.yaml`,
      `name: Feature ${i + 1}\ncategory: ${CATEGORY_IDS[i % CATEGORY_IDS.length]}\norder: ${i}\n` +
        `description: A generated feature used to measure how the build scales.\n` +
        `whyItMatters: It lets the benchmark grow the matrix without real research.\n`,
    );
  });
  const meshIds = Array.from({ length: size.meshes }, (_, i) => `mesh-${pad(i + 1)}`);
  meshIds.forEach((id, m) => {
    const cells = featureIds
      .map((feature, f) => {
        const level = LEVELS[(m + f) % LEVELS.length]!;
        const supported = level === 'full' || level === 'partial';
        return (
          `  ${feature}:\n    level: ${level}\n${supported ? '    maturity: stable\n' : ''}` +
          `    note: Generated cell ${m + 1}/${f + 1} for the scale test.\n` +
          `    sources: [${level === 'unknown' ? '' : 'scale-source'}]\n    verified: '${verified}'\n    verifiedAgainst: '1.0.0'`
        );
      })
      .join('\n');
    files.set(
      `meshes/${id}.mdx`,
      `---\nname: Mesh ${m + 1}\nshortName: Mesh ${m + 1}\nmaintainer: Nobody\nlicence: Apache-2.0\ncncf: none\n` +
        `versionReviewed: '1.0.0'\nreviewed: '${verified}'\norder: ${m + 1}\n` +
        `summary: A generated mesh profile for the scale benchmark.\n` +
        `architecture:\n  dataPlane: sidecar\n  proxy: generated\n  l4: generated\n  l7: generated\n` +
        `  controlPlane: generated\n  identity: generated\n  encryption: generated\n  sources: [scale-source]\n` +
        `resourceModel:\n  perPod: generated\n  perNode: generated\n  shared: generated\n  sources: [scale-source]\n` +
        `strengths:\n  - text: A generated strength.\n    sources: [scale-source]\n` +
        `limits:\n  - text: A generated limit.\n    sources: [scale-source]\n` +
        `support:\n${cells}\n---\n\nGenerated profile ${m + 1}.\n`,
    );
  });
  for (let s = 0; s < size.studies; s++) {
    const results = meshIds
      .flatMap((mesh, m) => [
        `  - { mesh: ${mesh}, metric: latency_p50_ms, value: ${1 + m / 10}, unit: ms }`,
        `  - { mesh: ${mesh}, metric: latency_p99_ms, value: ${5 + m / 10}, unit: ms }`,
      ])
      .join('\n');
    files.set(
      `benchmarks/study-${pad(s + 1)}.mdx`,
      `---\ntitle: Generated study ${s + 1}\npublisher: Mesh Atlas benchmark\ndate: '${verified}'\nverified: '${verified}'\n` +
        `summary: A generated study for the scale benchmark.\nsources: [scale-source]\nconditions:\n` +
        ['environment', 'nodes', 'nodeType', 'totalCores', 'services', 'pods', 'workload', 'loadTool', 'requestRate', 'connections', 'payload', 'protocol', 'encryption', 'l7Policy', 'duration']
          .map((key) => `  ${key}: null`)
          .join('\n') +
        `\nresults:\n${results}\ncaveats:\n  - Generated numbers, not a measurement.\n` +
        `charts:\n  - id: study-${pad(s + 1)}-latency\n    title: Generated latency chart ${s + 1}\n    metrics: [latency_p50_ms, latency_p99_ms]\n` +
        `---\n\nGenerated study.\n`,
    );
  }
  return files;
}

/** Writes a synthetic content tree under `dir`. */
export function writeScaleFixture(dir: string, size: ScaleSize): void {
  for (const [path, text] of scaleFixtureFiles(size)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'guides'), { recursive: true });
}
