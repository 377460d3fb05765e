import { z } from 'astro/zod';
import { IdSchema, PastDateSchema, SourceListSchema, VersionSchema, type ReferenceFactory } from './common';
import { SupportCellSchema, type SupportCellData } from './support';
import { CNCF_STATUSES, DATA_PLANE_KINDS } from './vocab';

/** A mesh profile: one file per mesh (or mesh mode), plus the `no-mesh` baseline. */
export const MeshSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** Full display name, e.g. "Istio (ambient mode)". */
      name: z.string().min(2),
      /** Compact name for table headers and chart legends. */
      shortName: z.string().min(2).max(24),
      /**
       * Upstream project id, shared by every mode of one project (both Istio modes say `istio`);
       * omitted for the baseline. Sources and studies name it in `vendorOf`.
       */
      project: IdSchema().optional(),
      /** The project's name in prose and vendor marks ("Istio"); given with `project`, alike in every file of it. */
      projectName: z.string().min(2).optional(),
      /** True only for the no-mesh baseline. */
      baseline: z.boolean().default(false),
      /** Who maintains it and who sells support for it. */
      maintainer: z.string().min(2),
      /** Licence of the open-source distribution (SPDX id), or "n/a". */
      licence: z.string().min(2),
      /** CNCF maturity of the project. */
      cncf: z.enum(CNCF_STATUSES),
      /** The newest release this profile was checked against. */
      versionReviewed: VersionSchema(),
      /** When the profile as a whole was last reviewed. */
      reviewed: PastDateSchema(),
      /** Project home page. */
      homepage: z.url().optional(),
      /** Position in tables and legends; lower comes first. */
      order: z.number().int().nonnegative(),
      /** One-sentence summary for cards and link previews. */
      summary: z.string().min(20).max(300),
      /** Where traffic is processed and how workloads are identified. */
      architecture: z
        .object({
          /** Where the data plane runs. */
          dataPlane: z.enum(DATA_PLANE_KINDS),
          /** The proxy software, if any. */
          proxy: z.string(),
          /** Where layer-4 traffic (connections, mTLS, L4 policy) is handled. */
          l4: z.string(),
          /** Where layer-7 traffic (HTTP routing, retries, L7 policy) is handled. */
          l7: z.string(),
          /** The control plane and how it is deployed. */
          controlPlane: z.string(),
          /** How workloads get an identity. */
          identity: z.string(),
          /** How traffic is encrypted in transit. */
          encryption: z.string(),
          /** Evidence for the above. */
          sources: SourceListSchema(ref),
        })
        .strict(),
      /** Where the mesh spends memory and CPU. */
      resourceModel: z
        .object({
          /** Cost that grows with every pod. */
          perPod: z.string(),
          /** Cost that grows with every node. */
          perNode: z.string(),
          /** Cost shared by the cluster (control plane, optional proxies). */
          shared: z.string(),
          /** Evidence for the above. */
          sources: SourceListSchema(ref),
        })
        .strict(),
      /** What it does well, each with its evidence. */
      strengths: z.array(z.object({ text: z.string().min(10), sources: SourceListSchema(ref) }).strict()).min(1),
      /** Where it falls short, each with its evidence. */
      limits: z.array(z.object({ text: z.string().min(10), sources: SourceListSchema(ref) }).strict()).min(1),
      /** Support for every feature, keyed by feature id. Every feature needs a cell. */
      support: z.record(IdSchema(), SupportCellSchema(ref)),
    })
    .strict();
/** A mesh file as written: rows computed from conformance reports may leave `level` out. */
export type MeshInputData = z.output<ReturnType<typeof MeshSchema>>;
/** A mesh as pages read it, every cell complete (see `deriveAtlas` in src/atlas/conformance.ts). */
export type MeshData = Omit<MeshInputData, 'support'> & { support: Record<string, SupportCellData> };
