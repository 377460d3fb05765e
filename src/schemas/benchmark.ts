import { z } from 'astro/zod';
import { DateSchema, IdSchema, PastDateSchema, SourceListSchema, type ReferenceFactory } from './common';
import { METRIC_IDS, STUDY_ROLE_IDS, UNITS } from './vocab';

/** `null` means "the study does not say"; a reader sees "not stated", never a guess. */
const stated = <T extends z.ZodType>(schema: T) => schema.nullable();

/** Test conditions, in the shape the benchmarks table compares across studies. */
export const ConditionsSchema = () =>
  z
    .object({
      /** Where the cluster ran (cloud service or hardware). */
      environment: stated(z.string()),
      /** Worker nodes under test (excluding load generators where the study separates them). */
      nodes: stated(z.number().int().positive()),
      /** Node machine type and size. */
      nodeType: stated(z.string()),
      /** Total cores in the cluster. */
      totalCores: stated(z.number().int().positive()),
      /** Services deployed. */
      services: stated(z.number().int().positive()),
      /** Application pods deployed. */
      pods: stated(z.number().int().positive()),
      /** Application used as the workload. */
      workload: stated(z.string()),
      /** Load generator and version. */
      loadTool: stated(z.string()),
      /** Request rate(s), as the study states them. */
      requestRate: stated(z.string()),
      /** Concurrent connections. */
      connections: stated(z.string()),
      /** Request or response payload. */
      payload: stated(z.string()),
      /** Application protocol. */
      protocol: stated(z.string()),
      /** Was in-transit encryption on for the meshes? */
      encryption: stated(z.boolean()),
      /** Were L7 policies or L7 processing on? */
      l7Policy: stated(z.boolean()),
      /** Length of each run and repetitions. */
      duration: stated(z.string()),
      /** Anything else that shapes the numbers (churn, Kubernetes version, CNI). */
      other: z.string().optional(),
    })
    .strict();

/** The conditions every study states or marks "not stated" (null), in schema order: all but `other`. */
export const STATED_CONDITION_KEYS = /* @__PURE__ */ Object.keys(ConditionsSchema().shape).filter((key) => key !== 'other') as (keyof z.output<ReturnType<typeof ConditionsSchema>>)[];

/** One number: a metric for one mesh (and variant, and scenario) in one study. */
export const ResultSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** Which mesh profile was measured (`no-mesh` for the baseline). */
      mesh: ref('meshes'),
      /** Configuration of that mesh, e.g. "L4 only", "with waypoint", "WireGuard + L7". */
      variant: z.string().min(1).default('default'),
      /** Load point when a study reports several, e.g. "2000 rps" or "32 connections". */
      scenario: z.string().min(1).default('default'),
      /** Metric id from the public data API vocabulary. */
      metric: z.enum(METRIC_IDS),
      /** The number, in `unit`. */
      value: z.number(),
      /** Unit of `value`; must be the metric's unit. */
      unit: z.enum(UNITS),
      /** The source gives the number as approximate ("~70 MB"). */
      approximate: z.boolean().default(false),
      /** The range the source gives, when it gives one (50–100 MB). */
      range: z.object({ min: z.number(), max: z.number() }).strict().optional(),
      /** For relative metrics: the mesh the value is compared with. */
      relativeTo: ref('meshes').optional(),
      /** How the number was read or converted. */
      note: z.string().optional(),
    })
    .strict()
    .superRefine((result, ctx) => {
      if (result.range && !(result.range.min <= result.value && result.value <= result.range.max)) {
        ctx.addIssue({ code: 'custom', path: ['range'], message: `value ${result.value} lies outside its range` });
      }
    });

/** A chart of some of a study's results. One spec feeds the page, the embed and the images. */
export const ChartDefinitionSchema = () =>
  z
    .object({
      /** Stable id, unique across the site: it is in chart URLs (lowercase-kebab). */
      id: IdSchema(),
      /** What the chart shows, without the unit (added from the metrics). */
      title: z.string().min(5).max(80),
      /** Metrics plotted; all must share one unit. */
      metrics: z.array(z.enum(METRIC_IDS)).min(1),
      /**
       * `series` (default): one bar group per mesh and variant, one bar per metric.
       * `scenario`: one bar group per load scenario, one bar per mesh and variant (one metric).
       */
      groupBy: z.enum(['series', 'scenario']).default('series'),
      /** Scenarios to include, in this order; default: every scenario the metrics have. */
      scenarios: z.array(z.string().min(1)).optional(),
    })
    .strict();
export type ChartDefinition = z.output<ReturnType<typeof ChartDefinitionSchema>>;

/** A benchmark study: one file per study. */
export const BenchmarkSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** Our title for the study; short enough for a page title with the site name (≤ 57). */
      title: z.string().min(5).max(57),
      /** Who ran and published it. */
      publisher: z.string().min(2),
      /** Projects (a mesh file's `project`) whose vendor or maintainers ran it; non-empty marks it vendor-authored. */
      vendorOf: z.array(IdSchema()).default([]),
      /** Publication date; `null` when the source states none (the page then says "undated"). */
      date: DateSchema().nullable(),
      /** When we last checked our numbers against the source. */
      verified: PastDateSchema(),
      /** One-sentence summary for cards and link previews. */
      summary: z.string().min(20).max(300),
      /** Versions tested, keyed by mesh id, as the study states them. */
      versions: z.record(z.string(), z.string()).default({}),
      /** Evidence: the first source is the study itself. */
      sources: SourceListSchema(ref),
      /** How the test was run. */
      conditions: ConditionsSchema(),
      /**
       * The numbers the study's text, tables or data state. Empty when it states none we could read
       * (numbers only in chart images, say): the study is still listed, and its caveats say why.
       */
      results: z.array(ResultSchema(ref)),
      /** What the numbers do not show. */
      caveats: z.array(z.string().min(10)).min(1),
      /** Charts of these results (every number is also in the study's tables). */
      charts: z.array(ChartDefinitionSchema()).default([]),
      /**
       * What the results' variants are, where a tool needs to know (keyed by variant name, each
       * one the results use): `traversalsPerHop`, how often one call between two services passes
       * through this proxy (two sidecars, two ztunnels, one waypoint).
       */
      variants: z.record(z.string().min(1), z.object({ traversalsPerHop: z.number().int().positive() }).strict()).default({}),
      /** The parts the site's tools take from this study (see STUDY_ROLES in src/schemas/vocab.ts). */
      roles: z.array(z.enum(STUDY_ROLE_IDS)).default([]),
    })
    .strict();
export type BenchmarkData = z.output<ReturnType<typeof BenchmarkSchema>>;
export type ResultData = BenchmarkData['results'][number];
