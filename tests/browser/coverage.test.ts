// Every published figure of data/ appears on at least one built page: the table view of its
// indicator and breakdown (embed pages exist for every view, so the check reads built HTML).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatValue } from '../../src/lib/format/number.ts';
import { BUILD_DIR, LANGS, assertBuildExists } from './harness.ts';
import { realCatalogue } from '../real-catalogue.ts';

describe('catalogue coverage', () => {
	test('every observation of data/ is shown, formatted for the language, in every language', () => {
		assertBuildExists();
		const catalogue = realCatalogue();
		const unitOf = new Map(catalogue.indicators.map((i) => [i.id, i.unit]));
		const pages = new Map<string, string>();
		const tablePage = (lang: string, indicator: string, breakdown: string) => {
			const key = `${lang}/${indicator}/${breakdown}`;
			if (!pages.has(key)) {
				const dir = path.join(BUILD_DIR, lang, 'embed', indicator, breakdown, 'table');
				const html = fs.existsSync(dir)
					? fs
							.readdirSync(dir)
							.flatMap((year) =>
								fs
									.readdirSync(path.join(dir, year))
									.map((r) => fs.readFileSync(path.join(dir, year, r, 'index.html'), 'utf8'))
							)
					: [];
				pages.set(key, html.join('\n'));
			}
			return pages.get(key) ?? '';
		};
		const missing: string[] = [];
		for (const lang of LANGS)
			for (const o of catalogue.observations) {
				const shown = formatValue(o.value, o.decimals, unitOf.get(o.indicator) ?? 'percent', lang);
				const html = tablePage(lang, o.indicator, o.breakdown);
				if (!html.includes(`${shown}</td>`) && !html.includes(`${shown} †</td>`))
					missing.push(`${lang} ${o.file}:${o.line} ${o.indicator}/${o.breakdown} ${shown}`);
			}
		expect(missing).toEqual([]);
	});
});
