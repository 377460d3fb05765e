/** The guides list and a guide's page. */
import type { AtlasData, Entry } from '../atlas/types';
import type { GuideData } from '../schemas';
import { urls } from '../domain/urls';
import { dated } from './shared';

export function guidesView(atlas: AtlasData) {
  return {
    chooser: urls.chooser(),
    guides: [...atlas.guides]
      .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
      .map((guide) => ({ href: urls.guide(guide.id), title: guide.data.title, description: guide.data.description, reviewed: dated(guide.data.reviewed) })),
  };
}

export interface GuidePageProps {
  guide: Entry<GuideData>;
}

export function guidePagePaths(atlas: AtlasData): { params: { guide: string }; props: GuidePageProps }[] {
  return atlas.guides.map((guide) => ({ params: { guide: guide.id }, props: { guide } }));
}

export function guidePageView(atlas: AtlasData, guide: Entry<GuideData>) {
  const meshNames = guide.data.meshes.map((ref) => atlas.meshes.find((m) => m.id === ref.id)!.data.shortName);
  return {
    id: guide.id,
    search: { type: 'guide' as const, meshes: meshNames },
    title: guide.data.title,
    description: guide.data.description,
    guides: urls.guides(),
    reviewed: dated(guide.data.reviewed),
    sources: guide.data.sources,
  };
}
