import { chartImagePaths, chartImageRoute } from '../../lib/chartImageRoutes';

export const getStaticPaths = chartImagePaths;
export const GET = chartImageRoute('png');
