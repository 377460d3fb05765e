/**
 * The `sources` collection for Astro's content layer: every file in content/sources/, plus one
 * source per stored Gateway API conformance report (see `reportSources`), so that pages, exports
 * and Astro's reference checks see the same sources as the content checker. Node-only.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import { glob, type Loader } from 'astro/loaders';
import { ConformanceReportSchema, LifecycleSchema, idReference } from '../../schemas';
import { reportSources } from '../conformance';
import type { ConformanceEntry, LifecycleEntry } from '../types';

function yamlFiles(dir: string, nested: boolean, prefix = ''): string[] {
  if (!existsSync(join(dir, prefix))) return [];
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      if (nested && statSync(join(dir, path)).isDirectory()) return yamlFiles(dir, nested, path);
      return path.endsWith('.yaml') ? [path] : [];
    });
}

/** The valid reports and lifecycle files under `base` (invalid ones are the content checker's to report). */
export function readReportInputs(base: string): { conformance: ConformanceEntry[]; lifecycle: LifecycleEntry[] } {
  const read = <T>(dir: string, nested: boolean, parse: (data: unknown) => { success: true; data: T } | { success: false }) =>
    yamlFiles(dir, nested).flatMap((path) => {
      const result = parse(yaml.load(readFileSync(join(dir, path), 'utf8')));
      return result.success ? [{ id: path.slice(0, -'.yaml'.length), filePath: relative(process.cwd(), join(dir, path)), data: result.data }] : [];
    });
  const reportSchema = ConformanceReportSchema();
  const lifecycleSchema = LifecycleSchema(idReference);
  return {
    conformance: read(join(base, 'conformance'), true, (data) => reportSchema.safeParse(data)),
    lifecycle: read(join(base, 'lifecycle'), false, (data) => lifecycleSchema.safeParse(data)),
  };
}

export function sourcesLoader(base: string): Loader {
  const files = glob({ base: `${base}/sources`, pattern: '*.yaml' });
  return {
    name: 'mesh-atlas-sources',
    async load(context) {
      await files.load(context);
      for (const source of reportSources(readReportInputs(base))) {
        const data = await context.parseData({ id: source.id, data: source.data });
        context.store.set({ id: source.id, data, filePath: source.filePath });
      }
    },
  };
}
