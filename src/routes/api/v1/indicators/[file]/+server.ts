import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { contentTypes, indicatorFile, parseFileName } from '$lib/server/downloads.ts';

export const prerender = true;
// One shard per indicator and format, so no reader pays for the whole catalogue.
export const entries: EntryGenerator = () =>
	loadCatalogue().indicators.flatMap((i) => [{ file: `${i.id}.json` }, { file: `${i.id}.csv` }]);

export const GET: RequestHandler = ({ params }) => {
	const name = parseFileName(params.file);
	const body = name && !name.bom && indicatorFile(name.id, 'en', name.format, false, `/en/indicator/${name.id}/`);
	if (!name || !body) error(404, 'No such file');
	return new Response(body, { headers: { 'content-type': contentTypes[name.format] } });
};
