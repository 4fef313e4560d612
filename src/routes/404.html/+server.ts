// build/404.html: the page static hosts (Netlify, Cloudflare Pages, GitHub Pages, scripts/serve.mjs)
// send with status 404 for any unknown URL. Not a SvelteKit page on purpose: it is served at any
// depth, so it uses root-absolute links only and loads no script and no style (kit.csp does not
// cover endpoint output; the HTML carries its own CSP meta with script-src 'none').
// It is not adapter-static's `fallback` (that would be an SPA shell that renders client-side).
import type { RequestHandler } from './$types';
import { rootNotFoundHtml } from '$lib/i18n/static-pages.ts';

// Prerendered through kit.prerender.entries '*' (no page links here; handleUnseenRoutes would fail the build otherwise).
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(rootNotFoundHtml(), { headers: { 'content-type': 'text/html; charset=utf-8' } });
