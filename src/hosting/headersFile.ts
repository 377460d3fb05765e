/**
 * Reads the `_headers` file format (Netlify, Cloudflare Pages): blocks of a URL pattern followed
 * by indented `Name: value` lines. Every rule whose pattern matches a path applies; a header set by
 * several rules keeps every value (for CSP that means several policies, all enforced).
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a URL pattern`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

/** True when a `_headers` pattern (`/`, `/meshes/*`, `/a/:name/`) matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(path);
}

/** Every header that applies to a path, in file order; repeated names keep every value. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/**
 * The headers for a path as one value per name, the way a server sends them: a name set by several
 * rules (matched case-insensitively) joins its values with ", ", which for Content-Security-Policy
 * means several policies, all enforced. Keys keep the spelling of the first rule that sets them.
 */
export function mergedHeaders(rules: HeaderRule[], path: string): Map<string, string> {
  const merged = new Map<string, string>();
  const spelling = new Map<string, string>();
  for (const [name, value] of headersFor(rules, path)) {
    const key = spelling.get(name.toLowerCase()) ?? name;
    spelling.set(name.toLowerCase(), key);
    const previous = merged.get(key);
    merged.set(key, previous === undefined ? value : `${previous}, ${value}`);
  }
  return merged;
}
