/**
 * The content checker resolves links against a model of the site (src/lib/linkTargets.ts) without
 * building it. This holds the model to the build: every page it lists is built, every anchor it
 * lists is on that page, and every page the build makes is in the model.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/atlas/node/contentFiles';
import { headingIdsOf, linkTargets } from '../../src/atlas/linkTargets';
import { DIST, builtPages, readPage } from '../../scripts/lib/builtSite';

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));

function model() {
  const { atlas, documents } = loadContent('content');
  return linkTargets(atlas, headingIdsOf(documents));
}

test('every page and anchor the link checker accepts is in the built site', () => {
  const problems: string[] = [];
  for (const [path, anchors] of model()) {
    if (anchors === null) {
      if (!existsSync(join(DIST, path))) problems.push(`${path}: not built`);
      continue;
    }
    if (!existsSync(join(DIST, path, 'index.html'))) {
      problems.push(`${path}: not built`);
      continue;
    }
    const ids = idsOf(readPage(path));
    for (const anchor of anchors) if (!ids.has(anchor)) problems.push(`${path}#${anchor}: no such id on the built page`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every page the build makes is in the link checker’s model', () => {
  const targets = model();
  const missing = builtPages().filter((path) => path !== '/404.html' && !targets.has(path));
  expect(missing).toEqual([]);
});
