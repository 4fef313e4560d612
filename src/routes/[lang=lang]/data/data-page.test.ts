// The data page's column table: in the page's language, kept out of the codes table, and without the
// formula note repeated on every text column (the page says it once).
import { describe, expect, it } from 'vitest';
import type { PageServerData } from './$types';
import { fieldsFor } from '$lib/export/fields.ts';
import { apostropheNote } from '$lib/i18n/catalogue/columns.ts';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { load } from './+page.server.ts';

// Only params is read; the load is synchronous.
const pageData = (lang: Lang) => load({ params: { lang } } as never) as PageServerData;

describe('data page columns', () => {
	it.each(langs)('lists the columns described in %s, apart from the codes', (lang) => {
		const data = pageData(lang);
		const n = data.columns.find((c) => c.parent === 'catalogue.csv' && c.code === 'n');
		expect(n?.description).toBe(`${fieldsFor('download', ['n'], {}, lang)[0]?.description} [integer]`);
		expect(data.codes.some((c) => c.kind === 'column')).toBe(false);
		expect(data.apostropheNote).toBe(apostropheNote[lang].trim());
		for (const c of data.columns) expect(c.description, c.code).not.toContain(apostropheNote[lang].trim());
	});
});
