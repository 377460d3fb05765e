/** A chart's embed page: the chart alone, for someone else's iframe; search engines index its study page. */
import { allChartSpecs, type ChartSpec } from '../charts/charts';
import type { AtlasData } from '../atlas/types';
import { urls } from '../domain/urls';

export interface EmbedChartProps {
  spec: ChartSpec;
}

export function embedChartPaths(atlas: AtlasData): { params: { chart: string }; props: EmbedChartProps }[] {
  return allChartSpecs(atlas).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}

export function embedChartView(spec: ChartSpec) {
  return {
    spec,
    title: spec.title,
    description: `${spec.title}: ${spec.conditions}. From ${spec.study.title}, with the numbers as a table and a link to the source.`,
    image: urls.chartPng(spec.id),
    imageAlt: `${spec.title} chart`,
    canonicalPath: urls.study(spec.study.id),
  };
}
