/**
 * Where the project's source lives, for "suggest a correction" links. Set MESH_ATLAS_REPOSITORY to
 * the fork a copy of the site is built from; the default is a placeholder until the site is hosted.
 */
export const REPOSITORY = (import.meta.env['MESH_ATLAS_REPOSITORY'] as string | undefined) ?? 'https://github.com/mesh-atlas/mesh-atlas';

/** A link that opens a content file for editing in the repository. */
export const editUrl = (filePath: string) => `${REPOSITORY}/edit/main/${filePath.replace(/^\.?\//, '')}`;
