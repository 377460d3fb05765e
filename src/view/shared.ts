/**
 * Pieces several page view models share. View models (one per page, in this folder) are pure: they
 * take the atlas and the page's params and return plain data the page's markup renders, so a page
 * is a query plus markup and what it shows is unit-tested without Astro.
 */
import { featuresByCategory, meshesBaselineLast } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { formatDate } from '../domain/format';
import type { MatrixOptions } from '../domain/urls';

/** A date as the markup shows it: `<time datetime={iso}>{text}</time>`. */
export interface DateText {
  iso: string;
  text: string;
}

export const dated = (iso: string): DateText => ({ iso, text: formatDate(iso) });

/** A link as the markup renders it. */
export interface Link {
  href: string;
  label: string;
}

/** The feature matrix's URL-state options: its columns (compared meshes, then the baseline) and categories. */
export function matrixOptions(atlas: AtlasData): MatrixOptions {
  return {
    meshIds: meshesBaselineLast(atlas).map((m) => m.id),
    categoryIds: featuresByCategory(atlas).map((g) => g.category),
  };
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small count in words, as prose writes it ("two to four"); figures from 11 on. */
export const numberWord = (n: number) => WORDS[n] ?? String(n);
