/**
 * Every content rule, one a file, run in this order by `checkIntegrity` (validate, the build and the
 * unit tests alike). A new rule goes in its own file and in this list, and needs a bad fixture in
 * `tests/unit/atlas/bad-content.ts`: a test fails while any rule has none.
 */
import type { Rule } from '../types';
import { bodySafety } from './body-safety';
import { chartDefinition } from './chart-definition';
import { chartIdUnique } from './chart-id-unique';
import { chooserFlags } from './chooser-flags';
import { completeMatrix } from './complete-matrix';
import { duplicateResult } from './duplicate-result';
import { httpsOnly } from './https-only';
import { glossary } from './glossary';
import { history } from './history';
import { idForm } from './id-form';
import { internalLinks } from './internal-links';
import { lifecycle } from './lifecycle';
import { metricUnit } from './metric-unit';
import { namedSources } from './named-sources';
import { nonBlankText } from './non-blank-text';
import { nonNegativeMetric } from './non-negative-metric';
import { percentileOrder } from './percentile-order';
import { projects } from './projects';
import { publishedInPast } from './published-in-past';
import { reference } from './reference';
import { relativeMetric } from './relative-metric';
import { releaseDates } from './release-dates';
import { roles } from './roles';
import { sinceBeforeRemoved } from './since-before-removed';
import { textLength } from './text-length';
import { uniqueId } from './unique-id';
import { uniqueSources } from './unique-sources';
import { variants } from './variants';
import { versionHasResults } from './version-has-results';

export const RULES: readonly Rule[] = [
  idForm,
  uniqueId,
  reference,
  uniqueSources,
  completeMatrix,
  nonBlankText,
  namedSources,
  textLength,
  httpsOnly,
  sinceBeforeRemoved,
  history,
  publishedInPast,
  metricUnit,
  relativeMetric,
  nonNegativeMetric,
  duplicateResult,
  percentileOrder,
  versionHasResults,
  chartIdUnique,
  chartDefinition,
  projects,
  roles,
  variants,
  chooserFlags,
  lifecycle,
  releaseDates,
  glossary,
  bodySafety,
  internalLinks,
];

/**
 * Rules the loader applies before there is an atlas: what files a content folder may hold, whether
 * each parses, whether its data fits its collection's schema, and whether its MDX body compiles.
 */
export const LOADER_RULES: readonly Pick<Rule, 'id' | 'description'>[] = [
  { id: 'file-type', description: 'A content folder holds only its collection’s files: .yaml for features and sources, .mdx for meshes, studies and guides; no subfolders.' },
  { id: 'parse', description: 'A file is not empty and its YAML (or MDX frontmatter) parses, with the YAML parser the build uses.' },
  { id: 'schema', description: 'A file’s data fits its collection’s schema (src/schemas/): field names, types, vocabularies, dates.' },
  { id: 'body-syntax', description: 'An MDX body compiles with the MDX compiler the build uses.' },
];
