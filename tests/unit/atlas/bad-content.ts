/**
 * Content trees on disk for the content checker: a small valid tree (the fixture atlas of
 * `fixtures.ts` written out as files, plus a guide with a body), and one bad fixture or more for
 * every rule — each a small edit of the valid tree with the one problem it must produce.
 * `content-checker.test.ts` runs them all and fails while any rule has no fixture.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as yaml from 'js-yaml';
import { clone, raw } from '../fixtures';

/** Relative path (`meshes/mesh-a.mdx`) → file text. */
export type Tree = Map<string, string>;
/** What a fixture does to the parsed data of a file before it is written. */
type Data = ReturnType<typeof raw>;

const GUIDE = {
  title: 'Guide A',
  description: 'A guide that links into the site.',
  reviewed: '2026-01-15',
  meshes: ['mesh-a'],
  features: ['mtls'],
  sources: ['docs-a'],
};
export const GUIDE_BODY = `
## Why mTLS

Read [the cell](/features/#mtls-mesh-a), [the feature](/features/mtls/#what), [the study](/benchmarks/study-a/#latency_p50_ms),
[the comparison](/compare/mesh-a-vs-no-mesh/#mtls), [the data](/data/features.json), [the calculator](/calculator/?pods=10),
[this section](#why-mtls), [upstream](https://example.org/a) and <abbr title="mutual TLS">mTLS</abbr>.
`;
const BODY = '\nA body with **words** and a [link](/features/).\n';

/** The valid tree: every file of the fixture atlas, as the author would write it. */
export function validTree(): Tree {
  const tree: Tree = new Map();
  const content = clone();
  for (const [collection, files] of Object.entries(content)) {
    for (const file of files ?? []) {
      const path = file.file.replace(/^content\//, '');
      tree.set(path, path.endsWith('.yaml') ? yaml.dump(file.data) : `---\n${yaml.dump(file.data)}---\n${collection === 'meshes' ? BODY : BODY}`);
    }
  }
  tree.set('guides/guide-a.mdx', `---\n${yaml.dump(GUIDE)}---\n${GUIDE_BODY}`);
  return tree;
}

/** Writes a tree into a new temporary folder and returns the folder. */
export function writeTree(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'mesh-atlas-content-'));
  for (const [path, text] of tree) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const collection of ['meshes', 'features', 'benchmarks', 'guides', 'sources']) mkdirSync(join(dir, collection), { recursive: true });
  return dir;
}

/** Parses, edits and re-serialises one file's data (frontmatter for MDX), keeping its body. */
export function editData(tree: Tree, path: string, edit: (data: Data) => void): void {
  const text = tree.get(path);
  if (text === undefined) throw new Error(`no ${path} in the tree`);
  if (path.endsWith('.yaml')) {
    const data = yaml.load(text) as Data;
    edit(data);
    tree.set(path, yaml.dump(data));
    return;
  }
  const [, front, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
  const data = yaml.load(front!) as Data;
  edit(data);
  tree.set(path, `---\n${yaml.dump(data)}---\n${body}`);
}

/** Appends text to a file's body. */
export const appendBody = (tree: Tree, path: string, text: string) => tree.set(path, `${tree.get(path)}\n${text}\n`);

export interface BadFixture {
  rule: string;
  name: string;
  edit(tree: Tree): void;
  /** The problem it must produce (and, unless `more`, the only one). */
  file: string;
  field: string | RegExp;
  message: RegExp;
}

const MESH = 'meshes/mesh-a.mdx';
const STUDY = 'benchmarks/study-a.mdx';
const GUIDE_FILE = 'guides/guide-a.mdx';
const SOURCE = 'sources/docs-a.yaml';
const result = (extra: object) => ({ mesh: 'mesh-a', metric: 'latency_p50_ms', value: 2, unit: 'ms', ...extra });
const LIFECYCLE_FILE = 'lifecycle/istio.yaml';
const fact = { text: 'A fact with words.', sources: ['docs-a'], verified: '2026-01-15' };
/** A valid lifecycle file for the fixture mesh's project, edited by the lifecycle fixtures. */
const lifecycleYaml = (edit: (d: Data) => void = () => {}) => {
  const data: Data = {
    project: 'istio',
    cadence: fact,
    supportPolicy: fact,
    releases: [
      { version: '1.31', channel: 'stable', released: '2025-08-31', endOfSupport: '2026-03-01', kubernetes: { min: '1.32', max: '1.36' }, sources: ['docs-a'], verified: '2026-01-15' },
      { version: '1.30', channel: 'stable', released: '2025-05-18', endOfSupportNote: 'Six weeks after the next-but-one minor.', sources: ['docs-a'], verified: '2026-01-15' },
    ],
    upgrade: fact,
    distributions: [{ name: 'Upstream', by: 'The project', kind: 'open-source', support: 'Community support only.', sources: ['docs-a'], verified: '2026-01-15' }],
    licence: { spdx: 'Apache-2.0', sources: ['docs-a'], verified: '2026-01-15' },
    governance: fact,
  };
  edit(data);
  return yaml.dump(data);
};
/** A glossary entry, edited by the glossary fixtures. */
const glossaryYaml = (term: string, extra: object = {}) =>
  yaml.dump({ term, aliases: [], short: 'A term in a sentence.', definition: 'What the term means, in enough words to pass the schema.', sources: ['docs-a'], ...extra });
/** A history entry on the fixture mesh's mtls cell (level full), with fields overridden. */
const change = (extra: object) => ({ kind: 'review', date: '2026-01-10', field: 'level', from: 'partial', to: 'full', reason: 'Re-read the docs.', sources: ['docs-a'], ...extra });
const withHistory = (...entries: object[]) => (t: Tree) => editData(t, MESH, (d) => { d.support.mtls.history = entries; });

export const BAD_FIXTURES: BadFixture[] = [
  // Loader rules.
  { rule: 'file-type', name: 'a feature saved as .yml', edit: (t) => t.set('features/mtls-copy.yml', t.get('features/mtls.yaml')!), file: 'features/mtls-copy.yml', field: '(file)', message: /\.yml file .*rename \.yml to \.yaml/ },
  { rule: 'file-type', name: 'a Markdown file among the meshes', edit: (t) => t.set('meshes/notes.md', '# notes'), file: 'meshes/notes.md', field: '(file)', message: /\.md file in content\/meshes\// },
  { rule: 'file-type', name: 'a subfolder in a collection', edit: (t) => t.set('sources/old/docs-b.yaml', t.get(SOURCE)!), file: 'sources/old', field: '(file)', message: /a folder in content\/sources\// },
  { rule: 'parse', name: 'an empty YAML file', edit: (t) => t.set('features/empty.yaml', ''), file: 'features/empty.yaml', field: '(file)', message: /^the file is empty$/ },
  { rule: 'parse', name: 'a YAML file that is only a comment', edit: (t) => t.set('features/comment.yaml', '# nothing yet\n'), file: 'features/comment.yaml', field: '(file)', message: /mapping of fields, not nothing/ },
  { rule: 'parse', name: 'YAML that does not parse', edit: (t) => t.set('features/mtls.yaml', 'name: [unclosed\n'), file: 'features/mtls.yaml', field: '(file)', message: /^cannot be parsed: / },
  { rule: 'parse', name: 'an MDX file without frontmatter', edit: (t) => t.set(GUIDE_FILE, GUIDE_BODY), file: GUIDE_FILE, field: '(file)', message: /has no frontmatter/ },
  { rule: 'schema', name: 'a misspelt field', edit: (t) => editData(t, 'features/mtls.yaml', (d) => { d.nmae = d.name; }), file: 'features/mtls.yaml', field: '(file)', message: /nmae/ },
  { rule: 'schema', name: 'an unquoted date (YAML makes it a Date, as the build’s parser does)', edit: (t) => t.set(SOURCE, t.get(SOURCE)!.replace(/accessed: .*/, 'accessed: 2026-01-15')), file: SOURCE, field: 'accessed', message: /write the date in quotes/ },
  { rule: 'body-syntax', name: 'an unclosed <div> in a body', edit: (t) => appendBody(t, GUIDE_FILE, '<div>\n\nnever closed'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /does not compile: Expected a closing tag for `<div>`/ },
  // Integrity rules.
  { rule: 'id-form', name: 'a file name that is not lowercase-kebab', edit: (t) => { t.set('sources/Docs_B.yaml', t.get(SOURCE)!); }, file: 'sources/Docs_B.yaml', field: 'id', message: /must be lowercase-kebab/ },
  { rule: 'reference', name: 'a citation of a source that does not exist', edit: (t) => editData(t, MESH, (d) => { d.support.mtls.sources = ['docs-missing']; }), file: MESH, field: 'support.mtls.sources[0]', message: /"docs-missing" is not a known sources id/ },
  { rule: 'reference', name: 'a cell for a feature that does not exist', edit: (t) => editData(t, MESH, (d) => { d.support['mtls-typo'] = d.support.mtls; }), file: MESH, field: 'support.mtls-typo', message: /not a known features id/ },
  { rule: 'unique-sources', name: 'the same source twice in a cell', edit: (t) => editData(t, MESH, (d) => { d.support.mtls.sources = ['docs-a', 'docs-a']; }), file: MESH, field: 'support.mtls.sources[1]', message: /"docs-a" is listed twice/ },
  { rule: 'complete-matrix', name: 'a mesh without a cell for a feature', edit: (t) => editData(t, MESH, (d) => { delete d.support.retries; }), file: MESH, field: 'support.retries', message: /^missing/ },
  { rule: 'non-blank-text', name: 'a note of ten spaces', edit: (t) => editData(t, MESH, (d) => { d.support.mtls.note = ' '.repeat(10); }), file: MESH, field: 'support.mtls.note', message: /only white space \(10 characters\)/ },
  { rule: 'non-blank-text', name: 'a name padded with spaces', edit: (t) => editData(t, 'features/mtls.yaml', (d) => { d.name = ' mTLS '; }), file: 'features/mtls.yaml', field: 'name', message: /starts or ends with white space/ },
  { rule: 'text-length', name: 'a mesh name of 500 characters', edit: (t) => editData(t, MESH, (d) => { d.name = 'M'.repeat(500); }), file: MESH, field: 'name', message: /is 500 characters; at most 60/ },
  { rule: 'text-length', name: 'a cell note longer than any cell can show', edit: (t) => editData(t, MESH, (d) => { d.support.mtls.note = 'word '.repeat(300).trim(); }), file: MESH, field: 'support.mtls.note', message: /at most 1200/ },
  { rule: 'https-only', name: 'an http home page', edit: (t) => editData(t, MESH, (d) => { d.homepage = 'http://example.org/'; }), file: MESH, field: 'homepage', message: /uses http:/ },
  { rule: 'https-only', name: 'a javascript: home page', edit: (t) => editData(t, MESH, (d) => { d.homepage = 'javascript:alert(1)'; }), file: MESH, field: 'homepage', message: /uses javascript:/ },
  { rule: 'https-only', name: 'an http source URL', edit: (t) => editData(t, SOURCE, (d) => { d.url = 'http://example.org/a'; }), file: SOURCE, field: 'url', message: /uses http:/ },
  { rule: 'https-only', name: 'a data: URL in a text field', edit: (t) => editData(t, SOURCE, (d) => { d.note = 'data:text/html,<script>alert(1)</script>'; }), file: SOURCE, field: 'note', message: /non-https URL/ },
  { rule: 'since-before-removed', name: 'removed before it was added', edit: (t) => editData(t, MESH, (d) => { Object.assign(d.support.mtls, { since: '1.20', removed: '1.18' }); }), file: MESH, field: 'support.mtls.removed', message: /removed in 1\.18, which is not after since 1\.20/ },
  { rule: 'since-before-removed', name: 'removed in the version that added it', edit: (t) => editData(t, MESH, (d) => { Object.assign(d.support.mtls, { since: '1.20', removed: '1.20.0' }); }), file: MESH, field: 'support.mtls.removed', message: /not after since 1\.20/ },
  { rule: 'published-in-past', name: 'a study published in the future', edit: (t) => editData(t, STUDY, (d) => { d.date = '2999-01-01'; }), file: STUDY, field: 'date', message: /2999-01-01 is in the future/ },
  { rule: 'published-in-past', name: 'a source published in the future', edit: (t) => editData(t, SOURCE, (d) => { d.date = '2999-01-01'; }), file: SOURCE, field: 'date', message: /in the future/ },
  { rule: 'metric-unit', name: 'a unit that is not the metric’s unit', edit: (t) => editData(t, STUDY, (d) => { d.results[3].unit = 'MiB'; }), file: STUDY, field: 'results[3].unit', message: /memory_per_pod_mb is measured in MB, not MiB/ },
  { rule: 'relative-metric', name: 'a relative metric without the mesh it is relative to', edit: (t) => editData(t, STUDY, (d) => { d.results.push(result({ metric: 'qps_relative_pct', value: 90, unit: 'percent' })); }), file: STUDY, field: 'results[4].relativeTo', message: /is relative and must name/ },
  { rule: 'relative-metric', name: 'an absolute metric relative to a mesh', edit: (t) => editData(t, STUDY, (d) => { d.results[0].relativeTo = 'no-mesh'; }), file: STUDY, field: 'results[0].relativeTo', message: /is not a relative metric/ },
  { rule: 'non-negative-metric', name: 'a negative latency', edit: (t) => editData(t, STUDY, (d) => { d.results[2].value = -1; }), file: STUDY, field: 'results[2].value', message: /latency_p50_ms cannot be negative \(-1\)/ },
  { rule: 'non-negative-metric', name: 'a negative memory range', edit: (t) => editData(t, STUDY, (d) => { d.results[3].range = { min: -5, max: 100 }; }), file: STUDY, field: 'results[3].range.min', message: /memory_per_pod_mb cannot be negative/ },
  { rule: 'duplicate-result', name: 'two results for one mesh, variant, scenario and metric', edit: (t) => editData(t, STUDY, (d) => { d.results.push(result({ value: 3 })); }), file: STUDY, field: 'results[4]', message: /repeats results\[0\] .* with 2 there, 3 here/ },
  { rule: 'percentile-order', name: 'percentiles out of order', edit: (t) => editData(t, STUDY, (d) => { d.results[1].value = 1.5; }), file: STUDY, field: 'results[1].value', message: /latency_p99_ms \(1.5\) is below latency_p50_ms \(2\)/ },
  { rule: 'version-has-results', name: 'a version for a mesh without results', edit: (t) => editData(t, STUDY, (d) => { d.versions['no-mesh'] = '1.0'; d.results = d.results.filter((r: { mesh: string }) => r.mesh !== 'no-mesh'); }), file: STUDY, field: 'versions.no-mesh', message: /has a version but no results/ },
  { rule: 'schema', name: 'a verified date without the release it was checked against', edit: (t) => editData(t, MESH, (d) => { delete d.support.mtls.verifiedAgainst; }), file: MESH, field: 'support.mtls.verifiedAgainst', message: /give `verified` \(the date\) and `verifiedAgainst`/ },
  { rule: 'history', name: 'a history that ends somewhere else than the cell', edit: withHistory(change({ to: 'none' })), file: MESH, field: 'support.mtls.history[0].to', message: /ends on "none" but the cell's level is "full"/ },
  { rule: 'history', name: 'a review entry without a date', edit: withHistory(change({ date: undefined })), file: MESH, field: 'support.mtls.history[0].date', message: /a review entry needs the date/ },
  { rule: 'history', name: 'a release entry without a version', edit: withHistory(change({ kind: 'release' })), file: MESH, field: 'support.mtls.history[0].version', message: /a release entry needs the version/ },
  { rule: 'history', name: 'a release newer than the one reviewed', edit: withHistory(change({ kind: 'release', version: '1.32' })), file: MESH, field: 'support.mtls.history[0].version', message: /"1\.32" is newer than the reviewed 1\.31\.0/ },
  { rule: 'history', name: 'a level that is not a level', edit: withHistory(change({ from: 'sort of' })), file: MESH, field: 'support.mtls.history[0].from', message: /"sort of" is not a level value/ },
  { rule: 'history', name: 'requirements given as a single value', edit: withHistory(change({ field: 'requires', from: 'waypoint', to: [] })), file: MESH, field: 'support.mtls.history[0].from', message: /requires values are lists/ },
  { rule: 'history', name: 'a change from a value to itself', edit: withHistory(change({ from: 'full' })), file: MESH, field: 'support.mtls.history[0].to', message: /is the same as `from` \("full"\): nothing changed/ },
  { rule: 'history', name: 'entries out of date order', edit: withHistory(change({ to: 'none', date: '2026-01-12' }), change({ from: 'none', date: '2026-01-11' })), file: MESH, field: 'support.mtls.history[1].date', message: /2026-01-11 is before the entry above it \(2026-01-12\)/ },
  { rule: 'lifecycle', name: 'lifecycle facts for a project no mesh declares', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.project = 'kuma'; })), file: LIFECYCLE_FILE, field: 'project', message: /"kuma" is no mesh's project \(known: istio\)/ },
  { rule: 'lifecycle', name: 'two lifecycle files for one project', edit: (t) => { t.set(LIFECYCLE_FILE, lifecycleYaml()); t.set('lifecycle/istio-again.yaml', lifecycleYaml()); }, file: 'lifecycle/istio.yaml', field: 'project', message: /^"istio" already has lifecycle facts in \S*lifecycle\/istio-again\.yaml$/ },
  { rule: 'lifecycle', name: 'support ending before the release', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.releases[0].endOfSupport = '2025-01-01'; })), file: LIFECYCLE_FILE, field: 'releases[0].endOfSupport', message: /2025-01-01 is not after its release on 2025-08-31/ },
  { rule: 'lifecycle', name: 'an end date and an earlier statement that it ended', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.releases[0].endedBy = '2026-01-01'; })), file: LIFECYCLE_FILE, field: 'releases[0].endedBy', message: /this one has `endOfSupport`/ },
  { rule: 'release-dates', name: 'a history entry dating a release otherwise than the lifecycle facts', edit: (t) => { t.set(LIFECYCLE_FILE, lifecycleYaml()); withHistory(change({ kind: 'release', version: '1.31.0', date: '2025-09-01' }))(t); }, file: MESH, field: 'support.mtls.history[0].date', message: /^2025-09-01 differs from 2025-08-31, the release date of 1\.31\.0 in \S*lifecycle\/istio\.yaml$/ },
  { rule: 'release-dates', name: 'an undated history entry for a release the lifecycle facts date', edit: (t) => { t.set(LIFECYCLE_FILE, lifecycleYaml()); withHistory(change({ kind: 'release', version: '1.30', date: undefined }))(t); }, file: MESH, field: 'support.mtls.history[0].date', message: /^is missing: \S*lifecycle\/istio\.yaml dates 1\.30 2025-05-18$/ },
  { rule: 'lifecycle', name: 'a licence other than the mesh file’s', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.licence.spdx = 'MIT'; })), file: LIFECYCLE_FILE, field: 'licence.spdx', message: /^"MIT" differs from the licence "Apache-2\.0" in \S*meshes\/mesh-a\.mdx$/ },
  { rule: 'lifecycle', name: 'no end date and no word on why', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { delete d.releases[1].endOfSupportNote; })), file: LIFECYCLE_FILE, field: 'releases[1].endOfSupportNote', message: /say what sets it/ },
  { rule: 'lifecycle', name: 'a Kubernetes range that runs backwards', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.releases[0].kubernetes = { min: '1.36', max: '1.32' }; })), file: LIFECYCLE_FILE, field: 'releases[0].kubernetes.max', message: /1\.32 is below min 1\.36/ },
  { rule: 'lifecycle', name: 'release lines oldest first', edit: (t) => t.set(LIFECYCLE_FILE, lifecycleYaml((d) => { d.releases.reverse(); })), file: LIFECYCLE_FILE, field: 'releases[1].version', message: /1\.31 is listed after 1\.30: list release lines newest first/ },
  { rule: 'named-sources', name: 'a note that points at "the seed article"', edit: (t) => editData(t, MESH, (d) => { d.support.mtls.note = 'As the seed article says, it is on by default.'; }), file: MESH, field: 'support.mtls.note', message: /^"the seed article" does not say which source; name its publisher and cite it$/ },
  { rule: 'named-sources', name: 'a caveat that cites "one comparison"', edit: (t) => editData(t, STUDY, (d) => { d.caveats = ['One comparison rates it higher than this study does.']; }), file: STUDY, field: 'caveats[0]', message: /^"One comparison" does not say which source/ },
  { rule: 'glossary', name: 'a related entry that does not exist', edit: (t) => t.set('glossary/term-a.yaml', glossaryYaml('Term A', { related: ['term-z'] })), file: 'glossary/term-a.yaml', field: 'related[0]', message: /^"term-z" is not a glossary entry$/ },
  { rule: 'glossary', name: 'one term name for two entries', edit: (t) => { t.set('glossary/term-a.yaml', glossaryYaml('Term A', { aliases: ['Term A', 'term a'] })); t.set('glossary/term-b.yaml', glossaryYaml('term a')); }, file: 'glossary/term-b.yaml', field: 'term', message: /^"term a" is already a spelling of \S*glossary\/term-a\.yaml/ },
  { rule: 'glossary', name: 'an entry related to itself', edit: (t) => t.set('glossary/term-a.yaml', glossaryYaml('Term A', { related: ['term-a'] })), file: 'glossary/term-a.yaml', field: 'related[0]', message: /cannot be related to itself/ },
  { rule: 'glossary', name: 'one spelling for two entries', edit: (t) => { t.set('glossary/term-a.yaml', glossaryYaml('Term A', { aliases: ['shared'] })); t.set('glossary/term-b.yaml', glossaryYaml('Term B', { aliases: ['Shared'] })); }, file: 'glossary/term-b.yaml', field: 'aliases[0]', message: /^"Shared" is already a spelling of \S*glossary\/term-a\.yaml: a word can link to one entry only$/ },
  { rule: 'projects', name: 'a project without its name', edit: (t) => editData(t, MESH, (d) => { delete d.projectName; }), file: MESH, field: 'project', message: /"istio" needs a `projectName`/ },
  { rule: 'projects', name: 'a project name without a project', edit: (t) => { editData(t, MESH, (d) => { delete d.project; }); editData(t, SOURCE, (d) => { d.vendorOf = []; }); }, file: MESH, field: 'projectName', message: /is given without `project`/ },
  { rule: 'projects', name: 'two modes of one project spelling its name differently', edit: (t) => { t.set('meshes/mesh-b.mdx', t.get(MESH)!); editData(t, 'meshes/mesh-b.mdx', (d) => { d.projectName = 'ISTIO'; d.order = 2; }); }, file: 'meshes/mesh-b.mdx', field: 'projectName', message: /"ISTIO" differs from "Istio" in meshes\/mesh-a\.mdx for project "istio"/ },
  { rule: 'projects', name: 'a source vendor-authored for a project no mesh declares', edit: (t) => editData(t, SOURCE, (d) => { d.vendorOf = ['istio', 'kuma']; }), file: SOURCE, field: 'vendorOf[1]', message: /"kuma" is no mesh's project \(known: istio\)/ },
  { rule: 'projects', name: 'a study vendor-run for a project no mesh declares', edit: (t) => editData(t, STUDY, (d) => { d.vendorOf = ['consul']; }), file: STUDY, field: 'vendorOf[0]', message: /"consul" is no mesh's project/ },
  { rule: 'roles', name: 'two guides holding one role', edit: (t) => { editData(t, GUIDE_FILE, (d) => { d.roles = ['choosing']; }); t.set('guides/guide-b.mdx', t.get(GUIDE_FILE)!); }, file: 'guides/guide-b.mdx', field: 'roles[0]', message: /"choosing" is already held by guides\/guide-a\.mdx/ },
  { rule: 'roles', name: 'a study in a role it has no figures for', edit: (t) => editData(t, STUDY, (d) => { d.roles = ['calculator-cpu']; }), file: STUDY, field: 'roles[0]', message: /"calculator-cpu" needs results for cpu_vcpu_per_1000_rps/ },
  { rule: 'variants', name: 'a variant described that no result uses', edit: (t) => editData(t, STUDY, (d) => { d.variants = { 'side car': { traversalsPerHop: 2 } }; }), file: STUDY, field: 'variants.side car', message: /no result has variant "side car" \(results use: default\)/ },
  { rule: 'chooser-flags', name: 'two features with one chooser flag', edit: (t) => { editData(t, 'features/mtls.yaml', (d) => { d.chooser = { flag: 'strict', question: 'We need strict mTLS everywhere' }; }); editData(t, 'features/retries.yaml', (d) => { d.chooser = { flag: 'strict', question: 'We need retries for everything' }; }); }, file: 'features/retries.yaml', field: 'chooser.flag', message: /"strict" is already the flag of features\/mtls\.yaml/ },
  { rule: 'chooser-flags', name: 'a chooser flag the chooser uses itself', edit: (t) => editData(t, 'features/mtls.yaml', (d) => { d.chooser = { flag: 'need', question: 'We need strict mTLS everywhere' }; }), file: 'features/mtls.yaml', field: 'chooser.flag', message: /"need" is a parameter the chooser uses itself/ },
  { rule: 'chooser-flags', name: 'a chooser flag that is a project id', edit: (t) => editData(t, 'features/mtls.yaml', (d) => { d.chooser = { flag: 'istio', question: 'We need strict mTLS everywhere' }; }), file: 'features/mtls.yaml', field: 'chooser.flag', message: /"istio" is a project id/ },
  { rule: 'chart-id-unique', name: 'one chart id twice', edit: (t) => editData(t, STUDY, (d) => { d.charts = [{ id: 'c-a', title: 'Latency A', metrics: ['latency_p50_ms'] }, { id: 'c-a', title: 'Latency B', metrics: ['latency_p99_ms'] }]; }), file: STUDY, field: 'charts[1].id', message: /chart id "c-a" is already used/ },
  { rule: 'chart-definition', name: 'a chart of metrics with different units', edit: (t) => editData(t, STUDY, (d) => { d.charts = [{ id: 'c-a', title: 'Mixed units', metrics: ['latency_p50_ms', 'memory_per_pod_mb'] }]; }), file: STUDY, field: 'charts[0].metrics', message: /must share a unit; these use ms, MB/ },
  { rule: 'chart-definition', name: 'a chart of a scenario no result has', edit: (t) => editData(t, STUDY, (d) => { d.charts = [{ id: 'c-a', title: 'Latency', metrics: ['latency_p50_ms'], scenarios: ['9000 rps'] }]; }), file: STUDY, field: 'charts[0].scenarios[0]', message: /no result has scenario "9000 rps"/ },
  { rule: 'body-safety', name: 'an <img> with an onerror handler', edit: (t) => appendBody(t, GUIDE_FILE, '<img src="x" onerror="alert(1)" />'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<img> is not allowed in content/ },
  { rule: 'body-safety', name: 'a <script> element', edit: (t) => appendBody(t, GUIDE_FILE, '<script>{"alert(1)"}</script>'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<script> is not allowed/ },
  { rule: 'body-safety', name: 'an event handler on an allowed element', edit: (t) => appendBody(t, GUIDE_FILE, '<span onmouseover="alert(1)">x</span>'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<span> onmouseover: event-handler attributes run script/ },
  { rule: 'body-safety', name: 'a style attribute', edit: (t) => appendBody(t, GUIDE_FILE, '<span style="background:url(https://evil.example/)">x</span>'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<span> style: attribute not allowed/ },
  { rule: 'body-safety', name: 'a javascript: link', edit: (t) => appendBody(t, GUIDE_FILE, '[x](javascript:alert(1))'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /link "javascript:alert\(1\)" uses javascript:/ },
  { rule: 'body-safety', name: 'a JavaScript: link in capitals', edit: (t) => appendBody(t, GUIDE_FILE, '[x](JavaScript:alert(1))'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /uses javascript:/ },
  { rule: 'body-safety', name: 'a raw <a> element (links are written in Markdown)', edit: (t) => appendBody(t, GUIDE_FILE, '<a href="https://example.org/">x</a>'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<a> is not allowed/ },
  { rule: 'body-safety', name: 'an image from another site', edit: (t) => appendBody(t, GUIDE_FILE, '![tracker](https://evil.example/pixel.png)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /image .* loads from another origin/ },
  { rule: 'body-safety', name: 'a data: image', edit: (t) => appendBody(t, GUIDE_FILE, '![x](data:image/svg+xml;base64,PHN2Zz4=)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /image .* loads from another origin/ },
  { rule: 'body-safety', name: 'a protocol-relative link', edit: (t) => appendBody(t, GUIDE_FILE, '[x](//evil.example/)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /protocol-relative/ },
  { rule: 'body-safety', name: 'an {expression}', edit: (t) => appendBody(t, GUIDE_FILE, '{globalThis.process.exit(1)}'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /expressions run code at build time/ },
  { rule: 'body-safety', name: 'an import', edit: (t) => appendBody(t, GUIDE_FILE, "import fs from 'node:fs'"), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /import\/export statements run code/ },
  { rule: 'body-safety', name: 'a component', edit: (t) => appendBody(t, GUIDE_FILE, '<Chart id="x" />'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /<Chart> is a component/ },
  { rule: 'body-safety', name: 'an attribute given as an expression', edit: (t) => appendBody(t, GUIDE_FILE, '<abbr title={"x"}>x</abbr>'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /attribute values must be plain strings/ },
  { rule: 'internal-links', name: 'a link to a page the site does not build', edit: (t) => appendBody(t, GUIDE_FILE, '[x](/features/no-such-feature/)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /no page \/features\/no-such-feature\/ is built/ },
  { rule: 'internal-links', name: 'a link to a missing anchor', edit: (t) => appendBody(t, GUIDE_FILE, '[x](/features/#mtls-no-such-mesh)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /\/features\/ has no anchor #mtls-no-such-mesh/ },
  { rule: 'internal-links', name: 'a link to a missing heading on the same page', edit: (t) => appendBody(t, GUIDE_FILE, '[x](#no-such-heading)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /\/guides\/guide-a\/ has no anchor #no-such-heading/ },
  { rule: 'internal-links', name: 'a link without its trailing slash', edit: (t) => appendBody(t, GUIDE_FILE, '[x](/benchmarks/study-a)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /write \/benchmarks\/study-a\// },
  { rule: 'internal-links', name: 'a relative link', edit: (t) => appendBody(t, GUIDE_FILE, '[x](../features/)'), file: GUIDE_FILE, field: /^body \(line \d+\)$/, message: /is a relative link/ },
  // One that has no dedicated rule file but must still hold: the same id twice is impossible on one
  // file system (file names are ids), so `unique-id` is proven on an atlas in content-checker.test.ts.
];
