/**
 * Writes the importer's changes into a study's hand-written YAML frontmatter as small text edits, so
 * everything a person wrote keeps its formatting, quoting, comments and order: conditions that were
 * null get their value in place, replaced results are cut out line by line, new results are
 * appended in the list's own indentation as one flow mapping each.
 *
 * `patchStudyFrontmatter` returns null when the change is not one it can make by editing (another
 * top-level field changed, an unusual layout); the caller then re-serialises the whole frontmatter.
 * A patch is only returned after re-parsing it gives exactly the intended data.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Node, type Pair } from 'yaml';

type Raw = Record<string, unknown>;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Only these top-level fields may be edited; any other difference refuses the patch. */
const EDITABLE = new Set(['conditions', 'results']);

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
/** The offset just after the newline that ends the line holding `pos - 1` (the end of a node). */
function lineEndAfter(text: string, end: number): number {
  const newline = text.indexOf('\n', Math.max(end - 1, 0));
  return newline === -1 ? text.length : newline + 1;
}

/** One value as inline YAML: a scalar, or a mapping in flow style on one line. */
const inline = (value: unknown) => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function conditionEdits(text: string, node: unknown, before: unknown, after: unknown): Edit[] | null {
  if (isDeepStrictEqual(before, after)) return [];
  if (!isMap(node) || !isRaw(before) || !isRaw(after) || node.flow || node.items.length === 0) return null;
  const edits: Edit[] = [];
  const pairs = node.items as Pair<Node, Node>[];
  const firstKey = pairs[0]!.key;
  if (!firstKey?.range) return null;
  const indent = text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]);
  if (!/^ *$/.test(indent)) return null;
  const added: string[] = [];
  for (const key of Object.keys(before)) if (!(key in after)) return null;
  for (const [key, value] of Object.entries(after)) {
    if (isDeepStrictEqual(before[key], value)) continue;
    // The importer only fills conditions that were not stated.
    if (before[key] !== null && before[key] !== undefined) return null;
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      added.push(`${indent}${inline(key)}: ${inline(value)}\n`);
      continue;
    }
    const current = pair.value;
    if (!isScalar(current) || !current.range || !/^(null|~)$/.test(text.slice(current.range[0], current.range[1]))) return null;
    edits.push({ start: current.range[0], end: current.range[1], text: inline(value) });
  }
  if (added.length) {
    const last = pairs.at(-1)!;
    const end = (last.value as Node | null)?.range?.[1] ?? last.key.range?.[1];
    if (end === undefined) return null;
    const at = lineEndAfter(text, end);
    edits.push({ start: at, end: at, text: added.join('') });
  }
  return edits;
}

function resultEdits(text: string, node: unknown, before: unknown, after: unknown): Edit[] | null {
  if (isDeepStrictEqual(before, after)) return [];
  if (!isSeq(node) || !Array.isArray(before) || !Array.isArray(after)) return null;
  // The merged list is the kept items in their order, then the new ones.
  const kept: number[] = [];
  let next = 0;
  for (let i = 0; i < before.length && next < after.length; i++) {
    if (isDeepStrictEqual(before[i], after[next])) {
      kept.push(i);
      next++;
    }
  }
  const appended = after.slice(next);
  const items = node.items as Node[];
  if (items.some((item) => !item.range)) return null;
  const edits: Edit[] = [];
  if (node.flow || items.length === 0) {
    // `results: []` becomes a block list.
    if (!node.range || !appended.length || kept.length) return null;
    let start = node.range[0];
    while (start > 0 && text[start - 1] === ' ') start--;
    edits.push({ start, end: node.range[1], text: `\n${appended.map((item) => `  - ${inline(item)}`).join('\n')}` });
    return edits;
  }
  const itemStart = (i: number) => lineStart(text, items[i]!.range![0]);
  const itemEnd = (i: number) => (i + 1 < items.length ? itemStart(i + 1) : lineEndAfter(text, items[i]!.range![1]));
  const prefix = text.slice(itemStart(0), items[0]!.range![0]);
  const indent = /^( *)- +$/.exec(prefix)?.[1];
  if (indent === undefined) return null;
  const keptSet = new Set(kept);
  for (let i = 0; i < items.length; i++) if (!keptSet.has(i)) edits.push({ start: itemStart(i), end: itemEnd(i), text: '' });
  if (appended.length) {
    const at = itemEnd(items.length - 1);
    const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    edits.push({ start: at, end: at, text: lead + appended.map((item) => `${indent}- ${inline(item)}\n`).join('') });
  }
  return edits;
}

/**
 * The frontmatter `text` (YAML, without the `---` fences) changed to hold `after`, by editing only
 * what differs; or null when that cannot be done safely.
 */
export function patchStudyFrontmatter(text: string, after: Raw): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  const before = doc.toJS() as unknown;
  if (!isRaw(before)) return null;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) if (!EDITABLE.has(key) && !isDeepStrictEqual(before[key], after[key])) return null;
  const conditions = conditionEdits(text, doc.get('conditions', true), before['conditions'], after['conditions']);
  const results = resultEdits(text, doc.get('results', true), before['results'], after['results']);
  if (!conditions || !results) return null;
  const edits = [...conditions, ...results].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  let check: unknown;
  try {
    check = parse(out);
  } catch {
    return null;
  }
  return isDeepStrictEqual(check, after) ? out : null;
}
