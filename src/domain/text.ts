/** Small text helpers shared by pages, chart configs and build-time images. */

/**
 * `text` split at spaces into lines of at most `max` characters; a word longer than `max` keeps a
 * line to itself rather than being broken.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
