import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from './$types';
import { themeCss } from '$lib/export/theme-css.ts';

export const prerender = true;

// Read at build time from the source, like the social cards' paint (server/social-card.ts).
export const GET: RequestHandler = () =>
	new Response(themeCss(readFileSync(path.resolve('src/app.css'), 'utf8')), {
		headers: { 'content-type': 'text/css; charset=utf-8' }
	});
