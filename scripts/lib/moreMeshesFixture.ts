/**
 * The real content plus two meshes made the way a contributor makes one: `npm run new:mesh -- ID`
 * (scripts/new.ts), then every cell filled in. The tests build a site from it to show that a sixth
 * and seventh mesh are a content change only: the matrix, all pairs, the compare bounds, the
 * chooser, the exports and search take them without a line of code. Node only.
 *
 * Cells are filled from the compared meshes already there (the first new mesh takes the first
 * mesh's cells, and so on), so every cell is a real, cited cell of some mesh, and no two new meshes
 * are alike.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { runNew } from '../new';
import { loadContent } from '../../src/atlas/node/contentFiles';
import { formatProblems } from '../../src/atlas/integrity';
import { comparedMeshes } from '../../src/atlas/queries';

/**
 * The ids and names of the meshes added, in the order they are added: made-up meshes, so that the
 * fixture still builds when a real mesh of any name joins the content.
 */
export const EXTRA_MESHES = [
  { id: 'fixture-mesh-six', name: 'Sixmesh' },
  { id: 'fixture-mesh-seven', name: 'Sevenmesh' },
] as const;

const TODAY = '2026-11-30';

/** Writes the fixture into `dir` (a content folder: meshes/, features/ …) and returns its mesh ids. */
export function writeMoreMeshesFixture(dir: string, source = 'content'): string[] {
  cpSync(source, dir, { recursive: true });
  const donors = comparedMeshes(loadContent(dir).atlas);
  const quiet = { stdout: () => {}, stderr: (text: string) => process.stderr.write(text) };
  EXTRA_MESHES.forEach(({ id, name }, index) => {
    if (runNew(['mesh', id, '--content', dir, '--today', TODAY], quiet) !== 0) throw new Error(`new:mesh ${id} failed`);
    const donor = donors[index % donors.length]!;
    const file = join(dir, 'meshes', `${id}.mdx`);
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
    const data = yaml.load(front!) as Record<string, unknown>;
    Object.assign(data, {
      name: `${name} (test fixture)`,
      shortName: name,
      projectName: name,
      maintainer: `${name} maintainers (a test fixture, not a profile)`,
      licence: 'Apache-2.0',
      versionReviewed: '1.0.0',
      summary: `${name} is a test fixture: a mesh added with new:mesh to show the site takes a sixth and seventh mesh as content.`,
    });
    // Every cell filled: the donor's level, requirements, note and sources, as that mesh's file has
    // them, checked against the fixture's own release; the donor's history is the donor's, not theirs.
    // The last mesh leaves its first cell unchecked, as a contributor might, so the site has a stale cell.
    data['support'] = structuredClone(donor.data.support) as unknown;
    const cells = Object.values(data['support'] as Record<string, Record<string, unknown>>);
    for (const cell of cells) {
      cell['sources'] = (cell['sources'] as { id: string }[]).map((ref) => ref.id);
      cell['disputes'] = (cell['disputes'] as { source: { id: string } }[]).map((d) => ({ ...d, source: d.source.id }));
      Object.assign(cell, { verified: TODAY, verifiedAgainst: '1.0.0' });
      // A row the donor takes from its conformance report is an ordinary cell here: the fixture has no report.
      delete cell['history'];
      delete cell['derivedFrom'];
    }
    if (index === EXTRA_MESHES.length - 1) {
      delete cells[0]!['verified'];
      delete cells[0]!['verifiedAgainst'];
    }
    const stub = join(dir, 'sources', `${id}-docs.yaml`);
    const source = yaml.load(readFileSync(stub, 'utf8')) as Record<string, unknown>;
    Object.assign(source, { title: `${name} documentation (test fixture)`, publisher: `${name} project`, url: `https://example.org/${id}/docs` });
    writeFileSync(stub, yaml.dump(source));
    writeFileSync(file, `---\n${yaml.dump(data, { lineWidth: 120 })}---\n${body!.replace(/^TODO: describe[\s\S]*$/m, `${name} is a test fixture. Its cells are copied from ${donor.data.name}.\n`)}`);
  });
  const { atlas, problems } = loadContent(dir);
  if (problems.length) throw new Error(`the fixture does not validate:\n${formatProblems(problems)}`);
  return atlas.meshes.map((m) => m.id);
}
