/** Helpers rules share: walking an entry's data with the field paths authors write. */
import type { AtlasData, CollectionKey, Entry } from '../types';

export type Ref = { id: string; collection: string };

export const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as Ref).id === 'string' &&
  typeof (value as Ref).collection === 'string';

/** Appends a key to a field path the way problems print it: `support.mtls.sources[0]`. */
export const joinPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Calls `visit` for every value inside `data` (depth first, parents before children), with its
 * field path. References (`{ id, collection }`) are visited as values, not walked into.
 */
export function walkValues(data: unknown, visit: (path: string, value: unknown) => void, path = ''): void {
  if (path) visit(path, data);
  if (isRef(data)) return;
  if (Array.isArray(data)) data.forEach((item, index) => walkValues(item, visit, joinPath(path, index)));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) walkValues(value, visit, joinPath(path, key));
  }
}

/**
 * Every entry the site's authors write, with its collection name. Conformance reports are left out:
 * they are stored byte for byte as their suite wrote them, and only their schema applies.
 */
export function allEntries(atlas: AtlasData): { collection: CollectionKey; entry: Entry<unknown> }[] {
  return (Object.keys(atlas) as CollectionKey[]).filter((collection) => collection !== 'conformance').flatMap((collection) =>
    (atlas[collection] as Entry<unknown>[]).map((entry) => ({ collection, entry })),
  );
}

/** The last part of a path (`a.b[2].c` → `c`), for rules keyed by field name. */
export const fieldName = (path: string): string => path.replace(/\[\d+\]/g, '').split('.').pop() ?? path;

/** Calls `visit` for every text value of every entry authors write, with its file and field path. */
export function eachText(atlas: AtlasData, visit: (file: string, path: string, text: string) => void): void {
  for (const { entry } of allEntries(atlas)) {
    walkValues(entry.data, (path, value) => {
      if (typeof value === 'string') visit(entry.filePath, path, value);
    });
  }
}
