/**
 * Lists the mutants that survived the last `npm run test:mutation` (or a one-module run), from
 * reports/mutation/mutation.json, one line each: file:line:column, mutator, original → replacement.
 *   npx tsx scripts/mutation-report.ts [file-substring ...]
 */
import { readFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as Report;
const filters = process.argv.slice(2);
const LIVE = new Set(['Survived', 'NoCoverage']);

/** The source text a mutant replaces (lines and columns are 1-based). */
function original(source: string, { start, end }: Mutant['location']): string {
  const lines = source.split('\n');
  const from = lines.slice(0, start.line - 1).join('\n').length + (start.line > 1 ? 1 : 0) + start.column - 1;
  const to = lines.slice(0, end.line - 1).join('\n').length + (end.line > 1 ? 1 : 0) + end.column - 1;
  return source.slice(from, to);
}

const oneLine = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  if (filters.length && !filters.some((f) => file.includes(f))) continue;
  const counts = new Map<string, number>();
  for (const m of mutants) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const killed = (counts.get('Killed') ?? 0) + (counts.get('Timeout') ?? 0);
  const valid = killed + (counts.get('Survived') ?? 0) + (counts.get('NoCoverage') ?? 0);
  const score = valid ? ((100 * killed) / valid).toFixed(2) : 'n/a';
  console.log(`${file}: ${score}% (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')})`);
  for (const m of mutants.filter((m) => LIVE.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
    const at = `${m.location.start.line}:${m.location.start.column}`;
    console.log(`  ${at.padEnd(7)} ${m.status === 'NoCoverage' ? '[no cov] ' : ''}${m.mutatorName}: ${oneLine(original(source, m.location), 60)} → ${oneLine(m.replacement ?? '', 60)}`);
  }
}
