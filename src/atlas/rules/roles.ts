import { STUDY_ROLES, type GuideRole, type StudyRole } from '../../schemas/vocab';
import type { Entry, Rule } from '../types';

/**
 * The tools find their evidence by role, never by id: each role is held by one entry at most, and
 * a study holding a role has measured what the role needs (the calculator's memory study has memory
 * per pod and per node, and so on).
 */
export const roles: Rule = {
  id: 'roles',
  description: 'Each study or guide role is held by one entry at most, and a study holding a role has results for every metric it needs.',
  check({ atlas, report }) {
    const once = <R extends string>(entries: Entry<{ roles: readonly R[] }>[]) => {
      const holder = new Map<R, string>();
      for (const entry of entries) {
        entry.data.roles.forEach((role, index) => {
          const previous = holder.get(role);
          if (previous) report(entry.filePath, `roles[${index}]`, `"${role}" is already held by ${previous}; a role has one holder`);
          else holder.set(role, entry.filePath);
        });
      }
    };
    once<StudyRole>(atlas.benchmarks);
    once<GuideRole>(atlas.guides);
    for (const study of atlas.benchmarks) {
      study.data.roles.forEach((role, index) => {
        const measured = new Set(study.data.results.map((r) => r.metric));
        const missing = STUDY_ROLES[role].metrics.filter((metric) => !measured.has(metric));
        if (missing.length) report(study.filePath, `roles[${index}]`, `"${role}" needs results for ${missing.join(', ')}, which this study does not have`);
      });
    }
  },
};
