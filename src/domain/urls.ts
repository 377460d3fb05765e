/**
 * Every internal URL the site builds and every URL-state shape it reads, in one place, so links,
 * pages and the address bar cannot drift apart. Pages, components, layouts and browser code write
 * no site path by hand: they call these (tests/unit/hosting/no-internal-paths.test.ts checks).
 * Pure and browser-safe: client scripts import it too.
 */

import { searchPath, type SearchState } from './searchUrl';

// ---------------------------------------------------------------------------------------------
// Anchors: ids of elements that links point into.
// ---------------------------------------------------------------------------------------------

/** Anchor id of a mesh's support cell for a feature on pages that list cells (`#mtls-cilium`). */
export const cellAnchor = (featureId: string, meshId: string) => `${featureId}-${meshId}`;

/** Anchor id of a chart's figure on its study page and embed page (`#chart-seed-latency`). */
export const chartAnchor = (chartId: string) => `chart-${chartId}`;

/** The anchor of a day's changes on the changes page. */
export const changeBatchAnchor = (date: string) => `changes-${date}`;

/** Anchor id of a category's heading in the matrix and on mesh pages (`#category-security`). */
export const categoryAnchor = (category: string) => `category-${category}`;

// ---------------------------------------------------------------------------------------------
// Pair pages: `/compare/<a>-vs-<b>/`, the ids in one canonical order.
// ---------------------------------------------------------------------------------------------

const PAIR_SEPARATOR = '-vs-';

/**
 * The two ids in the order a pair page names them: alphabetical, whichever way they are given, so
 * every pair has exactly one page (the reverse order redirects to it).
 */
export function pairOrder(first: string, second: string): [string, string] {
  if (first === second) throw new Error(`cannot compare "${first}" with itself`);
  return [first, second].sort() as [string, string];
}

/** The slug of the page comparing two meshes (`cilium-vs-linkerd`), in canonical order. */
export const pairSlug = (first: string, second: string) => pairOrder(first, second).join(PAIR_SEPARATOR);

// ---------------------------------------------------------------------------------------------
// Paths.
// ---------------------------------------------------------------------------------------------

const COMPARE = '/compare/';
const FEATURES = '/features/';
const CHARTS = '/charts/';
const DATA = '/data/';

/** The names of the export files' JSON Schemas (`/data/schema/<name>.schema.json`). */
export type ExportSchemaName = 'features' | 'benchmarks' | 'charts' | 'changes' | 'lifecycle';

export const urls = {
  // Pages
  home: () => '/',
  /** The list of meshes, on the home page. */
  meshes: () => '/#meshes',
  /** The folder every mesh profile is in (the list itself is on the home page). */
  meshProfiles: () => '/meshes/',
  mesh: (id: string) => `/meshes/${id}/`,
  /** A mesh's row for a feature on its profile (`/meshes/cilium/#mtls-cilium`). */
  meshCell: (featureId: string, meshId: string): string => `${urls.mesh(meshId)}#${cellAnchor(featureId, meshId)}`,
  features: () => FEATURES,
  /** A view of the feature matrix (`/features/?m=cilium,linkerd&diff=1`). */
  featuresView: (state: MatrixState, options: MatrixOptions) => `${FEATURES}${serializeMatrixState(state, options)}`,
  /** A feature's row in the matrix (`/features/#mtls`). */
  matrixRow: (featureId: string) => `${FEATURES}#${featureId}`,
  /** A mesh's cell in the matrix (`/features/#mtls-cilium`). */
  matrixCell: (featureId: string, meshId: string) => `${FEATURES}#${cellAnchor(featureId, meshId)}`,
  /** A category's rows in the matrix (`/features/#category-security`). */
  matrixCategory: (category: string) => `${FEATURES}#${categoryAnchor(category)}`,
  feature: (id: string) => `${FEATURES}${id}/`,
  /** A mesh's row on a feature page (`/features/mtls/#mtls-cilium`). */
  featureCell: (featureId: string, meshId: string): string => `${urls.feature(featureId)}#${cellAnchor(featureId, meshId)}`,
  compare: () => COMPARE,
  /** The page comparing two meshes, in canonical order whichever way they are given. */
  pair: (first: string, second: string) => `${COMPARE}${pairSlug(first, second)}/`,
  /** A feature's row on a pair page (`/compare/cilium-vs-linkerd/#mtls`). */
  pairFeature: (first: string, second: string, featureId: string): string => `${urls.pair(first, second)}#${featureId}`,
  /** The reverse order of a pair page's URL (`/compare/linkerd-vs-cilium/`), which redirects to it. */
  pairReversed: (first: string, second: string) => `${COMPARE}${pairOrder(first, second).reverse().join(PAIR_SEPARATOR)}/`,
  benchmarks: () => '/benchmarks/',
  study: (id: string) => `/benchmarks/${id}/`,
  /** A chart's figure on its study page (`/benchmarks/seed-3-node-latency/#chart-seed-latency`). */
  studyChart: (studyId: string, chartId: string): string => `${urls.study(studyId)}#${chartAnchor(chartId)}`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  sources: () => '/sources/',
  /** A source's entry on the sources page (`/sources/#istio-docs`). */
  source: (id: string) => `/sources/#${id}`,
  /** The search page, with a query when given (`/search/?q=retry&type=feature`). */
  search: (state: Partial<SearchState> = {}) => searchPath(state),
  calculator: () => '/calculator/',
  /** The calculator with inputs (`/calculator/?pods=1000&nodes=10&hops=3&rps=1000`). */
  calculatorView: (inputs: CalculatorInputs) => `/calculator/${serializeCalculatorInputs(inputs)}`,
  chooser: () => '/choose/',
  /** The chooser with answers (`/choose/?need=mtls&memory=1`). */
  chooserView: (answers: ChooserAnswers) => `/choose/${serializeChooserAnswers(answers)}`,
  /** Every recorded change to a cell, by date. */
  changes: () => '/changes/',
  /** The changes page filtered (`/changes/?since=2026-11-01&mesh=cilium`). */
  changesView: (state: Partial<ChangesState>) => `/changes/${serializeChangesState(state)}`,
  /** A dated batch of changes on the changes page (`/changes/#changes-2026-12-01`). */
  changeBatch: (date: string) => `/changes/#${changeBatchAnchor(date)}`,
  /** One change on the changes page (`/changes/#mtls-cilium-1`). */
  change: (changeId: string) => `/changes/#${changeId}`,
  /** The Atom feed of the changes. */
  changesFeed: () => '/changes.xml',
  /** The data-quality scoreboard. */
  quality: () => '/quality/',
  /** The page listing the cells behind the scoreboard's numbers. */
  qualityCellsPage: () => '/quality/cells/',
  /** The cells behind one number on the scoreboard (`/quality/cells/#stale-cilium`). */
  qualityCells: (measure: string, meshId?: string | null) => `${urls.qualityCellsPage()}#${meshId ? `${measure}-${meshId}` : measure}`,
  /** Release lines, support windows and distributions of every mesh. */
  lifecycle: () => '/lifecycle/',
  /** Every stored Gateway API conformance report (`/conformance/#<source id>` for one). */
  conformance: () => '/conformance/',
  conformanceReport: (sourceId: string) => `/conformance/#${sourceId}`,
  /** Terms a reader meets (`/glossary/#waypoint` for one). */
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  /** One project's lifecycle facts on the lifecycle page (`/lifecycle/#istio`). */
  lifecycleProject: (project: string) => `/lifecycle/#${project}`,
  /** The error page the server answers unknown paths with. */
  notFound: () => '/404.html',

  // Charts: images, data and the page made for iframes
  chartSvg: (id: string) => `${CHARTS}${id}.svg`,
  chartSvgDark: (id: string) => `${CHARTS}${id}.dark.svg`,
  chartPng: (id: string) => `${CHARTS}${id}.png`,
  chartPngDark: (id: string) => `${CHARTS}${id}.dark.png`,
  chartCsv: (id: string) => `${CHARTS}${id}.csv`,
  /** The folder of pages made to sit in iframes (no site chrome; `?theme=` is honoured). */
  embeds: () => '/embed/',
  chartEmbed: (id: string) => `/embed/charts/${id}/`,

  // Link-preview images (1200×630)
  ogDefault: () => '/og/mesh-atlas.png',
  ogStudy: (id: string) => `/og/benchmarks/${id}.png`,
  ogPair: (first: string, second: string) => `/og/compare/${pairSlug(first, second)}.png`,

  // Data exports
  data: () => DATA,
  featuresExport: () => `${DATA}features.json`,
  featuresCsv: () => `${DATA}features.csv`,
  benchmarksExport: () => `${DATA}benchmarks.json`,
  benchmarksCsv: () => `${DATA}benchmarks.csv`,
  chartsExport: () => `${DATA}charts.json`,
  changesExport: () => `${DATA}changes.json`,
  lifecycleExport: () => `${DATA}lifecycle.json`,
  exportSchema: (name: ExportSchemaName) => `${DATA}schema/${name}.schema.json`,

  // Files every page refers to
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
  /** Pagefind's browser bundle, written after the build by `pagefind --site dist`. */
  pagefind: () => '/pagefind/pagefind.js',
} as const;

// ---------------------------------------------------------------------------------------------
// URL state: the matrix (`/features/`) and the compare view (`/compare/`).
// ---------------------------------------------------------------------------------------------

/**
 * The feature matrix's view state and its URL form. The URL is the state: every view can be linked.
 *   m=cilium,linkerd   meshes shown (columns), in the order given
 *   cat=security       categories shown
 *   q=retry            text filter over name, aliases and description
 *   diff=1             only rows where the shown meshes differ
 * Defaults are left out of the URL, so the plain page URL is the full matrix.
 */
export interface MatrixState {
  meshes: string[];
  categories: string[];
  q: string;
  diff: boolean;
}

export interface MatrixOptions {
  meshIds: readonly string[];
  categoryIds: readonly string[];
  /** Meshes shown when the URL names none (default: all). */
  defaultMeshes?: readonly string[];
  /** Fewest and most meshes a selection may have; outside that, the default applies. */
  minMeshes?: number;
  maxMeshes?: number;
}

export function defaultMatrixState(options: MatrixOptions): MatrixState {
  return { meshes: [...(options.defaultMeshes ?? options.meshIds)], categories: [...options.categoryIds], q: '', diff: false };
}

const list = (value: string | null, known: readonly string[]) =>
  [...new Set((value ?? '').split(',').map((s) => s.trim()).filter((s) => known.includes(s)))];

/** Reads the state from a query string; unknown ids are dropped, bad selections fall back to defaults. */
export function parseMatrixState(search: string, options: MatrixOptions): MatrixState {
  const params = new URLSearchParams(search);
  const defaults = defaultMatrixState(options);
  const meshes = list(params.get('m'), options.meshIds);
  const categories = list(params.get('cat'), options.categoryIds);
  const min = options.minMeshes ?? 1;
  const max = options.maxMeshes ?? options.meshIds.length;
  return {
    meshes: meshes.length >= min && meshes.length <= max ? meshes : defaults.meshes,
    categories: categories.length ? categories : defaults.categories,
    q: (params.get('q') ?? '').trim().slice(0, 100),
    diff: params.get('diff') === '1',
  };
}

/** Writes the state as a query string (with `?`), or '' when everything is at its default. */
export function serializeMatrixState(state: MatrixState, options: MatrixOptions): string {
  const defaults = defaultMatrixState(options);
  const params = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(state.meshes, defaults.meshes)) params.set('m', state.meshes.join(','));
  if (!same([...state.categories].sort(), [...defaults.categories].sort())) {
    params.set('cat', options.categoryIds.filter((c) => state.categories.includes(c)).join(','));
  }
  if (state.q) params.set('q', state.q);
  if (state.diff) params.set('diff', '1');
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** How many meshes the compare view shows side by side: its legend and its URL state both use this. */
export const COMPARE_MESHES = { min: 2, max: 4 } as const;

/**
 * The compare view's options: the matrix state with 2 to 4 meshes, and by default the first
 * `COMPARE_MESHES.max` of the compared meshes (display order), so the default obeys the bounds too.
 */
export function compareViewOptions(meshIds: readonly string[], comparedIds: readonly string[], categoryIds: readonly string[]): Required<MatrixOptions> {
  return {
    meshIds,
    categoryIds,
    defaultMeshes: comparedIds.slice(0, COMPARE_MESHES.max),
    minMeshes: COMPARE_MESHES.min,
    maxMeshes: COMPARE_MESHES.max,
  };
}

// URL state: search lives in ./searchUrl, so the search launcher on every page ships only that.
export { parseSearchState, searchPath, serializeSearchState, type SearchState } from './searchUrl';

// ---------------------------------------------------------------------------------------------
// URL state: the chooser (`/choose/?need=mtls&services=40&fips=1&runs=istio&memory=1&ebpf=no`).
// ---------------------------------------------------------------------------------------------

export interface ChooserAnswers {
  need: string[];
  services: number | null;
  pods: number | null;
  nodes: number | null;
  /** Constraint flags ticked (the `chooser.flag` of a feature, e.g. `fips`). */
  constraints: string[];
  /** The project the team already runs (a mesh file's `project`), or null. */
  runs: string | null;
  /** Does the team have eBPF / kernel experience? null: not answered. */
  ebpf: boolean | null;
  memory: boolean;
  latency: boolean;
}

export const EMPTY_ANSWERS: ChooserAnswers = { need: [], services: null, pods: null, nodes: null, constraints: [], runs: null, ebpf: null, memory: false, latency: false };

const PRIORITIES = ['memory', 'latency'] as const;
const NUMBERS = ['services', 'pods', 'nodes'] as const;
/** URL parameters the chooser itself uses; a feature's constraint flag may not be one (rule `chooser-flags`). */
export const CHOOSER_PARAMS: readonly string[] = ['need', ...NUMBERS, 'runs', 'ebpf', ...PRIORITIES];

/** What the URL may name: features, constraint flags and projects that exist. */
export interface ChooserVocabulary {
  featureIds: readonly string[];
  constraintFlags: readonly string[];
  projects: readonly string[];
}

/**
 * Reads answers from a query string; unknown ids are dropped. `?<project>=1` (the form links used
 * before `runs=`) still reads as `runs=<project>`.
 */
export function parseChooserAnswers(search: string, vocabulary: ChooserVocabulary): ChooserAnswers {
  const params = new URLSearchParams(search);
  const number = (key: string) => {
    const value = Number(params.get(key));
    return params.get(key) && Number.isInteger(value) && value > 0 && value <= 10_000_000 ? value : null;
  };
  const ebpf = params.get('ebpf');
  const runs = params.get('runs');
  return {
    need: [...new Set((params.get('need') ?? '').split(',').filter((id) => vocabulary.featureIds.includes(id)))],
    services: number('services'),
    pods: number('pods'),
    nodes: number('nodes'),
    constraints: vocabulary.constraintFlags.filter((flag) => params.get(flag) === '1'),
    runs: runs !== null && vocabulary.projects.includes(runs) ? runs : (vocabulary.projects.find((p) => params.get(p) === '1') ?? null),
    ebpf: ebpf === 'yes' ? true : ebpf === 'no' ? false : null,
    memory: params.get('memory') === '1',
    latency: params.get('latency') === '1',
  };
}

export function serializeChooserAnswers(answers: ChooserAnswers): string {
  const params: string[] = [];
  if (answers.need.length) params.push(`need=${answers.need.join(',')}`);
  for (const key of NUMBERS) if (answers[key] !== null) params.push(`${key}=${answers[key]}`);
  for (const flag of answers.constraints) params.push(`${flag}=1`);
  if (answers.runs !== null) params.push(`runs=${answers.runs}`);
  for (const flag of PRIORITIES) if (answers[flag]) params.push(`${flag}=1`);
  if (answers.ebpf !== null) params.push(`ebpf=${answers.ebpf ? 'yes' : 'no'}`);
  return params.length ? `?${params.join('&')}` : '';
}

// ---------------------------------------------------------------------------------------------
// URL state: the calculator (`/calculator/?pods=1000&nodes=10&hops=3&rps=1000`).
// ---------------------------------------------------------------------------------------------

export interface CalculatorInputs {
  pods: number;
  nodes: number;
  hops: number;
  rps: number;
}

export const CALCULATOR_DEFAULTS: CalculatorInputs = { pods: 1000, nodes: 10, hops: 3, rps: 1000 };
export const CALCULATOR_LIMITS: Record<keyof CalculatorInputs, { min: number; max: number; label: string }> = {
  pods: { min: 1, max: 1_000_000, label: 'Application pods' },
  nodes: { min: 1, max: 100_000, label: 'Nodes' },
  hops: { min: 1, max: 50, label: 'Services in a call chain (hops)' },
  rps: { min: 1, max: 10_000_000, label: 'Requests per second' },
};

/** Reads inputs from a query string; a missing, non-numeric or out-of-range value takes its default. */
export function parseCalculatorInputs(search: string): CalculatorInputs {
  const params = new URLSearchParams(search);
  const read = (key: keyof CalculatorInputs) => {
    const raw = params.get(key);
    const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
    const { min, max } = CALCULATOR_LIMITS[key];
    return Number.isInteger(value) && value >= min && value <= max ? value : CALCULATOR_DEFAULTS[key];
  };
  return { pods: read('pods'), nodes: read('nodes'), hops: read('hops'), rps: read('rps') };
}

export function serializeCalculatorInputs(inputs: CalculatorInputs): string {
  return `?pods=${inputs.pods}&nodes=${inputs.nodes}&hops=${inputs.hops}&rps=${inputs.rps}`;
}


// ---------------------------------------------------------------------------------------------
// URL state: the changes page (`/changes/?since=2026-11-01&mesh=cilium`).
// ---------------------------------------------------------------------------------------------

export interface ChangesState {
  /** Only changes on or after this day (YYYY-MM-DD). */
  since: string | null;
  /** Only changes to this mesh's cells. */
  mesh: string | null;
}

export interface ParsedChangesState {
  state: ChangesState;
  /** What was refused, for the page to say (a bad value changes nothing). */
  errors: string[];
}

const isCalendarDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** Reads `?since=` and `?mesh=`; values that are not a real date or a known mesh are refused. */
export function parseChangesState(search: string, meshIds: readonly string[]): ParsedChangesState {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const since = params.get('since');
  const mesh = params.get('mesh');
  const state: ChangesState = { since: null, mesh: null };
  if (since !== null && since !== '') {
    if (isCalendarDate(since)) state.since = since;
    else errors.push(`“${since}” is not a date written YYYY-MM-DD, so every date is shown.`);
  }
  if (mesh !== null && mesh !== '') {
    if (meshIds.includes(mesh)) state.mesh = mesh;
    else errors.push(`“${mesh}” is not a mesh on this site, so every mesh is shown.`);
  }
  return { state, errors };
}

export function serializeChangesState(state: Partial<ChangesState>): string {
  const params = new URLSearchParams();
  if (state.since) params.set('since', state.since);
  if (state.mesh) params.set('mesh', state.mesh);
  const text = params.toString();
  return text ? `?${text}` : '';
}
