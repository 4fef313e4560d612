// Chart marks as a keyboard, pointer and low-vision user meets them, in real Chromium, measured:
// - 2.4.7: with its tooltip open, a focused mark's focus ring is not covered: the tooltip's box does
//   not intersect the ring's box, and the tooltip is not clipped by the page;
// - 1.4.13: the pointer can travel from a mark onto its tooltip without the tooltip closing, and
//   Escape dismisses it until the pointer moves on;
// - 2.1.1: every mark of an embedded chart is reached by keyboard, and without JavaScript the embed's
//   table holds every value;
// - 2.5.8: every mark, and every control of the main page types (links in a sentence are exempt as
//   inline), is at least 24 × 24 CSS px, or spaced as the criterion allows, at 320 px and
//   on a desktop (Brussels, 18 px across inside Flanders, is hovered through its callout label).
// One indicator page per chart type in the seed's language (all three with TEST_FULL=1).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, listHtmlFiles, openHydrated, withSite } from './harness.ts';
import { sampleLangs } from './sample.ts';
import { overlaps, type Box } from './geometry.ts';
import { targetProblems } from './targets.ts';

const env = withSite();
const INDICATOR = 'pa_aerobic_who_ehispaq';
const CHARTS = [
	['bar', 'bar-chart'],
	['trend', 'line-chart'],
	['map', 'map-chart']
] as const;

interface MarkGeometry {
	ring: Box;
	tooltip: Box | null;
	/** Whether the tooltip's centre and corners show the tooltip itself (not clipped, not covered). */
	tooltipShown: boolean;
}

/** Runs in the browser: the focused mark's ring (hit shape or outline plus half its stroke) and its tooltip. */
function geometry(): MarkGeometry {
	const mark = document.activeElement as SVGGraphicsElement;
	const svg = mark.ownerSVGElement!;
	const shape = mark.querySelector('.region') ?? mark.querySelector('.hit') ?? mark;
	const r = shape.getBoundingClientRect();
	const stroke = parseFloat(getComputedStyle(shape).strokeWidth) || 0;
	const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
	const half = (stroke / 2) * k;
	const ring = { x: r.x - half, y: r.y - half, width: r.width + 2 * half, height: r.height + 2 * half };
	const bg = svg.querySelector('.tooltip-bg');
	if (!bg) return { ring, tooltip: null, tooltipShown: false };
	const t = bg.getBoundingClientRect();
	const points = [
		[t.x + t.width / 2, t.y + t.height / 2],
		[t.x + 2, t.y + 2],
		[t.x + t.width - 2, t.y + 2],
		[t.x + 2, t.y + t.height - 2],
		[t.x + t.width - 2, t.y + t.height - 2]
	];
	const tooltipShown = points.every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.tooltip') !== null);
	return { ring, tooltip: { x: t.x, y: t.y, width: t.width, height: t.height }, tooltipShown };
}

async function openChart(page: Page, path: string, chart: string): Promise<number> {
	// Hydrated, so marks show tooltips; a trend or map chart arrives on demand after that.
	await openHydrated(page, env.site.at(path));
	// A chart is drawn once per width class; CSS shows the one that fits (the others are display: none).
	await expect.poll(() => page.locator(`figure svg.${chart}:visible`).count()).toBe(1);
	return page.locator(`figure svg.${chart}:visible [data-mark]`).count();
}

async function tabToFirstMark(page: Page): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))) return;
	}
	throw new Error('Tab never reached a chart mark');
}

describe.each(sampleLangs('a11y-marks'))('%s', (lang) => {
	for (const [view, chart] of CHARTS) {
		const path = `/${lang}/indicator/${INDICATOR}/?view=${view}`;

		// Also two bars only (by sex): a short drawing, where a tooltip fits neither above nor below its bar.
		const ringPaths = view === 'bar' ? [path, `/${lang}/indicator/${INDICATOR}/sex/`] : [path];
		test(`${view}: a focused mark's tooltip never covers its focus ring, at 320 px and 1280 px`, async () => {
			for (const [width, ringPath] of [320, 1280].flatMap((w) => ringPaths.map((p) => [w, p] as const))) {
				const page = await env.browser.newPage({ viewport: { width, height: 900 } });
				const marks = await openChart(page, ringPath, chart);
				expect(marks).toBeGreaterThan(1);
				await tabToFirstMark(page);
				const problems: string[] = [];
				for (let i = 0; i < marks; i++) {
					if (i > 0) await page.keyboard.press('ArrowRight');
					const g = await page.evaluate(geometry);
					const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
					const at = `${ringPath} ${width}px ${name}`;
					if (!g.tooltip) problems.push(`${at}: no tooltip`);
					else if (overlaps(g.tooltip, g.ring)) problems.push(`${at}: tooltip covers the ring`);
					else if (!g.tooltipShown) problems.push(`${at}: tooltip clipped or covered`);
				}
				await page.close();
				expect(problems).toEqual([]);
			}
		});

		test(`${view}: every mark is a target of 24 × 24 px or spaced as WCAG 2.5.8 allows`, async () => {
			for (const width of [320, 1280]) {
				const page = await env.browser.newPage({ viewport: { width, height: 900 } });
				await openChart(page, path, chart);
				const targets = await page.evaluate((c) => {
					const svg = [...document.querySelectorAll(`svg.${c}`)].find((s) => s.getClientRects().length > 0)!;
					svg.scrollIntoView({ block: 'center' });
					const box = (el: Element) => {
						const r = el.getBoundingClientRect();
						return { x: r.x, y: r.y, width: r.width, height: r.height };
					};
					return [...svg.querySelectorAll('[data-mark]')].map((mark) => ({
						name: mark.getAttribute('aria-label') ?? '',
						// A map region is hit through its outline and its callout; other marks through their hit shape.
						boxes: [...mark.querySelectorAll('.hit, .region')].map(box),
						// Whether each box shows this mark (not covered by a later one) at its centre, or for a
						// region (its centre may lie outside it) at its label.
						hits: [...mark.querySelectorAll('.hit, .region')].map((el) => {
							const code = el.matches('.region') && mark.getAttribute('data-code');
							const label = code && svg.querySelector(`.region-label[data-code="${code}"]`);
							const r = (label && !mark.querySelector('.hit') ? label : el).getBoundingClientRect();
							return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-mark]') === mark;
						})
					}));
				}, chart);
				const problems = targetProblems(targets).map((p) => `${width}px ${p}`);
				await page.close();
				expect(problems).toEqual([]);
			}
		});
	}

	// The home page and the stories never hydrate (issue #13): their marks get tooltips, keyboard and
	// Escape from the marks' script alone.
	const story = listHtmlFiles(BUILD_DIR).find(
		(f) => /^[a-z]{2}\/stories\/[^/]+\/index\.html$/.test(f) && f.startsWith(lang)
	);
	for (const path of [`/${lang}/`, `/${story!.replace(/index\.html$/, '')}`])
		test(`${path}: without the app, a mark shows its tooltip on focus and hover, the arrows move, Escape hides it`, async () => {
			const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			await page.goto(env.site.at(path));
			await tabToFirstMark(page);
			const tip = page.locator('svg:visible .tooltip');
			// SVG text has no innerText: read the tooltip's text nodes.
			const shown = () =>
				tip
					.evaluateAll((gs) => gs.flatMap((g) => [...g.querySelectorAll('text')].map((t) => t.textContent)).join(' '))
					.then((t) => t.replace(/\s+/g, ' '));
			const first = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!;
			await expect.poll(shown).toContain(first.split(':')[0]!.trim());
			await page.keyboard.press('ArrowRight');
			const second = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!;
			expect(second).not.toBe(first);
			await expect.poll(shown).toContain(second.split(':')[0]!.trim());
			await page.keyboard.press('Escape');
			await expect.poll(() => tip.count()).toBe(0);
			const mark = page.locator('svg.chart:visible [data-mark]').last();
			await mark.hover();
			const name = (await mark.getAttribute('aria-label'))!;
			await expect.poll(shown).toContain(name.split(':')[0]!.trim());
			expect(scripts.filter((s) => s.startsWith('/_app/'))).toEqual([]);
			expect(scripts).toContain('/chart-marks.js');
			await page.close();
		});

	const embeds = listHtmlFiles(BUILD_DIR).filter((f) => f.startsWith(`${lang}/embed/${INDICATOR}/`));
	for (const view of ['bar', 'trend', 'map']) {
		const file = embeds.find((f) => f.split('/')[4] === view);
		test(`embed ${view}: every mark is reached with Tab and the arrow keys, with its tooltip; without JavaScript the table has every value`, async () => {
			expect(file, `an embed of the ${view} view`).toBeTruthy();
			const path = `/${file!.replace(/index\.html$/, '')}`;
			const page = await env.browser.newPage();
			await page.goto(env.site.at(path));
			const marks = await page.locator('svg:visible [data-mark]').count();
			expect(marks).toBeGreaterThan(1);
			expect(await page.locator('script[src="/chart-marks.js"]').count(), 'the marks script waits for a reader').toBe(
				0
			);
			await tabToFirstMark(page);
			// Focusing a mark loads the marks' script, which shows that mark's tooltip (and then moves focus).
			await page.locator('svg:visible .tooltip').waitFor();
			const names = new Set<string>();
			for (let i = 0; i < marks; i++) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				names.add((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
			}
			expect(names.size).toBe(marks);
			await page.keyboard.press('Home');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe('0');
			await page.keyboard.press('End');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(String(marks - 1));
			await page.close();

			const context = await env.browser.newContext({ javaScriptEnabled: false });
			const noJs = await context.newPage();
			await noJs.goto(env.site.at(path));
			const { labels, table } = await noJs.evaluate(() => ({
				labels: [...document.querySelectorAll('svg [data-mark]')]
					.filter((m) => m.getClientRects().length > 0)
					.map((m) => m.getAttribute('aria-label') ?? ''),
				table: [...document.querySelectorAll('table tbody tr')].map((tr) => tr.textContent ?? '')
			}));
			await context.close();
			// Each mark's value (the number in its name) is in a row of the table ("no data" has none).
			for (const label of labels) {
				const value = label
					.split(': ')
					.at(-1)!
					.match(/-?\d[\d.,\u202f]*%?/)?.[0];
				if (!value) continue;
				expect(
					table.some((row) => row.includes(value)),
					`${label} in the table`
				).toBe(true);
			}
		});
	}
});

/** Runs in the browser: every visible control of the page as a 2.5.8 target (a link inside a sentence is exempt as inline). */
function controlTargets() {
	const box = (el: Element) => {
		const r = el.getBoundingClientRect();
		return { x: r.x, y: r.y, width: r.width, height: r.height };
	};
	const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	const inline = (a: Element) => {
		const parent = a.parentElement;
		const own = (a.textContent ?? '').trim();
		const around = (parent?.textContent ?? '').replace(own, '').replace(/[\s·|,]/g, '');
		return around.length > 0 && !a.closest('nav');
	};
	const controls = [...document.querySelectorAll('a[href], button, select, summary, input:not([type=hidden])')].filter(
		(el) => shown(el) && !el.closest('svg') && !(el.matches('a') && inline(el))
	);
	return controls.map((el) => {
		// A radio button or checkbox is also hit through its label.
		const label = el.matches('input') ? el.closest('label') : null;
		const boxes = [box(el), ...(label ? [box(label)] : [])];
		return {
			name: `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || label?.textContent || '').trim().slice(0, 40)}”`,
			boxes,
			hits: boxes.map((b) => {
				const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
				return hit !== null && (hit === el || el.contains(hit) || (label !== null && label.contains(hit)));
			})
		};
	});
}

describe.each(sampleLangs('a11y-marks'))('%s: hover', (lang) => {
	for (const [view, chart] of CHARTS) {
		const path = `/${lang}/indicator/${INDICATOR}/?view=${view}`;
		// On the map the straight path from a region to its tooltip can cross another region: the
		// tooltip stays while the pointer is on its way (it only gives way to a region it rests on).
		const travel = 12;
		test(`${view}: the pointer moves from each mark onto its tooltip (${travel} steps), which stays until Escape`, async () => {
			const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
			const marks = await openChart(page, path, chart);
			const problems: string[] = [];
			for (let i = 0; i < marks; i++) {
				// A point inside the mark: a region's label (it lets the pointer through) or the hit shape's centre.
				const at = await page.evaluate(
					([c, i]) => {
						const svg = [...document.querySelectorAll(`svg.${c}`)].find((s) => s.getClientRects().length > 0)!;
						const mark = svg.querySelector(`[data-mark="${i}"]`)!;
						mark.scrollIntoView({ block: 'center' });
						const code = mark.getAttribute('data-code');
						const label = code && svg.querySelector(`.region-label[data-code="${code}"] .region-name`);
						const r = (label || mark.querySelector('.hit') || mark).getBoundingClientRect();
						return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
					},
					[chart, i] as const
				);
				await page.mouse.move(at.x, at.y);
				const tip = page.locator(`svg.${chart} .tooltip`);
				if ((await tip.count()) !== 1) {
					problems.push(`mark ${i}: no tooltip on hover`);
					continue;
				}
				const text = await tip.textContent();
				const bg = (await tip.locator('.tooltip-bg').boundingBox())!;
				// Straight to the tooltip's nearest edge and 10 px into it.
				const to = {
					x: Math.min(Math.max(at.x, bg.x + 10), bg.x + bg.width - 10),
					y: Math.min(Math.max(at.y, bg.y + 10), bg.y + bg.height - 10)
				};
				for (let s = 1; s <= travel; s++) {
					await page.mouse.move(at.x + ((to.x - at.x) * s) / travel, at.y + ((to.y - at.y) * s) / travel);
					if ((await tip.count()) !== 1 || (await tip.textContent()) !== text) {
						problems.push(`mark ${i}: the tooltip closed or changed at step ${s} of ${travel}`);
						break;
					}
				}
				await page.mouse.move(at.x, at.y);
				await page.keyboard.press('Escape');
				if ((await tip.count()) !== 0) problems.push(`mark ${i}: Escape left the tooltip open`);
				await page.mouse.move(at.x + 1, at.y + 1);
				if ((await tip.count()) !== 0) problems.push(`mark ${i}: a dismissed tooltip came back on the same mark`);
				await page.mouse.move(0, 0);
			}
			await page.close();
			expect(problems).toEqual([]);
		});
	}
});

describe.each(sampleLangs('a11y-targets'))('%s: controls', (lang) => {
	const pages = [
		`/${lang}/`,
		`/${lang}/indicators/`,
		`/${lang}/indicator/${INDICATOR}/`,
		`/${lang}/compare/`,
		`/${lang}/data/`
	];
	test.concurrent.for(pages)(
		'%s: every control is a target of 24 × 24 px or spaced as WCAG 2.5.8 allows, at 320 and 1280 px',
		async (path, { expect }) => {
			const problems: string[] = [];
			for (const width of [320, 1280]) {
				const page = await env.browser.newPage({ viewport: { width, height: 900 } });
				await page.goto(env.site.at(path), { waitUntil: 'networkidle' });
				// Open every disclosure, then make the window as tall as the page, so every control is on
				// screen where it is (elementFromPoint sees only the viewport).
				await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				await page.setViewportSize({ width, height: Math.min(height, 16000) });
				const targets = await page.evaluate(controlTargets);
				expect(targets.length, `${path} has controls`).toBeGreaterThan(5);
				problems.push(...targetProblems(targets).map((p) => `${width}px ${p}`));
				await page.close();
			}
			expect(problems).toEqual([]);
		}
	);
});
