import type { RequestHandler } from './$types';
import { apiIndex, contentTypes } from '$lib/server/downloads.ts';

export const prerender = true;

export const GET: RequestHandler = () => new Response(apiIndex(), { headers: { 'content-type': contentTypes.json } });
