import type { LayoutServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { buildDate } from '$lib/server/downloads.ts';
import { socialDefault } from '$lib/server/pages.ts';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return { lang, buildDate, socialDefault: socialDefault(lang) };
};
