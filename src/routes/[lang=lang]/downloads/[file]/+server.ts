import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { catalogueFile, codebookCsv } from '$lib/server/catalogue-files.ts';
import { contentTypes, downloadEntries, indicatorFile, parseFileName } from '$lib/server/downloads.ts';

export const prerender = true;
export const entries: EntryGenerator = () => downloadEntries();

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	if (params.file === 'codebook.csv')
		return new Response(codebookCsv(lang), { headers: { 'content-type': contentTypes.csv } });
	const name = parseFileName(params.file);
	const body =
		name &&
		(name.id === 'catalogue'
			? catalogueFile(lang, name.format, name.bom)
			: indicatorFile(name.id, lang, name.format, name.bom));
	if (!name || !body) error(404, 'No such file');
	return new Response(body, { headers: { 'content-type': contentTypes[name.format] } });
};
