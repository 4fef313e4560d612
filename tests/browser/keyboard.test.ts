// C12: keyboard-only use and small screens. Tab reaches the chart, arrow keys walk every mark
// (each announced with label and value), Escape closes the tooltip, Tab leaves the chart; at
// 320 CSS px and at 200 % zoom no page scrolls sideways.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openHydrated, withSite } from './harness.ts';

const env = withSite();

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return {
			label: el?.getAttribute('aria-label') ?? '',
			mark: el?.getAttribute('data-mark') ?? null,
			tag: el?.tagName ?? ''
		};
	});

/** Presses Tab until focus lands on a chart mark; fails if it never does. */
async function tabToFirstMark(page: Page): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if ((await focused(page)).mark !== null) return;
	}
	throw new Error('Tab never reached a chart mark');
}

describe('keyboard', () => {
	for (const [path, view, chart] of [
		['/en/indicator/pa_aerobic_who_ehispaq/?view=bar', 'bar', 'bar-chart'],
		['/en/indicator/pa_aerobic_who_ehispaq/?view=trend', 'trend', 'line-chart'],
		['/en/indicator/pa_aerobic_who_ehispaq/?view=map', 'map', 'map-chart']
	] as const) {
		test(`every mark of the ${view} chart is reached with Tab and the arrow keys, then Tab leaves the chart`, async () => {
			const page = await env.browser.newPage();
			await page.goto(env.site.at(path));
			// Trend and map charts arrive on demand after the default bars: wait for the right one.
			await expect.poll(() => page.locator(`figure svg.${chart}:visible`).count()).toBe(1);
			const marks = await page.locator(`figure svg.${chart}:visible [data-mark]`).count();
			expect(marks).toBeGreaterThan(1);
			await tabToFirstMark(page);
			const labels = [(await focused(page)).label];
			for (let i = 1; i < marks; i++) {
				await page.keyboard.press('ArrowRight');
				labels.push((await focused(page)).label);
			}
			expect(new Set(labels).size).toBe(marks);
			for (const label of labels) expect(label).toMatch(/\d|no data/);
			// A tooltip shows for the focused mark and Escape closes it.
			expect(await page.locator('figure svg.chart .tooltip').count()).toBe(1);
			await page.keyboard.press('Escape');
			expect(await page.locator('figure svg.chart .tooltip').count()).toBe(0);
			await page.keyboard.press('Tab');
			expect((await focused(page)).mark).toBeNull();
			await page.close();
		});
	}

	test('the focused mark has a visible focus indicator', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.at('/nl/indicator/pa_aerobic_who_ehispaq/'));
		await expect.poll(() => page.locator('figure svg.chart').first().getAttribute('aria-labelledby')).toBeTruthy();
		await tabToFirstMark(page);
		const before = await page.locator('figure').first().screenshot();
		await page.keyboard.press('ArrowDown');
		const after = await page.locator('figure').first().screenshot();
		expect(Buffer.compare(before, after)).not.toBe(0);
		await page.close();
	});
});

/**
 * Runs in a blank page: of the ring pixels (the focus colour, where the unfocused image differs),
 * the share where neither side across the ring is at 3:1 against the ring. "Across" is the shorter
 * of the pixel's horizontal and vertical run of ring pixels; a side is read 2 device px past its end.
 */
async function ringWithoutContrast(
	page: Page,
	focusedPng: Buffer,
	unfocusedPng: Buffer,
	ring: string
): Promise<number> {
	return page.evaluate(
		async ({ a, b, ring }) => {
			const pixels = async (src: string) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const canvas = new OffscreenCanvas(img.width, img.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				return ctx.getImageData(0, 0, img.width, img.height);
			};
			const [on, off] = [await pixels(a), await pixels(b)];
			const { width: w, height: h } = on;
			const rgb = (d: ImageData, i: number) => [d.data[i * 4]!, d.data[i * 4 + 1]!, d.data[i * 4 + 2]!];
			const target = [1, 3, 5].map((k) => parseInt(ring.slice(k, k + 2), 16));
			const near = (c: number[], t: number[], tol: number) =>
				Math.hypot(c[0]! - t[0]!, c[1]! - t[1]!, c[2]! - t[2]!) < tol;
			const isRing = new Uint8Array(w * h);
			for (let i = 0; i < w * h; i++)
				isRing[i] = near(rgb(on, i), target, 40) && !near(rgb(off, i), rgb(on, i), 8) ? 1 : 0;
			const lum = (c: number[]) => {
				const [r, g, bl] = c.map((v) => {
					const s = v / 255;
					return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
			};
			const contrast = (c: number[]) => {
				const [x, y] = [lum(c), lum(target)];
				return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
			};
			const run = (x: number, y: number, dx: number, dy: number) => {
				let [x0, y0, x1, y1] = [x, y, x, y];
				while (x0 - dx >= 0 && y0 - dy >= 0 && isRing[(y0 - dy) * w + x0 - dx]) [x0, y0] = [x0 - dx, y0 - dy];
				while (x1 + dx < w && y1 + dy < h && isRing[(y1 + dy) * w + x1 + dx]) [x1, y1] = [x1 + dx, y1 + dy];
				return {
					len: x1 - x0 + y1 - y0,
					ends: [
						[x0 - 2 * dx, y0 - 2 * dy],
						[x1 + 2 * dx, y1 + 2 * dy]
					]
				};
			};
			let total = 0;
			let weak = 0;
			for (let y = 0; y < h; y++)
				for (let x = 0; x < w; x++) {
					if (!isRing[y * w + x]) continue;
					const [across] = [run(x, y, 1, 0), run(x, y, 0, 1)].sort((p, q) => p.len - q.len);
					const sides = across!.ends.filter(([sx, sy]) => sx! >= 0 && sy! >= 0 && sx! < w && sy! < h);
					total++;
					if (!sides.some(([sx, sy]) => contrast(rgb(on, sy! * w + sx!)) >= 3)) weak++;
				}
			return total === 0 ? 1 : weak / total;
		},
		{
			a: `data:image/png;base64,${focusedPng.toString('base64')}`,
			b: `data:image/png;base64,${unfocusedPng.toString('base64')}`,
			ring
		}
	);
}

describe('the focus ring of a map region (1.4.11)', () => {
	// Concurrent: each scheme has its own context.
	for (const scheme of ['light', 'dark'] as const)
		test.concurrent(
			`${scheme}: stands out at 3:1 from one side at least, all along it, for every region, Brussels (inside Flanders) included`,
			async ({ expect }) => {
				const context = await env.browser.newContext({ colorScheme: scheme, deviceScaleFactor: 2 });
				const page = await context.newPage();
				await openHydrated(page, env.site.at('/en/indicator/pa_30min_day_ipaq/?view=map'));
				const svg = page.locator('figure svg.map-chart:visible');
				await expect.poll(() => svg.count()).toBe(1);
				const ring = await page.evaluate(() =>
					getComputedStyle(document.documentElement).getPropertyValue('--focus').trim()
				);
				expect(ring).toMatch(/^#[0-9a-f]{6}$/i);
				const blank = await context.newPage();
				const weak: Record<string, number> = {};
				for (const code of ['BE-VLG', 'BE-WAL', 'BE-BRU']) {
					const mark = svg.locator(`.mark[data-code="${code}"]`);
					await page.keyboard.press('Tab'); // a keyboard user: :focus-visible
					await mark.focus();
					await page.keyboard.press('Escape'); // the tooltip closes, the focus stays
					const focusedPng = await svg.screenshot();
					await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
					const unfocusedPng = await svg.screenshot();
					weak[code] = Math.round((await ringWithoutContrast(blank, focusedPng, unfocusedPng, ring)) * 1000) / 1000;
				}
				// Antialiased corners and the label halos may leave a few pixels: not a run of the ring.
				const tooWeak = Object.entries(weak).filter(([, share]) => share >= 0.02);
				expect(tooWeak, JSON.stringify(weak)).toEqual([]);
				await context.close();
			}
		);
});

describe('small screens and zoom', () => {
	const pages = [
		'/nl/',
		'/nl/indicators/',
		'/nl/indicator/pa_aerobic_who_ehispaq/',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=trend',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=map',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=table',
		'/fr/indicator/ehis_aerobic_150min_nonwork_eurostat/',
		'/en/data/',
		'/en/stories/belgium-in-europe/',
		'/nl/embed/pa_aerobic_who_ehispaq/total/bar/2023/BE/'
	];
	// 320 CSS px is checked, with the text-spacing overrides, by a11y-text.test.ts.
	for (const [label, viewport] of [['200 % zoom of a 1280 px window', { width: 640, height: 400 }]] as const) {
		test(`at ${label} no page scrolls sideways`, async () => {
			const context = await env.browser.newContext({ viewport, deviceScaleFactor: label.startsWith('200') ? 2 : 1 });
			const wide: string[] = [];
			for (const path of pages) {
				const page = await context.newPage();
				await openHydrated(page, env.site.at(path));
				const { scroll, client } = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					client: document.documentElement.clientWidth
				}));
				if (scroll > client) wide.push(`${path}: ${scroll} > ${client}`);
				await page.close();
			}
			await context.close();
			expect(wide).toEqual([]);
		});
	}
});
