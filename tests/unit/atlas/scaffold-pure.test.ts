/**
 * Direct tests of the pure scaffolder (src/atlas/scaffold.ts) on small hand-made snapshots: the
 * generated files are the product, so their expected texts are written out here line by line.
 */
import { describe, expect, it } from 'vitest';
import {
  checkNewId,
  insertSupportCell,
  nextFeatureOrder,
  scaffold,
  scaffoldFeature,
  scaffoldMesh,
  scaffoldSource,
  scaffoldStudy,
  ScaffoldError,
  type ContentSnapshot,
  type MeshFile,
} from '../../../src/atlas/scaffold';

const TODAY = '2026-01-02';
const join = (...lines: string[]) => lines.join('\n');

function snapshot(over: Partial<ContentSnapshot> = {}, ids: Partial<ContentSnapshot['ids']> = {}): ContentSnapshot {
  return {
    contentDir: 'content/',
    today: TODAY,
    ids: { meshes: new Set(['alpha']), features: new Set(['mtls']), sources: new Set(['docs-a']), benchmarks: new Set(['bench-a']), guides: new Set(), ...ids },
    features: [],
    meshes: [],
    ...over,
  };
}

const headerOf = (kind: string, id: string) => [
  `# Scaffolded on ${TODAY} by \`npm run new:${kind} -- ${id}\`.`,
  '# Every "TODO" is a placeholder that passes the checks but is not true yet: replace each one (the',
  '# command printed the list), delete these comments when done, then run `npm run validate`.',
];

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScaffoldError);
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('did not throw');
};

describe('checkNewId', () => {
  it('refuses ids that are not lowercase-kebab, with the exact message', () => {
    for (const id of ['Kuma', 'a--b', 'a_b', '', 'x.mdx']) {
      expect(refusal(() => checkNewId('mesh', id, snapshot()))).toBe(
        `"${id}" is not a lowercase-kebab id (a-z, 0-9 and single hyphens, e.g. open-service-mesh); it becomes the file name and the URL`,
      );
    }
  });

  it('refuses an existing id of each kind, naming its file under the content folder without trailing slashes', () => {
    const snap = snapshot({ contentDir: 'some/content\\//' });
    expect(refusal(() => checkNewId('mesh', 'alpha', snap))).toBe('mesh "alpha" already exists (some/content/meshes/alpha.mdx); choose another id');
    expect(refusal(() => checkNewId('feature', 'mtls', snap))).toBe('feature "mtls" already exists (some/content/features/mtls.yaml); choose another id');
    expect(refusal(() => checkNewId('source', 'docs-a', snap))).toBe('source "docs-a" already exists (some/content/sources/docs-a.yaml); choose another id');
    expect(refusal(() => checkNewId('study', 'bench-a', snap))).toBe('study "bench-a" already exists (some/content/benchmarks/bench-a.mdx); choose another id');
    expect(refusal(() => checkNewId('mesh', 'alpha', snapshot({ contentDir: '/' })))).toBe('mesh "alpha" already exists (./meshes/alpha.mdx); choose another id');
    expect(refusal(() => checkNewId('mesh', 'alpha', snapshot({ contentDir: '/abs/content' })))).toBe('mesh "alpha" already exists (/abs/content/meshes/alpha.mdx); choose another id');
  });

  it('accepts a new id, and looks only in its own collection', () => {
    expect(() => checkNewId('mesh', 'mtls', snapshot())).not.toThrow();
    expect(() => checkNewId('feature', 'alpha', snapshot())).not.toThrow();
    expect(() => checkNewId('source', 'bench-a', snapshot())).not.toThrow();
    expect(() => checkNewId('study', 'docs-a', snapshot())).not.toThrow();
  });
});

describe('scaffoldSource', () => {
  it('writes the exact stub and the fill-in list', () => {
    const plan = scaffoldSource('new-src', snapshot());
    expect(plan).toEqual({
      edits: [
        {
          path: 'content/sources/new-src.yaml',
          action: 'create',
          summary: 'created',
          text: join(
            ...headerOf('source', 'new-src'),
            'title: "TODO: the title as the publisher gives it"',
            'publisher: "TODO: who published it"',
            'url: https://example.invalid/TODO   # TODO: where to read it (https only)',
            'kind: docs   # TODO: one of docs | blog | benchmark | conformance-report | issue | release-notes | repository | article',
            'vendorOf: []   # TODO: [project id] when the vendor or maintainers of a project wrote it (a project some mesh file declares)',
            `accessed: '${TODAY}'   # TODO: today's date is a placeholder the schema requires; make it the date you read the source`,
            "# date: 'YYYY-MM-DD'   # publication date, when the source states one (optional)",
            '# appliesTo: which version of the software it describes, when it says (optional)',
            '',
          ),
        },
      ],
      reused: [],
      todo: [
        'content/sources/new-src.yaml: title, publisher and url (replace https://example.invalid/TODO), then kind and vendorOf',
        'content/sources/new-src.yaml: accessed (the date you read it); optionally date, author, appliesTo, note',
        'cite it: add new-src to the sources list of the cells, texts or studies it supports',
      ],
    });
  });

  it('refuses an existing id', () => {
    expect(refusal(() => scaffoldSource('docs-a', snapshot()))).toMatch(/^source "docs-a" already exists/);
  });
});

describe('nextFeatureOrder', () => {
  it('reads category and order only from record data with a finite number order', () => {
    const features = [
      { id: 'a', data: { category: 'traffic', order: 37 } },
      { id: 'b', data: { category: 'traffic', order: Number.NaN } },
      { id: 'c', data: { category: 'traffic', order: '500' } },
      { id: 'd', data: { category: 'security', order: Number.POSITIVE_INFINITY } },
      { id: 'e', data: null },
      { id: 'f', data: ['traffic'] },
      { id: 'g', data: 'traffic' },
    ];
    // b and c fall back to the default 100.
    expect(nextFeatureOrder(features, 'traffic')).toBe(110);
    expect(nextFeatureOrder(features.slice(0, 1), 'traffic')).toBe(40);
    expect(nextFeatureOrder([{ id: 'a', data: { category: 'traffic', order: 40 } }], 'traffic')).toBe(50);
    expect(nextFeatureOrder(features, 'security')).toBe(110);
    expect(nextFeatureOrder(features, 'platform')).toBe(10);
    expect(nextFeatureOrder([], 'traffic')).toBe(10);
  });
});

// ---------------------------------------------------------------------------------------------
// insertSupportCell

const cell = (key: string, child: string) => [`${key}new-feature:`, `${child}level: unknown`];
const fm = (...lines: string[]) => join('---', ...lines, '---', '', 'Body.', '');

describe('insertSupportCell', () => {
  it('appends at the end of the mapping, before a top-level comment and the next key with children', () => {
    const text = fm('name: A', 'support:   # the cells', '  a:', '    level: full', '', '  # between', '# column-0 comment inside', '  b:', '    level: none', '', '# after', 'architecture:', '  proxy: x y');
    expect(insertSupportCell(text, 'new-feature', cell)).toBe(
      fm('name: A', 'support:   # the cells', '  a:', '    level: full', '', '  # between', '# column-0 comment inside', '  b:', '    level: none', '  new-feature:', '    level: unknown', '', '# after', 'architecture:', '  proxy: x y'),
    );
  });

  it('takes the key indentation from the first key, not from comments or blank lines before it', () => {
    const text = fm('support :', '', '      # deep comment', '# col-0 comment', '   a:', '      level: full', 'other: 1');
    expect(insertSupportCell(text, 'new-feature', cell)).toBe(fm('support :', '', '      # deep comment', '# col-0 comment', '   a:', '      level: full', '   new-feature:', '      level: unknown', 'other: 1'));
  });

  it('takes the field indentation from the first deeper line, or doubles the key indentation', () => {
    expect(insertSupportCell(fm('support:', ' a:', '     level: full'), 'new-feature', cell)).toBe(fm('support:', ' a:', '     level: full', ' new-feature:', '     level: unknown'));
    expect(insertSupportCell(fm('support:', '   a: { level: full }', 'x: 1'), 'new-feature', cell)).toBe(fm('support:', '   a: { level: full }', '   new-feature:', '      level: unknown', 'x: 1'));
    expect(insertSupportCell(fm('support:', '\ta: { level: full }'), 'new-feature', cell)).toBe(fm('support:', '\ta: { level: full }', '\tnew-feature:', '\t\tlevel: unknown'));
  });

  it('fills an empty mapping with two-space keys right under support:', () => {
    expect(insertSupportCell(fm('name: A', 'support:', 'order: 1'), 'new-feature', cell)).toBe(fm('name: A', 'support:', '  new-feature:', '    level: unknown', 'order: 1'));
    expect(insertSupportCell(fm('name: A', 'support:'), 'new-feature', cell)).toBe(fm('name: A', 'support:', '  new-feature:', '    level: unknown'));
  });

  it('does not stop after a whitespace-only line', () => {
    expect(insertSupportCell(fm('support:', '  a:', '    level: full', '   ', 'x: 1'), 'new-feature', cell)).toBe(fm('support:', '  a:', '    level: full', '  new-feature:', '    level: unknown', '   ', 'x: 1'));
  });

  it('keeps CRLF endings and a byte order mark, and accepts trailing spaces on the --- lines', () => {
    const text = ['\uFEFF---  ', 'support:', '  a:', '    level: full', 'x: 1', '--- ', '', 'Body.', ''].join('\r\n');
    expect(insertSupportCell(text, 'new-feature', cell)).toBe(['\uFEFF---  ', 'support:', '  a:', '    level: full', '  new-feature:', '    level: unknown', 'x: 1', '--- ', '', 'Body.', ''].join('\r\n'));
    // LF files get LF cells.
    expect(insertSupportCell(fm('support:', '  a: 1'), 'new-feature', cell)).not.toContain('\r');
  });

  it('finds the top-level support: only, inside the frontmatter', () => {
    const text = fm('architecture:', '  support: 1', 'support:', '  a: 1');
    expect(insertSupportCell(text, 'new-feature', cell)).toBe(fm('architecture:', '  support: 1', 'support:', '  a: 1', '  new-feature:', '    level: unknown'));
    expect(refusal(() => insertSupportCell(join('---', 'name: A', '---', 'support:', '  a: 1', ''), 'x', cell, 'm.mdx'))).toBe('m.mdx: no support: mapping in its frontmatter; add the x cell by hand');
    expect(refusal(() => insertSupportCell(join('---', 'name: A', '  ---', 'support:', '  a: 1', ''), 'x', cell, 'm.mdx'))).toBe('m.mdx: its frontmatter has no closing --- line');
  });

  it('refuses, with exact messages, what it cannot edit safely', () => {
    expect(refusal(() => insertSupportCell('name: A\n', 'x', cell))).toBe('the mesh file: no frontmatter (a block between --- lines at the top)');
    expect(refusal(() => insertSupportCell('  ---\nsupport:\n---\n', 'x', cell))).toBe('the mesh file: no frontmatter (a block between --- lines at the top)');
    expect(refusal(() => insertSupportCell('', 'x', cell, 'f'))).toBe('f: no frontmatter (a block between --- lines at the top)');
    expect(refusal(() => insertSupportCell('-\uFEFF--\nsupport:\n---\n', 'x', cell, 'f'))).toBe('f: no frontmatter (a block between --- lines at the top)');
    expect(refusal(() => insertSupportCell('---\nsupport:\n  a: 1\n--\r-\n', 'x', cell, 'f'))).toBe('f: its frontmatter has no closing --- line');
    expect(refusal(() => insertSupportCell('---\nsupport:\n  a: 1\n', 'x', cell, 'f'))).toBe('f: its frontmatter has no closing --- line');
    expect(refusal(() => insertSupportCell(fm('name: A'), 'x', cell, 'f'))).toBe('f: no support: mapping in its frontmatter; add the x cell by hand');
    expect(refusal(() => insertSupportCell(fm('support: {}'), 'x', cell, 'f'))).toBe('f: support: is not written as an indented block; add the x cell by hand');
    expect(refusal(() => insertSupportCell(fm('support: a # c'), 'x', cell, 'f'))).toMatch(/not written as an indented block/);
  });

  it('refuses a cell that exists (bare or quoted), and matches the id literally', () => {
    for (const existing of ['  x:', "  'x':", '  "x" :']) {
      expect(refusal(() => insertSupportCell(fm('support:', '  a: 1', existing, '    level: full'), 'x', cell, 'f'))).toBe('f: already has a support.x cell');
    }
    expect(refusal(() => insertSupportCell(fm('support:', '  a.b: 1'), 'a.b', cell, 'f'))).toBe('f: already has a support.a.b cell');
    expect(insertSupportCell(fm('support:', '  aXb: 1'), 'a.b', cell)).toBe(fm('support:', '  aXb: 1', '  new-feature:', '    level: unknown'));
    // Not the same key: another id with this one as prefix, a differently indented line, mismatched quotes.
    expect(insertSupportCell(fm('support:', '  xy: 1', '    x: 2', '  "x\': 3'), 'x', cell)).toBe(fm('support:', '  xy: 1', '    x: 2', '  "x\': 3', '  new-feature:', '    level: unknown'));
  });
});

// ---------------------------------------------------------------------------------------------
// Features

const meshText = (name: string, ...support: string[]) => fm(`name: ${name}`, 'support:', ...support, 'order: 1');
const unknownCell = (id: string) => [
  `  ${id}:`,
  '    level: unknown',
  `    note: "TODO: nobody has checked this yet; say what was looked for, and where (added by new:feature ${id})"`,
  '    # unchecked: add verified (the date) and verifiedAgainst (the release) when you check this cell',
];

const FEATURES = [
  { id: 'retries', data: { category: 'traffic', order: 20, name: 'Retries' } },
  { id: 'mtls2', data: { category: 'security', order: 10 } },
  { id: 'mtls', data: { category: 'security', order: 10 } },
  { id: 'authz', data: { category: 'security', order: 5 } },
  { id: 'zz-other', data: { category: 'nope', order: 3 } },
  { id: 'broken', data: 'not a record' },
];

describe('scaffoldFeature', () => {
  const meshes: MeshFile[] = [
    { id: 'alpha', text: meshText('Alpha', '  mtls:', '    level: full') },
    { id: 'beta', text: meshText('Beta', '  authz:', '    level: none') },
  ];

  it('writes the exact feature after the last of its category and one unknown cell per mesh', () => {
    const plan = scaffoldFeature('new-feat', snapshot({ features: FEATURES, meshes }), { category: 'security' });
    expect(plan).toEqual({
      edits: [
        {
          path: 'content/features/new-feat.yaml',
          action: 'create',
          summary: 'created',
          text: join(
            ...headerOf('feature', 'new-feat'),
            'name: "TODO: short name for the matrix row"',
            'category: security   # Security and identity; one of security | traffic | resilience | observability | protocols | platform',
            'order: 20   # after mtls (10) in security; if you change the category, change this too',
            'description: >-',
            '  TODO: what the feature is, in one or two sentences.',
            'whyItMatters: >-',
            '  TODO: why a platform team would care.',
            'aliases: []   # other names the same question goes by (vendor terms, other comparison tables)',
            '',
          ),
        },
        { path: 'content/meshes/alpha.mdx', action: 'edit', summary: 'added support.new-feat (level unknown)', text: meshText('Alpha', '  mtls:', '    level: full', ...unknownCell('new-feat')) },
        { path: 'content/meshes/beta.mdx', action: 'edit', summary: 'added support.new-feat (level unknown)', text: meshText('Beta', '  authz:', '    level: none', ...unknownCell('new-feat')) },
      ],
      reused: [],
      todo: [
        'content/features/new-feat.yaml: name, description, whyItMatters (and aliases, if it goes by other names)',
        'content/features/new-feat.yaml: category (now security) and order (now 20, the last of its category)',
        'content/meshes/alpha.mdx: support.new-feat: level, note, sources, verified and verifiedAgainst, once you have checked it',
        'content/meshes/beta.mdx: support.new-feat: level, note, sources, verified and verifiedAgainst, once you have checked it',
      ],
    });
  });

  it('names the last feature by order, then id, and defaults to the first category', () => {
    const features = [
      { id: 'b-one', data: { category: 'security', order: 30 } },
      { id: 'a-one', data: { category: 'security', order: 30 } },
      { id: 'c-one', data: { category: 'security', order: 10 } },
      { id: 'd-one', data: { category: 'traffic', order: 90 } },
    ];
    const text = scaffoldFeature('new-feat', snapshot({ features })).edits[0]!.text;
    expect(text.split('\n')).toContain('order: 40   # after a-one (30) in security; if you change the category, change this too');
    expect(text.split('\n')).toContain('category: security   # Security and identity; one of security | traffic | resilience | observability | protocols | platform');
    const reversed = scaffoldFeature('new-feat', snapshot({ features: [...features].reverse() })).edits[0]!.text;
    expect(reversed.split('\n')).toContain('order: 40   # after a-one (30) in security; if you change the category, change this too');
  });

  it('says when the feature is the first of its category', () => {
    const plan = scaffoldFeature('new-feat', snapshot({ features: FEATURES }), { category: 'platform' });
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0]!.text.split('\n').slice(4, 6)).toEqual([
      'category: platform   # Platform and operations; one of security | traffic | resilience | observability | protocols | platform',
      'order: 10   # after nothing: the first feature in platform; if you change the category, change this too',
    ]);
    expect(plan.todo).toEqual([
      'content/features/new-feat.yaml: name, description, whyItMatters (and aliases, if it goes by other names)',
      'content/features/new-feat.yaml: category (now platform) and order (now 10, the last of its category)',
    ]);
  });

  it('refuses a bad category, an existing id and a mesh that already has the cell', () => {
    expect(refusal(() => scaffoldFeature('new-feat', snapshot(), { category: 'nope' }))).toBe(
      '--category "nope" is not a category; use one of security, traffic, resilience, observability, protocols, platform',
    );
    expect(refusal(() => scaffoldFeature('mtls', snapshot()))).toMatch(/^feature "mtls" already exists/);
    expect(refusal(() => scaffoldFeature('authz', snapshot({ meshes })))).toBe('content/meshes/beta.mdx: already has a support.authz cell');
  });
});

// ---------------------------------------------------------------------------------------------
// Meshes

const MESHES: MeshFile[] = [
  { id: 'gamma', text: '', data: { order: 1 } },
  { id: 'beta', text: '', data: { order: 1 } },
  { id: 'base', text: '', data: { order: 0, baseline: true } },
  { id: 'aaa', text: '', data: ['x'] },
  { id: 'aab', text: '', data: 'string' },
  { id: 'aac', text: '', data: null },
  { id: 'alpha', text: '', data: { order: 2 } },
];

const CELL = (id: string) => [`  ${id}:`, '    level: unknown', '    note: "TODO: nobody has checked this yet; say what was looked for, and where"'];

function meshFile(id: string, { project = true, projectName = true, example = 'beta', order = 3, support = [] as string[] } = {}) {
  return join(
    '---',
    ...headerOf('mesh', id),
    'name: "TODO: full name"',
    'shortName: "TODO: short name"',
    ...(project ? [`project: ${id}   # the upstream project id; every mode of one project uses the same one`] : []),
    ...(projectName ? ['projectName: "TODO: project name"'] : []),
    'baseline: false',
    'maintainer: "TODO: who maintains it and who sells support for it"',
    'licence: "TODO: SPDX id"',
    'cncf: none   # TODO: one of graduated | incubating | sandbox | none | not-applicable',
    "versionReviewed: 'TODO'   # TODO: the newest release you checked this profile against, e.g. '1.2.3'",
    `reviewed: '${TODAY}'   # TODO: today's date is a placeholder the schema requires; make it the date you finish the review`,
    '# homepage: https://…   # TODO: the project home page (optional)',
    `order: ${order}   # after the last mesh; lower comes first in tables and legends`,
    'summary: "TODO: one sentence for cards and link previews."',
    'architecture:',
    '  dataPlane: sidecar   # TODO: one of sidecar | per-node-proxy | ebpf-and-per-node-proxy | none',
    '  proxy: "TODO: the proxy software, if any"',
    '  l4: "TODO: where layer-4 traffic (connections, mTLS, L4 policy) is handled"',
    '  l7: "TODO: where layer-7 traffic (HTTP routing, retries, L7 policy) is handled"',
    '  controlPlane: "TODO: the control plane and how it is deployed"',
    '  identity: "TODO: how workloads get an identity"',
    '  encryption: "TODO: how traffic is encrypted in transit"',
    `  sources: [${id}-docs]`,
    'resourceModel:',
    '  perPod: "TODO: cost that grows with every pod"',
    '  perNode: "TODO: cost that grows with every node"',
    '  shared: "TODO: cost shared by the cluster (control plane, optional proxies)"',
    `  sources: [${id}-docs]`,
    'strengths:',
    '  - text: "TODO: something it does well, with its evidence"',
    `    sources: [${id}-docs]`,
    'limits:',
    '  - text: "TODO: somewhere it falls short, with its evidence"',
    `    sources: [${id}-docs]`,
    'support:',
    '  # One cell per feature, all "unknown" and unchecked (so listed as stale) until someone checks them:',
    '  # then add `verified` (the date) and `verifiedAgainst` (the release checked) to each.',
    ...support,
    '---',
    '',
    `TODO: describe ${id} in your own words: how traffic flows through it, what its control plane`,
    'does, and how workloads get an identity and encryption. Cite sources as Markdown links to',
    `\`https://\` addresses.${example ? ` See \`content/meshes/${example}.mdx\` for the usual sections.` : ''}`,
    '',
  );
}

const stubOf = (scaffoldedAs: string, id: string, kind: string, what: string, vendor: string) =>
  join(
    ...headerOf(scaffoldedAs, id),
    `# This source is ${what}.`,
    'title: "TODO: the title as the publisher gives it"',
    'publisher: "TODO: who published it"',
    'url: https://example.invalid/TODO   # TODO: where to read it (https only)',
    `kind: ${kind}   # TODO: one of docs | blog | benchmark | conformance-report | issue | release-notes | repository | article`,
    vendor,
    `accessed: '${TODAY}'   # TODO: today's date is a placeholder the schema requires; make it the date you read the source`,
    "# date: 'YYYY-MM-DD'   # publication date, when the source states one (optional)",
    '# appliesTo: which version of the software it describes, when it says (optional)',
    '',
  );

const meshTodo = (id: string, cells: number, names: string, project: string) => {
  const path = `content/meshes/${id}.mdx`;
  return [
    `${path}: ${names}${project}`,
    `${path}: maintainer, licence, cncf`,
    `${path}: versionReviewed and reviewed; homepage (optional)`,
    `${path}: summary`,
    `${path}: architecture: dataPlane, proxy, l4, l7, controlPlane, identity, encryption`,
    `${path}: resourceModel: perPod, perNode, shared`,
    `${path}: strengths and limits (one placeholder each; add more, each with its sources)`,
    `${path}: support: ${cells} cells at level unknown; for each one you check set level, note, sources, verified and verifiedAgainst`,
    `${path}: the body (the TODO paragraph below the frontmatter)`,
    `${path}: replace ${id}-docs in the sources lists with the sources that back each claim (add them with npm run new:source)`,
  ];
};

describe('scaffoldMesh', () => {
  it('writes the exact profile, cells grouped by category in matrix order, and its source stub', () => {
    const plan = scaffoldMesh('new-mesh', snapshot({ features: FEATURES, meshes: MESHES }), { project: true, projectName: true, vendorOf: true });
    const support = [
      '  # --- Security and identity ---',
      ...CELL('authz'),
      ...CELL('mtls'),
      ...CELL('mtls2'),
      '  # --- Traffic management ---',
      ...CELL('retries'),
      '  # --- Other ---',
      ...CELL('zz-other'),
      ...CELL('broken'),
    ];
    expect(plan).toEqual({
      edits: [
        { path: 'content/meshes/new-mesh.mdx', action: 'create', summary: 'created', text: meshFile('new-mesh', { support }) },
        {
          path: 'content/sources/new-mesh-docs.yaml',
          action: 'create',
          summary: 'created (source stub)',
          text: stubOf('mesh', 'new-mesh', 'docs', 'the documentation the new-mesh mesh profile cites', "vendorOf: [new-mesh]   # the project's own documentation; make it [] if an independent party wrote it"),
        },
      ],
      reused: [],
      todo: [
        ...meshTodo('new-mesh', 6, 'name, shortName, projectName', '; project (now new-mesh: if this is a mode of a project another mesh file names, use that project\'s id and name)'),
        'content/sources/new-mesh-docs.yaml: title, publisher and url (replace https://example.invalid/TODO), then kind and vendorOf',
        'content/sources/new-mesh-docs.yaml: accessed (the date you read it); optionally date, author, appliesTo, note',
      ],
    });
  });

  it('without project options, features or other meshes: no project lines, no cells, order 0, no example', () => {
    const plan = scaffoldMesh('new-mesh', snapshot({}, { sources: new Set(['new-mesh-docs']) }), { project: false, projectName: false, vendorOf: false });
    expect(plan).toEqual({
      edits: [{ path: 'content/meshes/new-mesh.mdx', action: 'create', summary: 'created', text: meshFile('new-mesh', { project: false, projectName: false, example: '', order: 0 }) }],
      reused: ['content/sources/new-mesh-docs.yaml'],
      todo: meshTodo('new-mesh', 0, 'name, shortName', ''),
    });
  });

  it('a source stub without vendorOf; only a projectName; order after a non-number order is ignored', () => {
    const plan = scaffoldMesh('m', snapshot({ meshes: [{ id: 'odd', text: '', data: { order: '9' } }] }), { project: false, projectName: true, vendorOf: false });
    expect(plan.edits[0]!.text).toBe(meshFile('m', { project: false, projectName: true, example: 'odd', order: 0 }));
    expect(plan.edits[1]!.text).toBe(
      stubOf('mesh', 'm', 'docs', 'the documentation the m mesh profile cites', 'vendorOf: []   # TODO: [project id] when the vendor or maintainers of a project wrote it (a project some mesh file declares)'),
    );
    expect(plan.todo[0]).toBe('content/meshes/m.mdx: name, shortName, projectName');
    expect(plan.todo).toHaveLength(12);
  });

  it('models the body on the first mesh proper by order, then id, never on the baseline', () => {
    const text = (meshes: MeshFile[]) => scaffoldMesh('m', snapshot({ meshes }), { project: false, projectName: false, vendorOf: false }).edits[0]!.text;
    const see = (id: string) => `\`https://\` addresses. See \`content/meshes/${id}.mdx\` for the usual sections.`;
    expect(text([...MESHES].reverse())).toContain(see('beta'));
    expect(text([{ id: 'b', text: '', data: { order: 5 } }, { id: 'a', text: '', data: { order: 7 } }])).toContain(see('b'));
    expect(text([{ id: 'b', text: '', data: { order: 5, baseline: true } }])).toContain('`https://` addresses.\n');
    expect(text([{ id: 'b', text: '', data: { order: 5, baseline: 'yes' } }])).toContain(see('b'));
  });

  it('orders the cells the same whatever order the feature files come in', () => {
    const text = (features: ContentSnapshot['features']) => scaffoldMesh('m', snapshot({ features }), { project: false, projectName: false, vendorOf: false }).edits[0]!.text;
    const cells = (t: string) => t.split('\n').filter((line) => /^  (# ---|[a-z0-9-]+:$)/.test(line));
    const expected = ['  # --- Security and identity ---', '  authz:', '  mtls:', '  mtls2:', '  # --- Traffic management ---', '  retries:', '  # --- Other ---', '  zz-other:', '  broken:'];
    expect(cells(text(FEATURES))).toEqual(expected);
    expect(cells(text([...FEATURES].reverse()))).toEqual(expected);
    expect(cells(text([FEATURES[4]!, FEATURES[0]!, FEATURES[5]!, FEATURES[3]!, FEATURES[1]!, FEATURES[2]!]))).toEqual(expected);
  });

  it('refuses an existing id', () => {
    expect(refusal(() => scaffoldMesh('alpha', snapshot(), { project: true, projectName: true, vendorOf: true }))).toMatch(/^mesh "alpha" already exists/);
  });
});

// ---------------------------------------------------------------------------------------------
// Studies

const CONDITIONS = ['environment', 'nodes', 'nodeType', 'totalCores', 'services', 'pods', 'workload', 'loadTool', 'requestRate', 'connections', 'payload', 'protocol', 'encryption', 'l7Policy', 'duration'];

const studyFile = (id: string, mesh: string) =>
  join(
    '---',
    ...headerOf('study', id),
    'title: "TODO: our title for the study"   # at most 57 characters',
    'publisher: "TODO: who ran and published it"',
    "vendorOf: []   # TODO: [project id] when a project's vendor or maintainers ran it",
    "date: null   # TODO: the publication date as 'YYYY-MM-DD'; null only when the study states none",
    `verified: '${TODAY}'   # TODO: today's date is a placeholder the schema requires; make it the date you check the numbers against the study`,
    'summary: "TODO: one sentence for cards and link previews."',
    'versions: {}   # TODO: versions tested, keyed by mesh id (only meshes with results), as the study states them',
    `sources: [${id}-report]   # the first source is the study itself`,
    'conditions:   # null means "not stated": fill in only what the study says',
    ...CONDITIONS.map((key) => `  ${key}: null`),
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
  );

const studyTodo = (id: string, mesh: string) => {
  const path = `content/benchmarks/${id}.mdx`;
  return [
    `${path}: title, publisher, vendorOf, date`,
    `${path}: verified, summary`,
    `${path}: versions and conditions (${CONDITIONS.join(', ')}): leave null what the study does not state`,
    `${path}: results (replace the placeholder on ${mesh}, whose 0 is not a measurement)`,
    `${path}: caveats, and charts (optional)`,
    `${path}: the body (the TODO paragraph below the frontmatter)`,
  ];
};

describe('scaffoldStudy', () => {
  it('writes the exact study on the baseline mesh and its report stub', () => {
    const plan = scaffoldStudy('new-study', snapshot({ meshes: MESHES }));
    expect(plan).toEqual({
      edits: [
        { path: 'content/benchmarks/new-study.mdx', action: 'create', summary: 'created', text: studyFile('new-study', 'base') },
        {
          path: 'content/sources/new-study-report.yaml',
          action: 'create',
          summary: 'created (source stub)',
          text: stubOf('study', 'new-study', 'benchmark', 'the report of the new-study study', 'vendorOf: []   # TODO: [project id] when the vendor or maintainers of a project wrote it (a project some mesh file declares)'),
        },
      ],
      reused: [],
      todo: [
        ...studyTodo('new-study', 'base'),
        'content/sources/new-study-report.yaml: title, publisher and url (replace https://example.invalid/TODO), then kind and vendorOf',
        'content/sources/new-study-report.yaml: accessed (the date you read it); optionally date, author, appliesTo, note',
      ],
    });
  });

  it('reuses an existing report source', () => {
    const plan = scaffoldStudy('s', snapshot({ meshes: MESHES }, { sources: new Set(['s-report']) }));
    expect(plan).toEqual({
      edits: [{ path: 'content/benchmarks/s.mdx', action: 'create', summary: 'created', text: studyFile('s', 'base') }],
      reused: ['content/sources/s-report.yaml'],
      todo: studyTodo('s', 'base'),
    });
  });

  it('without a baseline, names the first mesh by numeric order (missing or non-numeric as 0), then id', () => {
    const meshOf = (meshes: MeshFile[]) => /mesh: ([a-z-]+),/.exec(scaffoldStudy('s', snapshot({ meshes })).edits[0]!.text)![1];
    expect(meshOf([{ id: 'z', text: '', data: { order: 2 } }, { id: 'b', text: '', data: { order: 1 } }, { id: 'a', text: '', data: { order: '1' } }])).toBe('a');
    expect(meshOf([{ id: 'z', text: '', data: { order: 2 } }, { id: 'y', text: '', data: { order: 'x' } }])).toBe('y');
    expect(meshOf([{ id: 'z', text: '', data: { order: 2 } }, { id: 'y', text: '', data: { order: 3 } }])).toBe('z');
    expect(meshOf([{ id: 'z', text: '', data: { order: -1 } }, { id: 'y', text: '', data: null }])).toBe('z');
    expect(meshOf([{ id: 'b', text: '', data: { order: 1, baseline: 'true' } }, { id: 'a', text: '', data: { order: 1 } }])).toBe('a');
    expect(meshOf([{ id: 'a', text: '', data: { order: 0 } }, { id: 'b', text: '', data: { order: 1, baseline: true } }])).toBe('b');
  });

  it('refuses without any mesh, and an existing id', () => {
    expect(refusal(() => scaffoldStudy('s', snapshot()))).toBe('a study needs a mesh for its placeholder result, and content/meshes/ has none');
    expect(refusal(() => scaffoldStudy('bench-a', snapshot({ meshes: MESHES })))).toMatch(/^study "bench-a" already exists/);
  });
});

describe('scaffold', () => {
  it('dispatches on the kind, passing the options on', () => {
    const snap = snapshot({ features: FEATURES, meshes: MESHES });
    const mesh = { project: false, projectName: false, vendorOf: false };
    expect(scaffold('mesh', 'm', snap, { mesh }).edits.map((e) => e.path)).toEqual(['content/meshes/m.mdx', 'content/sources/m-docs.yaml']);
    expect(scaffold('mesh', 'm', snap, { mesh }).edits[0]!.text).not.toContain('\nproject:');
    expect(scaffold('feature', 'f', { ...snap, meshes: [] }, { mesh, feature: { category: 'platform' } }).edits[0]!.text).toContain('\ncategory: platform ');
    expect(scaffold('source', 's', snap, { mesh }).edits.map((e) => e.path)).toEqual(['content/sources/s.yaml']);
    expect(scaffold('study', 's', snap, { mesh }).edits.map((e) => e.path)).toEqual(['content/benchmarks/s.mdx', 'content/sources/s-report.yaml']);
  });
});
