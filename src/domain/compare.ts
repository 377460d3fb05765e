/**
 * Pairs of meshes and how they differ. Comparison URLs use one canonical order — the two ids sorted
 * alphabetically — so every pair has exactly one page; the reverse order redirects to it. The order
 * and the slug are src/domain/urls.ts's (`pairOrder`, `pairSlug`); this module pairs and compares.
 */
import type { SupportCellData } from '../schemas';
import { pairOrder, pairSlug, urls } from './urls';

export interface MeshPair {
  a: string;
  b: string;
  slug: string;
}

/** The canonical pair for two ids: alphabetical order, `a-vs-b` slug. */
export function canonicalPair(first: string, second: string): MeshPair {
  const [a, b] = pairOrder(first, second);
  return { a, b, slug: pairSlug(a, b) };
}

/** Every unordered pair of the given ids, each once, in canonical order, sorted by slug. */
export function comparePairs(ids: readonly string[]): MeshPair[] {
  const unique = [...new Set(ids)].sort();
  const pairs: MeshPair[] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) pairs.push(canonicalPair(unique[i]!, unique[j]!));
  }
  return pairs;
}

/** Redirects from the reverse order of every pair to its canonical page (Astro `redirects`). */
export function reversePairRedirects(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(comparePairs(ids).map(({ a, b }) => [urls.pairReversed(a, b), urls.pair(a, b)]));
}

/** What makes two cells "the same" for a reader: level, maturity and what it requires. */
export function cellSignature(cell: Pick<SupportCellData, 'level' | 'maturity' | 'requires'>): string {
  return [cell.level, cell.maturity ?? '', [...cell.requires].sort().join('+')].join('|');
}

/** True when the given signatures are not all equal. */
export function signaturesDiffer(signatures: readonly string[]): boolean {
  return new Set(signatures).size > 1;
}

export interface FeatureComparison<F> {
  feature: F;
  cells: SupportCellData[];
  differs: boolean;
}

/**
 * Compares meshes feature by feature, keeping the given feature order; `differing` and `same`
 * split the result so pages can lead with the differences.
 */
export function compareSupport<F extends { id: string }>(
  features: readonly F[],
  meshes: readonly { data: { support: Record<string, SupportCellData> } }[],
): { differing: FeatureComparison<F>[]; same: FeatureComparison<F>[] } {
  const all = features.map((feature) => {
    const cells = meshes.map((mesh) => {
      const cell = mesh.data.support[feature.id];
      if (!cell) throw new Error(`no cell for ${feature.id}`);
      return cell;
    });
    return { feature, cells, differs: signaturesDiffer(cells.map(cellSignature)) };
  });
  return { differing: all.filter((c) => c.differs), same: all.filter((c) => !c.differs) };
}

const LEVEL_RANK: Partial<Record<SupportCellData['level'], number>> = { full: 3, partial: 2, none: 1 };

export interface DifferenceSummary {
  /** Features that differ at all. */
  differ: number;
  /** Features compared. */
  total: number;
  /** Differing features where the first mesh has the higher level, and where the second has. */
  firstAhead: number;
  secondAhead: number;
  /** Same level, but a different maturity or different requirements. */
  sameLevelOtherwiseDifferent: number;
  /** Differing features where one side is unknown or not applicable, so no side is "ahead". */
  notComparable: number;
}

/** Counts for a two-mesh comparison, for the page lead and link previews. */
export function summarizeDifferences(comparisons: readonly { cells: SupportCellData[]; differs: boolean }[]): DifferenceSummary {
  const summary: DifferenceSummary = { differ: 0, total: comparisons.length, firstAhead: 0, secondAhead: 0, sameLevelOtherwiseDifferent: 0, notComparable: 0 };
  for (const { cells, differs } of comparisons) {
    if (!differs) continue;
    summary.differ += 1;
    const [first, second] = cells as [SupportCellData, SupportCellData];
    const a = LEVEL_RANK[first.level];
    const b = LEVEL_RANK[second.level];
    if (first.level === second.level) summary.sameLevelOtherwiseDifferent += 1;
    else if (a === undefined || b === undefined) summary.notComparable += 1;
    else if (a > b) summary.firstAhead += 1;
    else summary.secondAhead += 1;
  }
  return summary;
}
