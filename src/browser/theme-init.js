// Sets the theme before first paint: on embeds, ?theme=light|dark when given; otherwise the reader's
// stored choice, else the system's. A classic script, so it imports nothing: the storage key must match
// THEME_STORAGE_KEY in src/domain/theme.ts and the embed folder urls.embeds() in src/domain/urls.ts
// (tests/unit/hosting/no-internal-paths.test.ts checks the folder).
(function () {
  var root = document.documentElement;
  var system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  var forced = location.pathname.indexOf('/embed/') === 0 ? new URLSearchParams(location.search).get('theme') : null;
  if (forced === 'light' || forced === 'dark') {
    root.dataset.theme = forced;
    return;
  }
  var stored = null;
  try {
    stored = localStorage.getItem('mesh-atlas-theme');
  } catch (error) {
    // Storage can be blocked (for example in third-party iframes): follow the system.
  }
  root.dataset.theme = stored === 'light' || stored === 'dark' ? stored : system;
})();
