/**
 * Zod schemas of the public exports. They document the contract, validate what the build emits
 * (unit tests), and are published as JSON Schema under /data/schema/.
 */
import { z } from 'astro/zod';
import { ConditionsSchema } from '../schemas/benchmark';
import { RELEASE_CHANNELS, DISTRIBUTION_KINDS, CATEGORY_IDS, MATURITIES, METRIC_IDS, REQUIREMENT_IDS, SOURCE_KINDS, SUPPORT_LEVELS, UNITS, DATA_PLANE_KINDS, HISTORY_FIELDS, HISTORY_KINDS } from '../schemas/vocab';
import type { AtlasData } from '../atlas/types';
import { projectsOf } from '../atlas/queries';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('A lowercase-kebab id');

/** Project ids, as the mesh files declare them: the one vocabulary of the exports that content defines. */
const projectEnum = (projects: readonly string[]) =>
  projects.length ? z.enum(projects as [string, ...string[]]) : z.never();

const historyValue = z.union([z.string(), z.array(z.string())]).nullable();

/** One change to a cell (features export) or to the data (changes export). */
export const HistoryExportSchema = () =>
  z.object({
    date: isoDate.nullable().describe('Release date (kind release, when a source states it) or the day the atlas changed (kind review)'),
    kind: z.enum(Object.keys(HISTORY_KINDS) as [string, ...string[]]).describe('release: the project changed it; review: the atlas changed its reading'),
    field: z.enum(HISTORY_FIELDS),
    from: historyValue.describe('Value before; null when not set'),
    to: historyValue.describe('Value after; null when cleared'),
    version: z.string().nullable().describe('The upstream version the change applies to'),
    reason: z.string(),
    sources: z.array(z.url()),
  });

export const FeaturesExportSchema = (projects: readonly string[]) => z
  .object({
    version: z.literal(1).describe('API version; fields are only ever added within a version'),
    reviewed: isoDate.nullable().describe('Latest review or verification date in the data'),
    stalePolicy: z
      .object({ asOf: isoDate.describe('The build date staleness was computed on'), maxAgeDays: z.number().int().positive() })
      .describe('A cell is stale when unchecked, checked against an older release than its mesh\'s versionReviewed, or checked more than maxAgeDays before asOf'),
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
              verified: isoDate.nullable().describe('When the cell was last checked; null if never'),
              verifiedAgainst: z.string().nullable().describe('The mesh release it was checked against'),
              lastChanged: isoDate.nullable().describe('Date of its newest dated history entry'),
              stale: z.boolean().describe('See stalePolicy'),
              history: z.array(HistoryExportSchema()).describe('Every recorded change, oldest first'),
              disputes: z
                .array(
                  z.object({
                    claim: z.string().describe('What the other source says'),
                    level: z.enum(SUPPORT_LEVELS).nullable().describe('The level the claim amounts to, if it amounts to one'),
                    source: z.url().describe('The source that makes the claim (see the top-level sources list)'),
                    resolution: z.string().describe('Why the atlas rates the cell differently, or which conditions explain both'),
                  }),
                )
                .describe('Sources that disagree with the cell, each with the atlas\'s answer'),
              derivedFrom: z
                .object({
                  report: z.url().describe('The Gateway API conformance report the level, date and version come from'),
                  profile: z.string().describe('The conformance profile read (MESH-HTTP, MESH-GRPC)'),
                  version: z.string().describe('The implementation version the report states'),
                })
                .nullable()
                .describe('Set when the cell is computed from a conformance report rather than written by hand'),
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

export const ChangesExportSchema = () => z
  .object({
    version: z.literal(1),
    changes: z.array(
      HistoryExportSchema().extend({
        id: z.string().describe('Stable id: feature, mesh and the entry\'s place in the cell\'s history; its anchor on /changes/'),
        mesh: id,
        feature: id,
        page: z.string().describe('Path of the cell on its feature page'),
      }),
    ).describe('Newest first; undated release changes last'),
  })
  .describe('Mesh Atlas: every recorded change to a support cell (public data API v1)');

const factSchema = () => z.object({ text: z.string(), sources: z.array(z.url()), verified: isoDate });

export const LifecycleExportSchema = (projects: readonly string[]) => z
  .object({
    version: z.literal(1),
    asOf: isoDate.describe('The build date each release status was judged on'),
    projects: z.array(
      z.object({
        project: projectEnum(projects),
        projectName: z.string(),
        meshes: z.array(id).describe('Mesh ids (modes) of the project'),
        cadence: factSchema(),
        supportPolicy: factSchema(),
        releases: z.array(
          z.object({
            version: z.string(),
            channel: z.enum(RELEASE_CHANNELS),
            released: isoDate.nullable(),
            endOfSupport: isoDate.nullable(),
            endedBy: isoDate.nullable().describe('With no published end: the day a source said support had already ended'),
            endOfSupportNote: z.string().nullable(),
            status: z.enum(['supported', 'ended', 'no-date']).describe('On asOf: ended once the end-of-support day has passed'),
            kubernetes: z.object({ min: z.string(), max: z.string() }).nullable(),
            note: z.string().nullable(),
            sources: z.array(z.url()),
            verified: isoDate,
          }),
        ).describe('Newest first'),
        upgrade: factSchema(),
        distributions: z.array(
          z.object({ name: z.string(), by: z.string(), kind: z.enum(DISTRIBUTION_KINDS), support: z.string(), sources: z.array(z.url()), verified: isoDate }),
        ),
        licence: z.object({ spdx: z.string(), sources: z.array(z.url()), verified: isoDate }),
        governance: factSchema(),
      }),
    ),
  })
  .describe('Mesh Atlas: lifecycle facts per project (public data API v1)');

/** The schema of every export, with the atlas's projects as the project vocabulary. */
export function exportSchemas(atlas: AtlasData) {
  const projects = projectsOf(atlas).map((p) => p.id);
  return {
    features: FeaturesExportSchema(projects),
    benchmarks: BenchmarksExportSchema(projects),
    charts: ChartsExportSchema(),
    changes: ChangesExportSchema(),
    lifecycle: LifecycleExportSchema(projects),
  };
}

/** The JSON Schema (draft 2020-12) of an export, with its public id. */
export function jsonSchemaOf(schema: z.ZodType, url: string) {
  return { $id: url, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
