import { chartImagePaths, chartImageRoute } from '../../charts/node/chartImageRoutes';

export const getStaticPaths = chartImagePaths;
export const GET = chartImageRoute('svg');
