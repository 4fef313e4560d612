import type { EntryGenerator } from './$types';
import { langs } from '$lib/i18n/langs.ts';

// The accessibility statement exists in every language even if no page links to it yet.
export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));
