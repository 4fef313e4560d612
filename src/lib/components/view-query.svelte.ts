// The explorer's view state as a query string, for the language switch. The explorer writes the URL
// with the History API itself (IndicatorExplorer.svelte), so SvelteKit's page.url does not follow it.
export const viewQuery = $state({ search: '' });
