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
