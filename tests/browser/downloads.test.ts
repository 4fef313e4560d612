// C8: every prerendered download parses and carries its provenance; the CSV of a filtered view
// holds exactly the rows on screen; SVG and PNG exports are valid files with title and source.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BUILD_DIR, ROOT, downloadBytes, withSite } from './harness.ts';

const env = withSite();
let context: BrowserContext;

beforeAll(async () => {
	context = await env.browser.newContext({ acceptDownloads: true });
});

afterAll(async () => {
	await context?.close();
});

function csvFiles(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.csv')) out.push(p);
		}
	};
	walk(BUILD_DIR);
	return out;
}

const provenance = ['source_url', 'source_quote', 'licence', 'retrieved_from', 'retrieved_on', 'year', 'survey_label'];

describe('prerendered downloads (C8)', () => {
	const files = csvFiles().filter(
		(f) => f.includes(`${path.sep}downloads${path.sep}`) || f.includes(`${path.sep}api${path.sep}`)
	);

	test('there are downloads for every language and the API', () => {
		for (const part of ['/nl/downloads/', '/fr/downloads/', '/en/downloads/', '/api/v1/indicators/'])
			expect(files.some((f) => f.includes(part.split('/').join(path.sep)))).toBe(true);
	});

	test('every observation CSV parses with papaparse, without errors, and each row names its source, survey, year, licence and retrieval', () => {
		for (const file of files.filter((f) => !f.includes(`${path.sep}data${path.sep}`) && !f.endsWith('codebook.csv'))) {
			const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
			const parsed = Papa.parse<Record<string, string>>(text, { header: true });
			expect(parsed.errors, file).toEqual([]);
			expect(parsed.data.length, file).toBeGreaterThan(0);
			for (const column of provenance) expect(parsed.meta.fields, `${file} ${column}`).toContain(column);
			for (const row of parsed.data) {
				expect(row.source_url, file).toMatch(/^https?:\/\//);
				expect(row.retrieved_from, file).toMatch(/^https?:\/\//);
				expect(row.retrieved_on, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(row.licence, file).not.toBe('');
			}
		}
	});

	test('the Excel variants start with a UTF-8 byte-order mark; the others do not', () => {
		for (const file of files) {
			const head = [...fs.readFileSync(file).subarray(0, 3)];
			if (file.endsWith('-excel.csv')) expect(head, file).toEqual([0xef, 0xbb, 0xbf]);
			else expect(head, file).not.toEqual([0xef, 0xbb, 0xbf]);
		}
	});

	test('the JSON files hold the same rows as their CSV twins, with provenance fields', () => {
		const dir = path.join(BUILD_DIR, 'en', 'downloads');
		for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
			const json = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
			const csv = Papa.parse<Record<string, string>>(
				fs.readFileSync(path.join(dir, name.replace('.json', '.csv')), 'utf8'),
				{
					header: true
				}
			);
			expect(json.rows.length, name).toBe(csv.data.length);
			// JSON holds numbers; with value_decimals they give back the published text of the CSV.
			const rows: { value: unknown; value_decimals: number }[] = json.rows;
			expect(
				rows.every((r) => typeof r.value === 'number'),
				name
			).toBe(true);
			expect(
				rows.map((r) => (r.value as number).toFixed(r.value_decimals)),
				name
			).toEqual(csv.data.map((r) => r.value));
			for (const key of ['source', 'survey', 'licence', 'retrieved_from', 'retrieved_on', 'citation'])
				expect(json, `${name} ${key}`).toHaveProperty(key);
		}
	});

	test('the data package lists resources that exist', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'downloads', 'datapackage.json'), 'utf8'));
		expect(pkg.profile).toBe('tabular-data-package');
		for (const r of pkg.resources) expect(fs.existsSync(path.join(BUILD_DIR, 'downloads', r.path)), r.path).toBe(true);
	});
});

describe('downloads of the current view', () => {
	test('the CSV of a filtered view holds exactly the rows on screen', async () => {
		const page = await context.newPage();
		await page.goto(env.site.at('/en/indicator/pa_aerobic_who_ehispaq/?view=bar&year=2018'));
		await expect.poll(() => page.locator('figure figcaption').first().innerText()).toContain('2018');
		const shown = await page.locator('figure table td.value').allTextContents();
		const labels = await page.locator('figure table tbody th').allTextContents();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV of this view', exact: true }).click()
		]);
		const text = (await downloadBytes(download)).toString('utf8');
		const rows = Papa.parse<Record<string, string>>(text, { header: true }).data;
		const withData = labels.filter((_, i) => shown[i] !== 'no data');
		expect(withData).toHaveLength(2);
		expect(rows.map((r) => r.region_label)).toEqual(withData);
		expect(rows.map((r) => `${r.value}%`)).toEqual(
			shown.filter((s) => s !== 'no data').map((s) => s.replace(' †', ''))
		);
		expect(rows.every((r) => r.year === '2018')).toBe(true);
		await page.close();
	});

	test('SVG and PNG exports are valid images with the title and the source', async () => {
		const page = await context.newPage();
		await page.goto(env.site.at('/nl/indicator/pa_aerobic_who_ehispaq/?view=bar'));
		await expect.poll(() => page.locator('figure figcaption').first().innerText()).toContain('per gebied, 2023-24');
		await page.getByText('Afbeelding', { exact: true }).click();
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SVG downloaden' }).click()
		]);
		const svg = (await downloadBytes(svgDownload)).toString('utf8');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('per gebied, 2023-24');
		expect(svg).toContain('Bron: ');
		expect(svg).not.toContain('var(--');
		// The font travels inside the file: both Noto Sans faces, byte for byte the site's own subset.
		expect(svg).toMatch(/^<svg [^>]*font-family="Noto Sans, sans-serif"/);
		for (const [file, weight] of [
			['NotoSans-Regular.subset.ttf', 400],
			['NotoSans-Bold.subset.ttf', 700]
		] as const) {
			const face = new RegExp(
				`@font-face\\{font-family:'Noto Sans';font-weight:${weight};src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)`
			).exec(svg);
			expect(face, `embedded ${file}`).not.toBeNull();
			expect(Buffer.from(face![1]!, 'base64').equals(fs.readFileSync(path.join(ROOT, 'static/fonts', file)))).toBe(
				true
			);
		}
		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PNG downloaden' }).click()
		]);
		const png = await downloadBytes(pngDownload);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.readUInt32BE(16)).toBe(640); // the default width, at 1× (image-export.test.ts: the others)
		await page.close();
	});
});
