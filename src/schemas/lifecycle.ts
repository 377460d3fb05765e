import { z } from 'astro/zod';
import { DateSchema, IdSchema, PastDateSchema, SourceListSchema, VersionSchema, type ReferenceFactory } from './common';
import { DISTRIBUTION_KINDS, RELEASE_CHANNELS } from './vocab';

/** A fact in prose with its evidence and the day it was checked, like a support cell. */
const FactSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** The fact, in our words. */
      text: z.string().min(10),
      sources: SourceListSchema(ref),
      /** When a person last checked it against its sources. */
      verified: PastDateSchema(),
    })
    .strict();

/** A Kubernetes minor version, as "1.33". */
const KubernetesMinorSchema = () => z.string().regex(/^1\.\d+$/, 'must be a Kubernetes minor version such as "1.33"');

/** One release line (a minor version, or a channel such as Linkerd's edge releases). */
const ReleaseSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** The release line as upstream names it: "1.31", "2.19", "edge". */
      version: VersionSchema(),
      /** Who publishes it. */
      channel: z.enum(RELEASE_CHANNELS),
      /** When its first release (x.y.0) shipped, when a source states it. */
      released: PastDateSchema().optional(),
      /**
       * The day support ends (or ended), when a source states one. May be in the future. Omitted when
       * no source gives a date; `endOfSupportNote` then says what the policy is.
       */
      endOfSupport: DateSchema().optional(),
      /**
       * When no end date is published but a source says support had already ended on a day (a
       * maintainer calling a release end of life): that day. Not given with `endOfSupport`.
       */
      endedBy: PastDateSchema().optional(),
      /** How its end of support is set, or why no date is known. */
      endOfSupportNote: z.string().min(10).optional(),
      /** Kubernetes minors the project supports it on, oldest and newest; omitted when unknown. */
      kubernetes: z.object({ min: KubernetesMinorSchema(), max: KubernetesMinorSchema() }).strict().optional(),
      /** Anything else a reader needs (tested-but-unsupported Kubernetes versions, skew). */
      note: z.string().min(10).optional(),
      sources: SourceListSchema(ref),
      verified: PastDateSchema(),
    })
    .strict();

/** Who ships the mesh and who supports it. */
const DistributionSchema = (ref: ReferenceFactory) =>
  z
    .object({
      name: z.string().min(2),
      /** Who provides it. */
      by: z.string().min(2),
      kind: z.enum(DISTRIBUTION_KINDS),
      /** What support it comes with, in our words. */
      support: z.string().min(10),
      sources: SourceListSchema(ref),
      verified: PastDateSchema(),
    })
    .strict();

/**
 * Lifecycle facts for one project (every mesh file with that `project` shows them): how often it
 * releases, which releases are supported until when, on which Kubernetes versions, how upgrades
 * work, who distributes and supports it, its licence and its governance. One file per project.
 */
export const LifecycleSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** The `project` of the mesh files these facts belong to. */
      project: IdSchema(),
      /** How often releases ship. */
      cadence: FactSchema(ref),
      /** Which releases the project supports and for how long. */
      supportPolicy: FactSchema(ref),
      /** Release lines, newest first: the supported ones and recently ended ones. */
      releases: z.array(ReleaseSchema(ref)).min(1),
      /** How an installation is upgraded (revisions, canary control planes, in place). */
      upgrade: FactSchema(ref),
      /** Distributions and who offers support for them. */
      distributions: z.array(DistributionSchema(ref)).min(1),
      /** Licence of the open-source code, as an SPDX id, with its evidence. */
      licence: z.object({ spdx: z.string().min(2), sources: SourceListSchema(ref), verified: PastDateSchema() }).strict(),
      /** Who governs the project (foundation, maturity, steering). */
      governance: FactSchema(ref),
      /**
       * How this project and its distributions name themselves in Gateway API conformance reports
       * (`implementation.organization` and `.project`). The `project` implementation's newest report
       * computes the mesh files' conformance rows; a `distribution`'s reports are shown beside it.
       */
      conformance: z
        .array(
          z
            .object({
              organization: z.string().min(1),
              project: z.string().min(1),
              role: z.enum(['project', 'distribution']),
              /** How the site names it, when the report's spelling is not that ("istio" → "Istio"). */
              name: z.string().min(2).optional(),
            })
            .strict(),
        )
        .default([]),
    })
    .strict();
export type LifecycleData = z.output<ReturnType<typeof LifecycleSchema>>;
