import type { RequestHandler } from './$types';
import { dataPackageJson } from '$lib/server/catalogue-files.ts';
import { contentTypes } from '$lib/server/downloads.ts';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(dataPackageJson(), { headers: { 'content-type': contentTypes.json } });
