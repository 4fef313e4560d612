// Screen boxes as the browser measures them (getBoundingClientRect), whether two overlap, and the
// boxes of a chart's labels and interval marks, for tests that no label is hidden.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** True when the boxes share more than `tolerance` px in both directions (sub-pixel touches allowed). */
export const overlaps = (a: Box, b: Box, tolerance = 0): boolean =>
	Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tolerance &&
	Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tolerance;

/** Overlap beyond anti-aliasing: labels may touch by half a pixel. */
export const overlap = (a: Box, b: Box) => overlaps(a, b, 0.5);

export interface ChartBoxes {
	svg: Box | null;
	labels: (Box & { text: string; value: boolean })[];
	ci: Box[];
}

/** Screen boxes of the labels and of the CI marks (whiskers, bands) of the chart shown in each `within`. */
export async function chartBoxesIn(
	page: Page,
	within: string,
	labels = 'text.value-label',
	ci = '.ci, .ci-whisker'
): Promise<ChartBoxes[]> {
	return page.evaluate(
		([within, labels, ci]) =>
			[...document.querySelectorAll(within)].map((root) => {
				// One drawing per width class is in the page; the container query shows the one that fits.
				const svg = [...root.querySelectorAll('svg.chart')].find((e) => e.getBoundingClientRect().width > 0);
				const box = (e: Element) => {
					const r = e.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width, height: r.height };
				};
				const visible = (e: Element) => getComputedStyle(e).display !== 'none' && box(e).width > 0;
				return {
					svg: svg ? box(svg) : null,
					labels: [...(svg?.querySelectorAll(labels) ?? [])]
						.filter(visible)
						.map((e) => ({ text: e.textContent ?? '', value: e.classList.contains('value-label'), ...box(e) })),
					ci: [...(svg?.querySelectorAll(ci) ?? [])].filter(visible).map(box)
				};
			}),
		[within, labels, ci] as const
	);
}

/** The page's first chart. */
export const chartBoxes = async (page: Page) => (await chartBoxesIn(page, 'figure'))[0] as ChartBoxes;

/** Every label inside its chart, under no whisker and on no other label. */
export function expectLabelsClear({ svg, labels, ci }: ChartBoxes): void {
	expect(svg).not.toBeNull();
	for (const label of labels) {
		expect(label.x + label.width, `${label.text} inside the chart`).toBeLessThanOrEqual(
			(svg?.x ?? 0) + (svg?.width ?? 0) + 0.5
		);
		for (const whisker of ci) expect(overlap(label, whisker), `${label.text} under a whisker`).toBe(false);
		for (const other of labels)
			if (other !== label) expect(overlap(label, other), `${label.text} on ${other.text}`).toBe(false);
	}
}
