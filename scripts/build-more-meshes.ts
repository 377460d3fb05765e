/**
 * tsx scripts/build-more-meshes.ts DIR
 * Builds the site from the more-meshes fixture (the real content plus two meshes made with
 * new:mesh, see scripts/lib/moreMeshesFixture.ts) into DIR/dist, with the search index, exactly as
 * `npm run build` builds the real one. The end-to-end tests serve it beside the real site.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeMoreMeshesFixture } from './lib/moreMeshesFixture';

const dir = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  process.stderr.write('build-more-meshes: give the folder to build in\n');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const meshes = writeMoreMeshesFixture(content);
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } }); // stderr comes with the error when a step fails
run('npx', ['astro', 'build', '--force', '--outDir', dist], { MESH_ATLAS_CONTENT: content });
run('npx', ['pagefind', '--site', dist, '--output-subdir', 'pagefind']);
process.stdout.write(`build-more-meshes: ${meshes.length} meshes (${meshes.join(', ')}) built into ${dist}\n`);
