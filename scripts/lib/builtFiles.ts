/** Every file of a build as the URL path it is served at (`dist/meshes/x/index.html` → `/meshes/x/`). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtFiles(root: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = '/' + relative(root, path).split(sep).join('/');
        paths.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return paths.sort();
}
