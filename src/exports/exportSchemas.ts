/**
 * Zod schemas of the public exports. They document the contract, validate what the build emits
 * (unit tests), and are published as JSON Schema under /data/schema/.
 */
import { z } from 'astro/zod';
import { ConditionsSchema } from '../schemas/benchmark';
import { CATEGORY_IDS, MATURITIES, METRIC_IDS, REQUIREMENT_IDS, SOURCE_KINDS, SUPPORT_LEVELS, UNITS, DATA_PLANE_KINDS } from '../schemas/vocab';
import type { AtlasData } from '../atlas/types';
import { projectsOf } from '../atlas/queries';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('A lowercase-kebab id');

/** Project ids, as the mesh files declare them: the one vocabulary of the exports that content defines. */
const projectEnum = (projects: readonly string[]) =>
  projects.length ? z.enum(projects as [string, ...string[]]) : z.never();

export const FeaturesExportSchema = (projects: readonly string[]) => z
  .object({
    version: z.literal(1).describe('API version; fields are only ever added within a version'),
    reviewed: isoDate.nullable().describe('Latest review or verification date in the data'),
    meshes: z.array(
      z.object({
        id,
        name: z.string(),
        shortName: z.string(),
        project: projectEnum(projects).nullable(),
        projectName: z.string().nullable().describe("The project's name, as vendor marks show it"),
        baseline: z.boolean().describe('True for the no-mesh baseline'),
        versionReviewed: z.string(),
        reviewed: isoDate,
        dataPlane: z.enum(DATA_PLANE_KINDS),
      }),
    ),
    compared: z.array(id).describe('Mesh ids other than the baseline'),
    sources: z.array(
      z.object({
        id,
        url: z.url(),
        title: z.string(),
        publisher: z.string(),
        date: isoDate.nullable(),
        kind: z.enum(SOURCE_KINDS),
        vendor: z.boolean().describe('Written by a project or vendor of a compared mesh'),
        vendorOf: z.array(projectEnum(projects)),
      }),
    ),
    features: z.array(
      z.object({
        id,
        name: z.string(),
        category: z.enum(CATEGORY_IDS),
        description: z.string(),
        aliases: z.array(z.string()),
        support: z
          .record(
            z.string(),
            z.object({
              level: z.enum(SUPPORT_LEVELS),
              maturity: z.enum(MATURITIES).nullable(),
              since: z.string().nullable(),
              removed: z.string().nullable(),
              requires: z.array(z.enum(REQUIREMENT_IDS)),
              note: z.string(),
              sources: z.array(z.url()).describe('URLs of the sources (see the top-level sources list)'),
              verified: isoDate,
            }),
          )
          .describe('One cell per mesh id'),
      }),
    ),
  })
  .describe('Mesh Atlas feature matrix (public data API v1)');

export const BenchmarksExportSchema = (projects: readonly string[]) => z
  .object({
    version: z.literal(1),
    studies: z.array(
      z.object({
        id,
        title: z.string(),
        publisher: z.string(),
        vendor: z.boolean(),
        vendorOf: z.array(projectEnum(projects)),
        date: isoDate.nullable(),
        verified: isoDate,
        url: z.url().describe('The study itself'),
        sources: z.array(z.url()),
        versions: z.record(z.string(), z.string()),
        // The content schema's conditions; in the export an absent `other` is null, like every field.
        conditions: ConditionsSchema().extend({ other: z.string().nullable() }),
        results: z.array(
          z.object({
            mesh: id,
            variant: z.string(),
            scenario: z.string(),
            metric: z.enum(METRIC_IDS),
            value: z.number(),
            unit: z.enum(UNITS),
            approximate: z.boolean(),
            range: z.object({ min: z.number(), max: z.number() }).nullable(),
            relativeTo: id.nullable(),
          }),
        ),
        caveats: z.array(z.string()),
      }),
    ),
  })
  .describe('Mesh Atlas benchmark studies (public data API v1)');

export const ChartsExportSchema = () => z
  .object({
    version: z.literal(1),
    charts: z.array(
      z.object({
        id,
        title: z.string(),
        study: id,
        unit: z.enum(UNITS),
        embed: z.url().describe('Embed page, for iframes'),
        svg: z.url(),
        png: z.url(),
        svgDark: z.url(),
        pngDark: z.url(),
        csv: z.url().describe('The results the chart plots, as CSV'),
        page: z.url().describe('The chart on its study page'),
      }),
    ),
  })
  .describe('Mesh Atlas charts and their artifacts (public data API v1)');

/** The schema of every export, with the atlas's projects as the project vocabulary. */
export function exportSchemas(atlas: AtlasData) {
  const projects = projectsOf(atlas).map((p) => p.id);
  return { features: FeaturesExportSchema(projects), benchmarks: BenchmarksExportSchema(projects), charts: ChartsExportSchema() };
}

/** The JSON Schema (draft 2020-12) of an export, with its public id. */
export function jsonSchemaOf(schema: z.ZodType, url: string) {
  return { $id: url, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
