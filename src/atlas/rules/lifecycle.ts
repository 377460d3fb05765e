import type { Rule } from '../types';
import { compareVersions } from '../versions';

/**
 * Lifecycle files are about a project some mesh declares, one file a project; release lines run
 * newest first, each ends support after it was released, and its Kubernetes range runs upwards.
 */
export const lifecycle: Rule = {
  id: 'lifecycle',
  description: 'A lifecycle file names a project some mesh declares, once, with the licence its mesh files give; releases run newest first, end after they start, and cover Kubernetes from min to max.',
  check({ atlas, report }) {
    const declared = new Set(atlas.meshes.flatMap((m) => (m.data.project ? [m.data.project] : [])));
    const seen = new Map<string, string>();
    for (const { filePath, data } of atlas.lifecycle) {
      if (!declared.has(data.project)) {
        report(filePath, 'project', `"${data.project}" is no mesh's project (known: ${[...declared].sort().join(', ') || 'none'})`);
      }
      for (const mesh of atlas.meshes.filter((m) => m.data.project === data.project && m.data.licence !== data.licence.spdx)) {
        report(filePath, 'licence.spdx', `"${data.licence.spdx}" differs from the licence "${mesh.data.licence}" in ${mesh.filePath}`);
      }
      const first = seen.get(data.project);
      if (first) report(filePath, 'project', `"${data.project}" already has lifecycle facts in ${first}`);
      else seen.set(data.project, filePath);
      data.releases.forEach((release, index) => {
        const at = `releases[${index}]`;
        if (release.released && release.endOfSupport && release.endOfSupport <= release.released) {
          report(filePath, `${at}.endOfSupport`, `${release.endOfSupport} is not after its release on ${release.released}`);
        }
        if (release.endOfSupport && release.endedBy) {
          report(filePath, `${at}.endedBy`, 'is for a release with no published end date; this one has `endOfSupport`');
        }
        if (!release.endOfSupport && !release.endOfSupportNote) {
          report(filePath, `${at}.endOfSupportNote`, 'without an end-of-support date, say what sets it or why it is unknown');
        }
        if (release.kubernetes && (compareVersions(release.kubernetes.min, release.kubernetes.max) ?? 0) > 0) {
          report(filePath, `${at}.kubernetes.max`, `${release.kubernetes.max} is below min ${release.kubernetes.min}`);
        }
        const next = data.releases[index + 1];
        const order = next ? compareVersions(release.version, next.version) : null;
        if (next && order !== null && order <= 0) {
          report(filePath, `releases[${index + 1}].version`, `${next.version} is listed after ${release.version}: list release lines newest first`);
        }
      });
    }
  },
};
