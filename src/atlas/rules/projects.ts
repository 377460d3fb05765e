import type { Rule } from '../types';

/**
 * Projects are declared by mesh files, not by the code: a mesh names its `project` and the
 * project's `projectName` together, every mode of one project spells the name alike, and a source
 * or study is vendor-authored only for a project some mesh declares.
 */
export const projects: Rule = {
  id: 'projects',
  description:
    'A mesh gives `project` and `projectName` together, alike in every file of one project; `vendorOf` names only projects a mesh declares.',
  check({ atlas, known, report }) {
    const names = new Map<string, { name: string; file: string }>();
    const declared = new Set<string>();
    for (const mesh of atlas.meshes) {
      const { project, projectName } = mesh.data;
      if (project === undefined && projectName === undefined) continue;
      if (project === undefined) {
        report(mesh.filePath, 'projectName', 'is given without `project`: add the project id it names, or remove it');
        continue;
      }
      declared.add(project);
      if (projectName === undefined) {
        report(mesh.filePath, 'project', `"${project}" needs a \`projectName\`, its name in prose and vendor marks`);
        continue;
      }
      const first = names.get(project);
      if (!first) names.set(project, { name: projectName, file: mesh.filePath });
      else if (first.name !== projectName) {
        report(mesh.filePath, 'projectName', `"${projectName}" differs from "${first.name}" in ${first.file} for project "${project}"`);
      }
    }
    // A mesh file that failed its own checks may declare the project a source names: its own
    // problem is the one to fix, so `vendorOf` is not judged until every mesh file is valid.
    if (atlas.meshes.length < known.meshes.size) return;
    const list = [...declared].sort();
    const check = (file: string, vendorOf: readonly string[]) =>
      vendorOf.forEach((project, index) => {
        if (!declared.has(project)) {
          report(file, `vendorOf[${index}]`, `"${project}" is no mesh's project (known: ${list.join(', ') || 'none'})`);
        }
      });
    for (const source of atlas.sources) check(source.filePath, source.data.vendorOf);
    for (const study of atlas.benchmarks) check(study.filePath, study.data.vendorOf);
  },
};
