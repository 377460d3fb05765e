// Sets the theme before first paint: the reader's stored choice, else the system's.
// The storage key must match THEME_STORAGE_KEY in src/lib/theme.ts.
try {
  var stored = localStorage.getItem('mesh-atlas-theme');
  document.documentElement.dataset.theme =
    stored === 'light' || stored === 'dark' ? stored : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
} catch (error) {
  // Storage can be blocked; the CSS then follows the system through prefers-color-scheme.
}
