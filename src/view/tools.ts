/**
 * The chooser, calculator and benchmarks pages: what each shows before any script runs. Pure; the
 * derivations they rest on are in src/domain/ (chooser, calculator, conditions).
 */
import { byStudyDate, featuresByCategory, guideWithRole, meshesInStudy } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { calculatorModel } from '../domain/calculator';
import { chooserData } from '../domain/chooser';
import { COMPARED_CONDITIONS, formatCondition } from '../domain/conditions';
import { urls } from '../domain/urls';
import { studyListItem } from './shared';

/** The chooser's two priorities: its own questions, not any feature's. */
const PRIORITIES = [
  { flag: 'memory', label: 'Our nodes are memory-bound (GPU or small nodes)' },
  { flag: 'latency', label: 'Our traffic is latency-sensitive' },
] as const;

export function chooserPageView(atlas: AtlasData) {
  const data = chooserData(atlas);
  const choosing = guideWithRole(atlas, 'choosing');
  return {
    data,
    /** Required-feature checkboxes, by matrix category. */
    groups: featuresByCategory(atlas).map((group) => ({ label: group.label, features: group.features.map((f) => ({ id: f.id, name: f.data.name })) })),
    priorities: PRIORITIES,
    /** Where a reader without JavaScript goes instead. */
    noScript: choosing ? { href: urls.guide(choosing.id), label: `guide “${choosing.data.title}”`, verb: 'covers' } : { href: urls.guides(), label: 'guides', verb: 'cover' },
  };
}

export function calculatorPageView(atlas: AtlasData) {
  const model = calculatorModel(atlas);
  return {
    model,
    /** A worked example from the figures: 1,000 pods of the first mesh with a per-pod cost. */
    example: model?.meshes.find((m) => m.perPodMb && m.perPodMb.value > 0) ?? null,
  };
}

export function benchmarksPageView(atlas: AtlasData) {
  const studies = [...atlas.benchmarks].sort(byStudyDate);
  const disagree = guideWithRole(atlas, 'studies-disagree');
  return {
    columns: COMPARED_CONDITIONS,
    studies: studies.map((study) => ({
      id: study.id,
      ...studyListItem(study),
      meshes: meshesInStudy(atlas, study).map((m) => m.data.shortName).join(', '),
      conditions: COMPARED_CONDITIONS.map(({ key }) => formatCondition(study.data.conditions[key])),
    })),
    /** The guide whose body explains why the studies disagree, or null when no guide holds the role. */
    disagree: disagree ? { id: disagree.id, title: disagree.data.title, href: urls.guide(disagree.id) } : null,
  };
}
