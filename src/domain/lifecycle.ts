/**
 * Whether a release line is still supported, judged on a given day (the build date): a release
 * past its end-of-support date shows as ended on the day the site is built. Browser-safe and pure.
 */
export type ReleaseStatus = 'supported' | 'ended' | 'no-date';

export const RELEASE_STATUS_TEXT: Record<ReleaseStatus, string> = {
  supported: 'Supported',
  ended: 'Support ended',
  'no-date': 'No end date published',
};

/**
 * Support runs through its end-of-support day and has ended on any later day. Without a published
 * end, a release a source called ended on some day (`endedBy`) has ended from that day on.
 */
export function releaseStatus(
  release: { endOfSupport?: string | null | undefined; endedBy?: string | null | undefined },
  today: string,
): ReleaseStatus {
  if (release.endOfSupport) return today > release.endOfSupport ? 'ended' : 'supported';
  if (release.endedBy && today >= release.endedBy) return 'ended';
  return 'no-date';
}

/** A Kubernetes range in words: "1.32 to 1.36", "1.33 only", or "not stated". */
export function kubernetesRange(range: { min: string; max: string } | null | undefined): string {
  if (!range) return 'not stated';
  return range.min === range.max ? `${range.min} only` : `${range.min} to ${range.max}`;
}
