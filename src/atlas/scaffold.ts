/**
 * The pure half of the scaffolding commands (`npm run new:mesh|new:feature|new:source|new:study --
 * ID`, run by `scripts/new.ts`): from what the content folder holds now (ids, feature categories and
 * orders, the text of every mesh file) it builds the texts of the files to create and the edited
 * texts of the mesh files to change, plus the "fill in next" list. It reads and writes nothing;
 * the script does that, validates the whole tree and reverts on any problem.
 *
 * Every placeholder starts with "TODO" and passes the schema and the rules, so a scaffolded tree
 * validates and the author can fill it in one field at a time. Where the schema leaves no room for
 * a placeholder (an enum, a required date), the value is the most neutral one allowed and a YAML
 * comment beside it says it is a placeholder.
 */
import { KEBAB_ID } from '../schemas/common';
import { ConditionsSchema } from '../schemas/benchmark';
import { CATEGORIES, CATEGORY_IDS, CNCF_STATUSES, DATA_PLANE_KINDS, SOURCE_KINDS, type Category } from '../schemas/vocab';

export type ScaffoldKind = 'mesh' | 'feature' | 'source' | 'study';
export const SCAFFOLD_KINDS: readonly ScaffoldKind[] = ['mesh', 'feature', 'source', 'study'];

/** One file to write: `path` is the content folder joined with the file's place in it. */
export interface FileEdit {
  path: string;
  text: string;
  /** `create`: a new file (refused if it exists); `edit`: a new text for an existing file. */
  action: 'create' | 'edit';
  /** What the edit is, for the command's report ("created", "added support.fips"). */
  summary: string;
}

export interface ScaffoldPlan {
  edits: FileEdit[];
  /** Existing files the new ones cite and that were left as they are. */
  reused: string[];
  /** What the author fills in next, one item each, in order. */
  todo: string[];
}

/** A mesh file as it is on disk: its id (file name), its text and, when it parsed, its data. */
export interface MeshFile {
  id: string;
  text: string;
  data?: unknown;
}

/** What the scaffolder needs to know about the content folder. */
export interface ContentSnapshot {
  /** The content folder as the user named it (`content`, `../copy/content`); edits' paths start with it. */
  contentDir: string;
  /** Today as YYYY-MM-DD: the placeholder for dates the schema requires. */
  today: string;
  /** Ids of the files each collection holds now (valid or not). */
  ids: Record<'meshes' | 'features' | 'sources' | 'benchmarks' | 'guides', ReadonlySet<string>>;
  /** Every feature file that parsed: its id and raw data (category and order are read from it). */
  features: readonly { id: string; data: unknown }[];
  /** Every mesh file. */
  meshes: readonly MeshFile[];
}

export interface MeshOptions {
  /** Write `project: <id>` (the schema's `project` accepts the id). */
  project: boolean;
  /** Write `projectName: "TODO: project name"` (the schema has `projectName`). */
  projectName: boolean;
  /** The docs stub is the project's own documentation: `vendorOf: [<id>]` (the schema accepts it). */
  vendorOf: boolean;
}

export interface FeatureOptions {
  category?: string;
}

/** Input the command refuses: the message is the one line it prints after `new: `. */
export class ScaffoldError extends Error {}
const refuse = (message: string): never => {
  throw new ScaffoldError(message);
};

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string): string => JSON.stringify(text);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const dirOf = (snapshot: ContentSnapshot) => snapshot.contentDir.replace(/[\\/]+$/, '') || '.';
const pathIn = (snapshot: ContentSnapshot, folder: string, file: string) => `${dirOf(snapshot)}/${folder}/${file}`;

const COLLECTION_OF: Record<ScaffoldKind, { folder: keyof ContentSnapshot['ids']; ext: string; noun: string }> = {
  mesh: { folder: 'meshes', ext: '.mdx', noun: 'mesh' },
  feature: { folder: 'features', ext: '.yaml', noun: 'feature' },
  source: { folder: 'sources', ext: '.yaml', noun: 'source' },
  study: { folder: 'benchmarks', ext: '.mdx', noun: 'study' },
};

/** Refuses an id that is not lowercase-kebab or whose file already exists. */
export function checkNewId(kind: ScaffoldKind, id: string, snapshot: ContentSnapshot): void {
  const { folder, ext, noun } = COLLECTION_OF[kind];
  if (!KEBAB_ID.test(id)) {
    refuse(`"${id}" is not a lowercase-kebab id (a-z, 0-9 and single hyphens, e.g. open-service-mesh); it becomes the file name and the URL`);
  }
  if (snapshot.ids[folder].has(id)) refuse(`${noun} "${id}" already exists (${pathIn(snapshot, folder, `${id}${ext}`)}); choose another id`);
}

/** The header comment of every scaffolded file. */
const header = (kind: ScaffoldKind, id: string, today: string) => [
  `# Scaffolded on ${today} by \`npm run new:${kind} -- ${id}\`.`,
  '# Every "TODO" is a placeholder that passes the checks but is not true yet: replace each one (the',
  '# command printed the list), delete these comments when done, then run `npm run validate`.',
];

const todayComment = (what: string) => `# TODO: today's date is a placeholder the schema requires; ${what}`;
const oneOf = (values: readonly string[]) => values.join(' | ');

// ---------------------------------------------------------------------------------------------
// Sources

interface SourceStub {
  id: string;
  kind: (typeof SOURCE_KINDS)[number];
  vendorOf: string[];
  /** What the source is for, said in its header comment. */
  what?: string;
}

function sourceText(stub: SourceStub, scaffoldedAs: { kind: ScaffoldKind; id: string }, today: string): string {
  const vendor = stub.vendorOf.length
    ? `vendorOf: [${stub.vendorOf.join(', ')}]   # the project's own documentation; make it [] if an independent party wrote it`
    : 'vendorOf: []   # TODO: [project id] when the vendor or maintainers of a project wrote it (a project some mesh file declares)';
  return [
    ...header(scaffoldedAs.kind, scaffoldedAs.id, today),
    ...(stub.what ? [`# This source is ${stub.what}.`] : []),
    'title: "TODO: the title as the publisher gives it"',
    'publisher: "TODO: who published it"',
    'url: https://example.invalid/TODO   # TODO: where to read it (https only)',
    `kind: ${stub.kind}   # TODO: one of ${oneOf(SOURCE_KINDS)}`,
    vendor,
    `accessed: '${today}'   ${todayComment('make it the date you read the source')}`,
    "# date: 'YYYY-MM-DD'   # publication date, when the source states one (optional)",
    '# appliesTo: which version of the software it describes, when it says (optional)',
    '',
  ].join('\n');
}

const sourceTodo = (path: string): string[] => [
  `${path}: title, publisher and url (replace https://example.invalid/TODO), then kind and vendorOf`,
  `${path}: accessed (the date you read it); optionally date, author, appliesTo, note`,
];

/** The source a new mesh or study cites: written as a stub unless a file with that id exists. */
function citedSource(snapshot: ContentSnapshot, stub: SourceStub, scaffoldedAs: { kind: ScaffoldKind; id: string }, plan: ScaffoldPlan): void {
  const path = pathIn(snapshot, 'sources', `${stub.id}.yaml`);
  if (snapshot.ids.sources.has(stub.id)) {
    plan.reused.push(path);
    return;
  }
  plan.edits.push({ path, action: 'create', summary: 'created (source stub)', text: sourceText(stub, scaffoldedAs, snapshot.today) });
}

export function scaffoldSource(id: string, snapshot: ContentSnapshot): ScaffoldPlan {
  checkNewId('source', id, snapshot);
  const path = pathIn(snapshot, 'sources', `${id}.yaml`);
  const text = sourceText({ id, kind: 'docs', vendorOf: [] }, { kind: 'source', id }, snapshot.today);
  return {
    edits: [{ path, action: 'create', summary: 'created', text }],
    reused: [],
    todo: [...sourceTodo(path), `cite it: add ${id} to the sources list of the cells, texts or studies it supports`],
  };
}

// ---------------------------------------------------------------------------------------------
// Features

interface FeatureInfo {
  id: string;
  category: string | undefined;
  order: number;
  name: string | undefined;
}

/** Category, order (schema default 100) and name of each feature, from its raw data. */
function featureInfo(features: ContentSnapshot['features']): FeatureInfo[] {
  return features.map(({ id, data }) => {
    const record = isRecord(data) ? data : {};
    return {
      id,
      category: typeof record['category'] === 'string' ? record['category'] : undefined,
      order: typeof record['order'] === 'number' && Number.isFinite(record['order']) ? record['order'] : 100,
      name: typeof record['name'] === 'string' ? record['name'] : undefined,
    };
  });
}

/** The order after the last feature of `category`, on the tens (the first gets 10). */
export function nextFeatureOrder(features: ContentSnapshot['features'], category: string): number {
  const orders = featureInfo(features).filter((f) => f.category === category).map((f) => f.order);
  return orders.length ? Math.floor(Math.max(...orders) / 10) * 10 + 10 : 10;
}

/** The lines of one `unknown` cell, without indentation beyond `child` for its fields. */
function unknownCellLines(featureId: string, key: string, child: string, comment: string): string[] {
  return [
    `${key}${featureId}:`,
    `${child}level: unknown`,
    `${child}note: ${q(`TODO: nobody has checked this yet; say what was looked for, and where (${comment})`)}`,
    `${child}# unchecked: add verified (the date) and verifiedAgainst (the release) when you check this cell`,
  ];
}

const leading = (line: string) => /^[ \t]*/.exec(line)![0];
const isBlankOrComment = (line: string) => /^\s*(#.*)?$/.test(line);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Adds a support cell at the end of the frontmatter's `support:` mapping, with the indentation that
 * mapping uses, and returns the new text; every other byte of `text` is kept (line endings too).
 * `cell(key, child)` gives the cell's lines, `key` being the indentation of the mapping's keys and
 * `child` that of a cell's fields. Throws `ScaffoldError` when there is no block `support:` mapping
 * or it already has the cell.
 */
export function insertSupportCell(text: string, featureId: string, cell: (key: string, child: string) => string[], file = 'the mesh file'): string {
  const crlf = text.includes('\r\n');
  const lines = text.split('\n');
  // The lines without their carriage returns, for matching; `lines` keeps them, for writing.
  const bare = lines.map((line) => line.replace(/\r$/, ''));
  if (bare[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') refuse(`${file}: no frontmatter (a block between --- lines at the top)`);
  const close = bare.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) refuse(`${file}: its frontmatter has no closing --- line`);
  const start = bare.findIndex((line, index) => index > 0 && index < close && /^support\s*:/.test(line));
  if (start < 0) refuse(`${file}: no support: mapping in its frontmatter; add the ${featureId} cell by hand`);
  if (!/^support\s*:\s*(#.*)?$/.test(bare[start]!)) refuse(`${file}: support: is not written as an indented block; add the ${featureId} cell by hand`);
  // The mapping runs until the next line that starts in column 0 with something other than a comment.
  let end = start + 1;
  while (end < close && (isBlankOrComment(bare[end]!) || /^[ \t]/.test(bare[end]!))) end += 1;
  const keys = bare.slice(start + 1, end).filter((line) => !isBlankOrComment(line));
  const key = keys[0] === undefined ? '  ' : leading(keys[0]);
  const deeper = keys.find((line) => leading(line).length > key.length);
  const child = deeper === undefined ? key + key : leading(deeper);
  const existing = new RegExp(`^${key}(['"]?)${escapeRegExp(featureId)}\\1\\s*:`);
  if (keys.some((line) => existing.test(line))) refuse(`${file}: already has a support.${featureId} cell`);
  // After the mapping's last indented, non-blank line (a comment in column 0 after it stays after it).
  let at = end;
  while (at > start + 1 && (bare[at - 1]!.trim() === '' || !/^[ \t]/.test(bare[at - 1]!))) at -= 1;
  const added = cell(key, child).map((line) => (crlf ? `${line}\r` : line));
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
}

export function scaffoldFeature(id: string, snapshot: ContentSnapshot, options: FeatureOptions = {}): ScaffoldPlan {
  checkNewId('feature', id, snapshot);
  const category = options.category ?? CATEGORY_IDS[0];
  if (!(CATEGORY_IDS as readonly string[]).includes(category)) refuse(`--category "${category}" is not a category; use one of ${CATEGORY_IDS.join(', ')}`);
  const order = nextFeatureOrder(snapshot.features, category);
  const last = featureInfo(snapshot.features)
    .filter((f) => f.category === category)
    .sort((a, b) => b.order - a.order || a.id.localeCompare(b.id))[0];
  const path = pathIn(snapshot, 'features', `${id}.yaml`);
  const text = [
    ...header('feature', id, snapshot.today),
    'name: "TODO: short name for the matrix row"',
    `category: ${category}   # ${CATEGORIES[category as Category]}; one of ${oneOf(CATEGORY_IDS)}`,
    `order: ${order}   # after ${last ? `${last.id} (${last.order})` : 'nothing: the first feature'} in ${category}; if you change the category, change this too`,
    'description: >-',
    '  TODO: what the feature is, in one or two sentences.',
    'whyItMatters: >-',
    '  TODO: why a platform team would care.',
    'aliases: []   # other names the same question goes by (vendor terms, other comparison tables)',
    '',
  ].join('\n');
  const plan: ScaffoldPlan = { edits: [{ path, action: 'create', summary: 'created', text }], reused: [], todo: [] };
  plan.todo.push(`${path}: name, description, whyItMatters (and aliases, if it goes by other names)`);
  plan.todo.push(`${path}: category (now ${category}) and order (now ${order}, the last of its category)`);
  for (const mesh of snapshot.meshes) {
    const meshPath = pathIn(snapshot, 'meshes', `${mesh.id}.mdx`);
    const edited = insertSupportCell(mesh.text, id, (key, child) => unknownCellLines(id, key, child, `added by new:feature ${id}`), meshPath);
    plan.edits.push({ path: meshPath, action: 'edit', summary: `added support.${id} (level unknown)`, text: edited });
    plan.todo.push(`${meshPath}: support.${id}: level, note, sources, verified and verifiedAgainst, once you have checked it`);
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Meshes

const CELL_NOTE = 'TODO: nobody has checked this yet; say what was looked for, and where';

/** Features grouped in matrix order: by category (vocabulary order), then order, then id. */
function featuresInMatrixOrder(features: ContentSnapshot['features']): { category: string | undefined; features: FeatureInfo[] }[] {
  const info = featureInfo(features);
  const rank = (category: string | undefined) => {
    const index = category === undefined ? -1 : (CATEGORY_IDS as readonly string[]).indexOf(category);
    return index < 0 ? CATEGORY_IDS.length : index;
  };
  info.sort((a, b) => rank(a.category) - rank(b.category) || a.order - b.order || a.id.localeCompare(b.id));
  const groups: { category: string | undefined; features: FeatureInfo[] }[] = [];
  for (const feature of info) {
    const group = groups.at(-1);
    if (group && rank(group.category) === rank(feature.category)) group.features.push(feature);
    else groups.push({ category: rank(feature.category) < CATEGORY_IDS.length ? feature.category : undefined, features: [feature] });
  }
  return groups;
}

export function scaffoldMesh(id: string, snapshot: ContentSnapshot, options: MeshOptions): ScaffoldPlan {
  checkNewId('mesh', id, snapshot);
  const sourceId = `${id}-docs`;
  const plan: ScaffoldPlan = { edits: [], reused: [], todo: [] };
  const orders = snapshot.meshes.map((m) => (isRecord(m.data) && typeof m.data['order'] === 'number' ? m.data['order'] : -1));
  const order = Math.max(-1, ...orders) + 1;
  // The profile to model the body on: the first mesh proper (not the baseline) in display order.
  const example = snapshot.meshes
    .filter((m) => isRecord(m.data) && m.data['baseline'] !== true)
    .sort((a, b) => orders[snapshot.meshes.indexOf(a)]! - orders[snapshot.meshes.indexOf(b)]! || a.id.localeCompare(b.id))[0];
  const { today } = snapshot;
  const path = pathIn(snapshot, 'meshes', `${id}.mdx`);
  const src = `[${sourceId}]`;
  const support: string[] = [
    'support:',
    "  # One cell per feature, all \"unknown\" and unchecked (so listed as stale) until someone checks them:",
    '  # then add `verified` (the date) and `verifiedAgainst` (the release checked) to each.',
  ];
  for (const group of featuresInMatrixOrder(snapshot.features)) {
    support.push(`  # --- ${group.category ? CATEGORIES[group.category as Category] : 'Other'} ---`);
    for (const feature of group.features) {
      support.push(`  ${feature.id}:`, '    level: unknown', `    note: ${q(CELL_NOTE)}`);
    }
  }
  const lines = [
    '---',
    ...header('mesh', id, today),
    'name: "TODO: full name"',
    'shortName: "TODO: short name"',
    ...(options.project ? [`project: ${id}   # the upstream project id; every mode of one project uses the same one`] : []),
    ...(options.projectName ? ['projectName: "TODO: project name"'] : []),
    'baseline: false',
    'maintainer: "TODO: who maintains it and who sells support for it"',
    'licence: "TODO: SPDX id"',
    `cncf: none   # TODO: one of ${oneOf(CNCF_STATUSES)}`,
    "versionReviewed: 'TODO'   # TODO: the newest release you checked this profile against, e.g. '1.2.3'",
    `reviewed: '${today}'   ${todayComment('make it the date you finish the review')}`,
    '# homepage: https://…   # TODO: the project home page (optional)',
    `order: ${order}   # after the last mesh; lower comes first in tables and legends`,
    'summary: "TODO: one sentence for cards and link previews."',
    'architecture:',
    `  dataPlane: sidecar   # TODO: one of ${oneOf(DATA_PLANE_KINDS)}`,
    '  proxy: "TODO: the proxy software, if any"',
    '  l4: "TODO: where layer-4 traffic (connections, mTLS, L4 policy) is handled"',
    '  l7: "TODO: where layer-7 traffic (HTTP routing, retries, L7 policy) is handled"',
    '  controlPlane: "TODO: the control plane and how it is deployed"',
    '  identity: "TODO: how workloads get an identity"',
    '  encryption: "TODO: how traffic is encrypted in transit"',
    `  sources: ${src}`,
    'resourceModel:',
    '  perPod: "TODO: cost that grows with every pod"',
    '  perNode: "TODO: cost that grows with every node"',
    '  shared: "TODO: cost shared by the cluster (control plane, optional proxies)"',
    `  sources: ${src}`,
    'strengths:',
    '  - text: "TODO: something it does well, with its evidence"',
    `    sources: ${src}`,
    'limits:',
    '  - text: "TODO: somewhere it falls short, with its evidence"',
    `    sources: ${src}`,
    ...support,
    '---',
    '',
    `TODO: describe ${id} in your own words: how traffic flows through it, what its control plane`,
    'does, and how workloads get an identity and encryption. Cite sources as Markdown links to',
    `\`https://\` addresses.${example ? ` See \`${pathIn(snapshot, 'meshes', `${example.id}.mdx`)}\` for the usual sections.` : ''}`,
    '',
  ];
  plan.edits.push({ path, action: 'create', summary: 'created', text: lines.join('\n') });
  citedSource(snapshot, { id: sourceId, kind: 'docs', vendorOf: options.vendorOf ? [id] : [], what: `the documentation the ${id} mesh profile cites` }, { kind: 'mesh', id }, plan);
  const cells = featureInfo(snapshot.features).length;
  plan.todo.push(
    `${path}: name, shortName${options.projectName ? ', projectName' : ''}` +
      (options.project ? `; project (now ${id}: if this is a mode of a project another mesh file names, use that project's id and name)` : ''),
    `${path}: maintainer, licence, cncf`,
    `${path}: versionReviewed and reviewed; homepage (optional)`,
    `${path}: summary`,
    `${path}: architecture: dataPlane, proxy, l4, l7, controlPlane, identity, encryption`,
    `${path}: resourceModel: perPod, perNode, shared`,
    `${path}: strengths and limits (one placeholder each; add more, each with its sources)`,
    `${path}: support: ${cells} cells at level unknown; for each one you check set level, note, sources, verified and verifiedAgainst`,
    `${path}: the body (the TODO paragraph below the frontmatter)`,
    `${path}: replace ${sourceId} in the sources lists with the sources that back each claim (add them with npm run new:source)`,
  );
  if (!plan.reused.length) plan.todo.push(...sourceTodo(pathIn(snapshot, 'sources', `${sourceId}.yaml`)));
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Studies

/** The mesh the placeholder result names: the baseline if there is one, else the first by order. */
function placeholderMesh(meshes: readonly MeshFile[]): string {
  const parsed = meshes.map((m) => ({ id: m.id, data: isRecord(m.data) ? m.data : {} }));
  const baseline = parsed.find((m) => m.data['baseline'] === true);
  if (baseline) return baseline.id;
  const first = parsed.sort((a, b) => (Number(a.data['order']) || 0) - (Number(b.data['order']) || 0) || a.id.localeCompare(b.id))[0];
  return first ? first.id : refuse('a study needs a mesh for its placeholder result, and content/meshes/ has none');
}

/** The conditions a study states or leaves `null` ("not stated"), as the schema lists them. */
const CONDITION_KEYS = Object.entries(ConditionsSchema().shape)
  .filter(([, schema]) => schema.safeParse(null).success)
  .map(([key]) => key);

export function scaffoldStudy(id: string, snapshot: ContentSnapshot): ScaffoldPlan {
  checkNewId('study', id, snapshot);
  const sourceId = `${id}-report`;
  const mesh = placeholderMesh(snapshot.meshes);
  const { today } = snapshot;
  const path = pathIn(snapshot, 'benchmarks', `${id}.mdx`);
  const plan: ScaffoldPlan = { edits: [], reused: [], todo: [] };
  const lines = [
    '---',
    ...header('study', id, today),
    'title: "TODO: our title for the study"   # at most 57 characters',
    'publisher: "TODO: who ran and published it"',
    'vendorOf: []   # TODO: [project id] when a project\'s vendor or maintainers ran it',
    "date: null   # TODO: the publication date as 'YYYY-MM-DD'; null only when the study states none",
    `verified: '${today}'   ${todayComment('make it the date you check the numbers against the study')}`,
    'summary: "TODO: one sentence for cards and link previews."',
    'versions: {}   # TODO: versions tested, keyed by mesh id (only meshes with results), as the study states them',
    `sources: [${sourceId}]   # the first source is the study itself`,
    'conditions:   # null means "not stated": fill in only what the study says',
    ...CONDITION_KEYS.map((key) => `  ${key}: null`),
    '  # other: anything else that shapes the numbers (Kubernetes version, CNI, churn)',
    'results:',
    '  # TODO: replace this placeholder (its 0 is not a measurement) with the numbers the study reports;',
    '  # metric ids and their units are in src/schemas/metrics.ts',
    `  - { mesh: ${mesh}, variant: "TODO: configuration", scenario: "TODO: load point", metric: latency_p50_ms, value: 0, unit: ms, note: "TODO: placeholder, not a number from the study" }`,
    'caveats:',
    '  - "TODO: what the numbers do not show"',
    'charts: []',
    '---',
    '',
    `TODO: say in your own words what ${id} measured, how, and what it shows. Keep to what the`,
    'study states; write "not stated" rather than guess.',
    '',
  ];
  plan.edits.push({ path, action: 'create', summary: 'created', text: lines.join('\n') });
  citedSource(snapshot, { id: sourceId, kind: 'benchmark', vendorOf: [], what: `the report of the ${id} study` }, { kind: 'study', id }, plan);
  plan.todo.push(
    `${path}: title, publisher, vendorOf, date`,
    `${path}: verified, summary`,
    `${path}: versions and conditions (${CONDITION_KEYS.join(', ')}): leave null what the study does not state`,
    `${path}: results (replace the placeholder on ${mesh}, whose 0 is not a measurement)`,
    `${path}: caveats, and charts (optional)`,
    `${path}: the body (the TODO paragraph below the frontmatter)`,
  );
  if (!plan.reused.length) plan.todo.push(...sourceTodo(pathIn(snapshot, 'sources', `${sourceId}.yaml`)));
  return plan;
}

/** The plan for one command. */
export function scaffold(kind: ScaffoldKind, id: string, snapshot: ContentSnapshot, options: { mesh: MeshOptions; feature?: FeatureOptions }): ScaffoldPlan {
  switch (kind) {
    case 'mesh':
      return scaffoldMesh(id, snapshot, options.mesh);
    case 'feature':
      return scaffoldFeature(id, snapshot, options.feature);
    case 'source':
      return scaffoldSource(id, snapshot);
    case 'study':
      return scaffoldStudy(id, snapshot);
  }
}
