import { z } from 'astro/zod';

/**
 * A Gateway API conformance report (`kind: ConformanceReport`), as the conformance suite of
 * kubernetes-sigs/gateway-api writes it. Reports are stored byte for byte, so the schema accepts
 * fields it does not know (newer suites add some) and checks only what the site reads.
 */
const StatisticsSchema = () =>
  z.looseObject({
    Passed: z.number().int().nonnegative().default(0),
    Failed: z.number().int().nonnegative().default(0),
    Skipped: z.number().int().nonnegative().default(0),
  });

const RESULTS = ['success', 'partial', 'failure'] as const;

const ProfileResultSchema = () =>
  z.looseObject({
    result: z.enum(RESULTS),
    statistics: StatisticsSchema().optional(),
    skippedTests: z.array(z.string()).default([]),
    failedTests: z.array(z.string()).default([]),
    supportedFeatures: z.array(z.string()).default([]),
    unsupportedFeatures: z.array(z.string()).default([]),
  });

export const ConformanceReportSchema = () =>
  z.looseObject({
    apiVersion: z.string().min(1).optional(),
    kind: z.literal('ConformanceReport'),
    /** When the suite ran (RFC 3339, with its offset). */
    date: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an RFC 3339 date-time'),
    gatewayAPIChannel: z.enum(['standard', 'experimental']),
    gatewayAPIVersion: z.string().regex(/^v\d+\.\d+(\.\d+)?$/, 'must be a Gateway API version such as v1.6.0'),
    implementation: z.looseObject({
      organization: z.string().min(1),
      project: z.string().min(1),
      /** As the implementation writes it (not always a full URL: `github.com/cilium/cilium`). */
      url: z.string().min(1),
      version: z.string().min(1),
      contact: z.array(z.string()).default([]),
    }),
    mode: z.string().min(1),
    profiles: z
      .array(
        z.looseObject({
          name: z.string().regex(/^[A-Z]+(-[A-Z]+)*$/, 'must be a profile name such as MESH-HTTP'),
          core: ProfileResultSchema(),
          extended: ProfileResultSchema().optional(),
          summary: z.string().optional(),
        }),
      )
      .min(1),
    succeededProvisionalTests: z.array(z.string()).default([]),
  });
export type ConformanceReportData = z.output<ReturnType<typeof ConformanceReportSchema>>;
export type ConformanceProfileData = ConformanceReportData['profiles'][number];
export const CONFORMANCE_RESULTS = RESULTS;
