import type { BenchmarkData } from '../schemas';

type Conditions = BenchmarkData['conditions'];

/** Row labels for a study's conditions, in the order the benchmarks table compares them. */
export const CONDITION_LABELS: Record<keyof Conditions, string> = {
  environment: 'Cluster',
  nodes: 'Nodes',
  nodeType: 'Node type',
  totalCores: 'Total cores',
  services: 'Services',
  pods: 'Pods',
  workload: 'Workload',
  loadTool: 'Load tool',
  requestRate: 'Request rate',
  connections: 'Connections',
  payload: 'Payload',
  protocol: 'Protocol',
  encryption: 'Encryption',
  l7Policy: 'L7 policy / processing',
  duration: 'Duration',
  other: 'Other conditions',
};

/**
 * The conditions the benchmarks page compares across every study, one column each, with the
 * shorter labels a table header needs.
 */
export const COMPARED_CONDITIONS: readonly { key: keyof Conditions; label: string }[] = [
  { key: 'environment', label: 'Cluster' },
  { key: 'nodes', label: 'Nodes' },
  { key: 'services', label: 'Services' },
  { key: 'pods', label: 'Pods' },
  { key: 'loadTool', label: 'Load tool' },
  { key: 'requestRate', label: 'Rate' },
  { key: 'encryption', label: 'Encryption' },
  { key: 'l7Policy', label: 'L7 policy' },
];

/** A condition as text; `null` (the study does not say) reads "not stated". */
export function formatCondition(value: Conditions[keyof Conditions]): string {
  if (value === null || value === undefined) return 'not stated';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return value;
}

/** The conditions as label/value rows, leaving out `other` when absent. */
export function conditionRows(conditions: Conditions): { key: keyof Conditions; label: string; value: string }[] {
  return (Object.keys(CONDITION_LABELS) as (keyof Conditions)[])
    .filter((key) => key !== 'other' || conditions.other)
    .map((key) => ({ key, label: CONDITION_LABELS[key], value: formatCondition(conditions[key]) }));
}
