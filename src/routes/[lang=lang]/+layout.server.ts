import type { LayoutServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { buildDate } from '$lib/server/downloads.ts';

export const load: LayoutServerLoad = ({ params }) => ({ lang: params.lang as Lang, buildDate });
