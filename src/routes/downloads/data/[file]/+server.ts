import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { rawTable, rawTables } from '$lib/server/catalogue-files.ts';
import { contentTypes } from '$lib/server/downloads.ts';

export const prerender = true;
export const entries: EntryGenerator = () => Object.keys(rawTables).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const body = rawTable(params.file);
	if (!body) error(404, 'No such table');
	return new Response(body, { headers: { 'content-type': contentTypes.csv } });
};
