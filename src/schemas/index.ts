export * from './common';
export * from './vocab';
export { SourceSchema, type SourceData } from './source';
export { FeatureSchema, type FeatureData } from './feature';
export { SupportCellSchema, type SupportCellData } from './support';
export { MeshSchema, type MeshData } from './mesh';
export { BenchmarkSchema, ChartDefinitionSchema, ConditionsSchema, ResultSchema, type BenchmarkData, type ChartDefinition, type ResultData } from './benchmark';
export { GuideSchema, type GuideData } from './guide';
