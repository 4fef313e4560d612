// Where and when the reader is: the configured site address and no date at build time, the real
// address and today's date once in the browser (citations and downloads name both).
import { onMount } from 'svelte';
import { PUBLIC_SITE_URL } from '$env/static/public';

/** Call during a component's initialisation; the fields update once it is mounted. */
export function siteAddress(): { origin: string; today: string } {
	const here = $state({ origin: PUBLIC_SITE_URL, today: '' });
	onMount(() => {
		here.origin = window.location.origin;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
		here.today = new Date().toISOString().slice(0, 10);
	});
	return here;
}
