/**
 * src/charts — chart specs from study data (charts.ts) and the Chart.js configuration both the
 * browser and the image renderer use (chartConfig.ts). Pure.
 *
 *   node/   Node only: SVG/PNG rendering on @napi-rs/canvas (chartImage.ts), link-preview cards
 *           (previewImage.ts) and the build-time image routes.
 *
 * May import: src/schemas/, src/atlas/, src/domain/.  Imported by: src/exports/, src/view/, components.
 * Modules are imported directly; this file only describes the folder.
 */
export {};
