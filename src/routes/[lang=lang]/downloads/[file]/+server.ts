import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { contentTypes, downloadEntries, indicatorFile, parseFileName } from '$lib/server/downloads.ts';

export const prerender = true;
export const entries: EntryGenerator = () => downloadEntries();

export const GET: RequestHandler = ({ params }) => {
	const name = parseFileName(params.file);
	const body = name && indicatorFile(name.id, params.lang as Lang, name.format, name.bom);
	if (!name || !body) error(404, 'No such file');
	return new Response(body, { headers: { 'content-type': contentTypes[name.format] } });
};
