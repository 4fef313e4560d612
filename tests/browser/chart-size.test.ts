// Charts use the page (issue #16, part 2), measured in Chromium on the built site: at 1280 px the
// chart fills at least 90 % of its figure; at 320, 768, 1280 and 1920 px every chart text renders at
// 12–18 CSS px and stays inside the chart, value and direct labels do not overlap; the chart is
// there with JavaScript off; nothing shifts when JavaScript starts (CLS < 0.05).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openHydrated, withSite } from './harness.ts';

const env = withSite();

/** A page per chart type, each drawing that chart in its prerendered HTML (no view switch after load). */
const CHARTS = [
	{ type: 'bar', path: '/nl/indicator/pa_aerobic_who_ehispaq/sex/' },
	{ type: 'bar with CIs', path: '/en/indicator/insufficient_pa_who_strain2024/' },
	{ type: 'trend (headline)', path: '/nl/indicator/pa_aerobic_who_ehispaq/' },
	{ type: 'map', path: '/fr/embed/pa_aerobic_who_ehispaq/total/map/2018/BE/' }
] as const;
const WIDTHS = [320, 768, 1280, 1920];

interface Measured {
	figure: number;
	chart: number;
	/** Every text of the visible chart: rendered font size (px) and its box. */
	texts: { text: string; cls: string; px: number; box: { x0: number; y0: number; x1: number; y1: number } }[];
	chartBox: { x0: number; y0: number; x1: number; y1: number };
	visibleCharts: number;
}

/** Measures the one chart drawing on screen (the other width classes are display: none). */
function measure(page: Page): Promise<Measured> {
	return page.evaluate(() => {
		const svgs = [...document.querySelectorAll<SVGSVGElement>('figure svg.chart')].filter(
			(s) => s.getClientRects().length > 0
		);
		const svg = svgs[0]!;
		const rect = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
		const scale = svg.getScreenCTM()!.a;
		return {
			figure: svg.closest('figure')!.getBoundingClientRect().width,
			chart: svg.getBoundingClientRect().width,
			chartBox: rect(svg.getBoundingClientRect()),
			visibleCharts: svgs.length,
			texts: [...svg.querySelectorAll('text')]
				.filter((t) => (t.textContent ?? '').trim() !== '')
				.map((t) => ({
					text: (t.textContent ?? '').trim(),
					cls: t.getAttribute('class') ?? '',
					px: parseFloat(getComputedStyle(t).fontSize) * scale,
					box: rect(t.getBoundingClientRect())
				}))
		};
	});
}

const overlap = (a: Measured['chartBox'], b: Measured['chartBox']) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

let contexts: BrowserContext[] = [];
afterAll(async () => {
	for (const c of contexts) await c.close();
});
async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
	const context = await env.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
	contexts.push(context);
	const page = await context.newPage();
	if (javaScriptEnabled) await openHydrated(page, env.site.at(path));
	else await page.goto(env.site.at(path), { waitUntil: 'networkidle' });
	return page;
}

// Concurrent: each test opens its own context, so the pages load on both cores at once.
describe.concurrent('charts use the page', () => {
	for (const { type, path } of CHARTS)
		describe(type, () => {
			for (const width of WIDTHS)
				test(`at ${width} px: one drawing shown, its text 12–18 px, inside the chart, labels apart`, async () => {
					const page = await open(path, width);
					const m = await measure(page);
					expect(m.visibleCharts).toBe(1);
					expect(m.texts.length).toBeGreaterThan(0);
					for (const t of m.texts) {
						expect(t.px, `"${t.text}" at ${width} px`).toBeGreaterThanOrEqual(12);
						expect(t.px, `"${t.text}" at ${width} px`).toBeLessThanOrEqual(18);
						// Never cut: the text's box within the drawing (1 px for anti-aliasing).
						expect(t.box.x0, `"${t.text}" cut on the left`).toBeGreaterThanOrEqual(m.chartBox.x0 - 1);
						expect(t.box.x1, `"${t.text}" cut on the right`).toBeLessThanOrEqual(m.chartBox.x1 + 1);
					}
					const labels = m.texts.filter((t) => /value-label|direct-label|group-label/.test(t.cls));
					for (const [i, a] of labels.entries())
						for (const b of labels.slice(i + 1)) {
							const area = overlap(a.box, b.box);
							expect(area, `"${a.text}" and "${b.text}" overlap at ${width} px`).toBeLessThanOrEqual(4);
						}
					await page.close();
				});

			test('at 1280 px the chart fills at least 90 % of its figure, with and without JavaScript', async () => {
				for (const js of [true, false]) {
					const m = await measure(await open(path, 1280, js));
					expect(m.chart / m.figure, `JavaScript ${js ? 'on' : 'off'}`).toBeGreaterThanOrEqual(0.9);
				}
			});

			test('nothing shifts when JavaScript starts (CLS < 0.05)', async () => {
				for (const width of [390, 1280]) {
					const page = await open(path, width);
					const cls = await page.evaluate(
						() =>
							new Promise<number>((resolve) => {
								let sum = 0;
								new PerformanceObserver((list) => {
									for (const e of list.getEntries() as (PerformanceEntry & {
										value: number;
										hadRecentInput: boolean;
									})[])
										if (!e.hadRecentInput) sum += e.value;
								}).observe({ type: 'layout-shift', buffered: true });
								// Buffered entries are delivered before the next frames.
								requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
							})
					);
					expect(cls, `CLS at ${width} px`).toBeLessThan(0.05);
				}
			});
		});
});

beforeAll(() => {
	contexts = [];
});
