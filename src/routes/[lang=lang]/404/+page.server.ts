import type { EntryGenerator } from './$types';
import { langs } from '$lib/i18n/langs.ts';

// A friendly "not found" page per language (/nl/404/, /fr/404/, /en/404/); the host serves the
// language-neutral build/404.html (src/routes/404.html/+server.ts) for unknown URLs.
export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));
