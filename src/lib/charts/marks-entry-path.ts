// Where the built marks script is served (src/lib/server/marks-plugin.ts writes it; every page's
// root layout loads it).
export const MARKS_SCRIPT = '/chart-marks.js';

/**
 * Dispatched on the document just before SvelteKit hydrates the page (src/lib/server/first-paint.ts
 * adds it to the bootstrap): the marks script then takes its tooltips and focus edges out of the
 * charts and draws none until `<html data-hydrated>`, so the DOM Svelte hydrates is the server's.
 */
export const HYDRATE_EVENT = 'kit:hydrate';
