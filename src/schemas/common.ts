import { z } from 'astro/zod';

/**
 * Builds a Zod schema for a reference to another collection. In the site this is Astro's
 * `reference()`; unit tests and the content validator pass `idReference`, which produces the same
 * `{ id, collection }` shape, so one set of schema factories serves both.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

export type CollectionName = 'meshes' | 'features' | 'benchmarks' | 'guides' | 'sources' | 'lifecycle' | 'conformance' | 'glossary';

/** A stand-in for Astro's `reference()` with the same output shape (used outside Astro). */
export const idReference: ReferenceFactory = (collection) =>
  z.string().transform((id) => ({ id, collection }));

/** Lowercase-kebab ids: what file names, URLs and anchors are made of. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = () =>
  z.string().regex(KEBAB_ID, 'must be lowercase-kebab (a-z, 0-9 and single hyphens)');

/** True when `value` is a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date as YYYY-MM-DD in UTC: the latest date content may claim. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * A calendar date written as a quoted 'YYYY-MM-DD' string. YAML turns unquoted dates into
 * Date objects and silently rolls impossible ones over (2026-02-30 becomes March 2), so dates
 * must be quoted for the check to see what the author wrote.
 */
export const DateSchema = () =>
  z
    .union([z.string(), z.date()])
    .superRefine((value, ctx) => {
      if (value instanceof Date) {
        ctx.addIssue({ code: 'custom', message: "write the date in quotes, as 'YYYY-MM-DD'" });
      } else if (!isRealIsoDate(value)) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date in YYYY-MM-DD form` });
      }
    })
    .transform((value) => String(value));

/** A date that is real and not after today (verified, reviewed, published dates). */
export const PastDateSchema = () =>
  DateSchema().refine((value) => value <= todayIso(), {
    message: 'is in the future; a date verified or published must be today or earlier',
  });

/** A version string as upstream writes it (1.31.0, 2.20, edge-26.9.1, enterprise-2.20.2). */
export const VersionSchema = () =>
  z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/i, 'must look like a version (1.31.0, 2.20, edge-26.9.1)');

/** One or more source ids; at least one when present. */
export const SourceListSchema = (ref: ReferenceFactory) => z.array(ref('sources')).min(1, 'needs at least one source');
