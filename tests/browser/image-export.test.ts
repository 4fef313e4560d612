// Images a newspaper can print (issue #16, part 5): "Download image" at 640 and 1200 px gives an SVG
// and a PNG of exactly that width (twice it with the 2× option) whose text keeps the house style's
// hierarchy (title ≥ 1.4× the chart's labels, source and notes ≥ 0.75×, nothing below 12 px), with
// the † notes, light unless dark is chosen, whatever the reader's colour setting.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadBytes, openHydrated, withSite } from './harness.ts';

const env = withSite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	// A dark-scheme reader: the image is still light by default.
	context = await env.browser.newContext({
		acceptDownloads: true,
		colorScheme: 'dark',
		viewport: { width: 1280, height: 900 }
	});
	page = await context.newPage();
	await openHydrated(page, env.site.at('/nl/indicator/pa_aerobic_who_ehispaq/?view=bar'));
	await page.locator('figure figcaption', { hasText: 'per gebied, 2023-24' }).first().waitFor();
	await page.getByText('Afbeelding', { exact: true }).click();
});

afterAll(async () => {
	await context?.close();
});

async function download(button: 'SVG downloaden' | 'PNG downloaden'): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return downloadBytes(file);
}

interface ImageText {
	role: string;
	text: string;
	px: number;
	x: number;
}

/** The SVG's texts at their rendered size in image pixels (the chart's are scaled by its nested viewBox). */
async function readSvg(svg: string): Promise<{ width: number; background: string; texts: ImageText[] }> {
	const viewer = await context.newPage();
	await viewer.setViewportSize({ width: 2000, height: 1000 });
	await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
	const result = await viewer.evaluate(() => {
		const root = document.querySelector('svg')!;
		return {
			width: root.getBoundingClientRect().width,
			background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? '',
			texts: [...root.querySelectorAll('text')].map((t) => ({
				role: t.getAttribute('data-role') ?? (t.closest('svg') === root ? 'frame' : 'chart'),
				text: (t.textContent ?? '').trim(),
				px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a,
				x: t.getBoundingClientRect().left
			}))
		};
	});
	await viewer.close();
	return result;
}

describe('exported images', () => {
	for (const width of [640, 1200])
		test(`at ${width} px: exact width, text hierarchy, notes, light on a dark-scheme screen`, async () => {
			await page.getByLabel('Breedte').selectOption(String(width));
			const svg = (await download('SVG downloaden')).toString('utf8');
			expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}"`));
			const { width: shown, background, texts } = await readSvg(svg);
			expect(shown).toBe(width);
			expect(background.toLowerCase()).toBe('#ffffff');
			const of = (role: string) => texts.filter((t) => t.role === role);
			const chart = of('chart').filter((t) => t.text !== '');
			expect(chart.length).toBeGreaterThan(3);
			const label = Math.max(...chart.map((t) => t.px));
			const [title] = of('title');
			expect(title!.px / label, 'title ÷ labels').toBeGreaterThanOrEqual(1.4);
			for (const t of [...of('source'), ...of('note')])
				expect(t.px / label, `"${t.text}" ÷ labels`).toBeGreaterThanOrEqual(0.75);
			for (const t of texts.filter((t) => t.text !== ''))
				expect(t.px, `"${t.text}" at ${width} px`).toBeGreaterThanOrEqual(12);
			// The † marks are explained in the image, and title and source are left-aligned alike.
			expect(chart.some((t) => t.text.includes('†'))).toBe(true);
			expect(of('note').some((t) => t.text.startsWith('†'))).toBe(true);
			expect(of('source')[0]!.x).toBeCloseTo(title!.x, 0);

			const png = await download('PNG downloaden');
			expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect(png.readUInt32BE(16), 'PNG width').toBe(width);
			await page.getByLabel('PNG op 2×').check();
			expect((await download('PNG downloaden')).readUInt32BE(16), 'PNG width at 2×').toBe(2 * width);
			await page.getByLabel('PNG op 2×').uncheck();
		});

	test('dark when chosen', async () => {
		await page.getByLabel('Kleuren').first().selectOption('dark');
		const { background } = await readSvg((await download('SVG downloaden')).toString('utf8'));
		expect(background.toLowerCase()).not.toBe('#ffffff');
		await page.getByLabel('Kleuren').first().selectOption('light');
	});
});
