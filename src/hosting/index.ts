/**
 * src/hosting — how the built site is served and kept: the _headers rules (headersFile.ts), the
 * server's request decisions (serveRules.ts, pure; scripts/serve.ts sends the files), the
 * permanent-URL list (publishedUrls.ts) and where the repository lives (site.ts).
 *
 * May import: src/domain/urls.ts.  Imported by: scripts/, the layout, tests.  Modules are imported
 * directly; this file only describes the folder.
 */
export {};
