/** `npm run validate`: checks every content file and cross-reference without building the site. */
import { loadContent } from '../src/lib/contentFiles';
import { formatProblems } from '../src/lib/integrity';

const { atlas, problems } = loadContent('content');
if (problems.length) {
  console.error(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
const cells = atlas.meshes.reduce((n, m) => n + Object.keys(m.data.support).length, 0);
console.log(
  `content ok: ${atlas.meshes.length} meshes, ${atlas.features.length} features, ${cells} support cells, ` +
    `${atlas.benchmarks.length} studies, ${atlas.guides.length} guides, ${atlas.sources.length} sources`,
);
