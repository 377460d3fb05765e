/**
 * `npm run validate`: checks every content file and cross-reference without building the site —
 * the same checker the build runs first (src/lib/contentFiles.ts). `--rules` lists the rules.
 */
import { loadContent } from '../src/atlas/node/contentFiles';
import { formatProblems } from '../src/atlas/integrity';
import { LOADER_RULES, RULES } from '../src/atlas/rules';

if (process.argv.includes('--rules')) {
  for (const rule of [...LOADER_RULES, ...RULES]) console.log(`${rule.id}: ${rule.description}`);
  process.exit(0);
}
const contentDir = process.env['MESH_ATLAS_CONTENT'] ?? 'content';
const { atlas, problems } = loadContent(contentDir);
if (problems.length) {
  console.error(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
const cells = atlas.meshes.reduce((n, m) => n + Object.keys(m.data.support).length, 0);
console.log(
  `content ok: ${atlas.meshes.length} meshes, ${atlas.features.length} features, ${cells} support cells, ` +
    `${atlas.benchmarks.length} studies, ${atlas.guides.length} guides, ${atlas.sources.length} sources, ` +
    `${atlas.conformance.length} conformance reports, ${atlas.glossary.length} glossary terms`,
);
