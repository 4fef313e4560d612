import type { RequestHandler } from './$types';
import { catalogueFile } from '$lib/server/catalogue-files.ts';
import { contentTypes } from '$lib/server/downloads.ts';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(catalogueFile('en', 'csv'), { headers: { 'content-type': contentTypes.csv } });
