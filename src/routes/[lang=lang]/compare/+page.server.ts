import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { comparePageData } from '$lib/server/compare.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const compare = comparePageData(params.lang as Lang);
	return { compare, topic: compare.defaults[0]?.topic ?? null };
};
