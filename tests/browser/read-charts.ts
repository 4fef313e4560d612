// What a reader (or assistive technology) gets from each chart of a page.

import type { Page } from 'playwright-core';

export interface ChartInfo {
	/** Index of the svg among `figure svg[role="img"]` on the page, for messages. */
	index: number;
	/** Accessible name: aria-labelledby text, else aria-label, else the svg's own <title>. */
	name: string;
	/** Accessible description: aria-describedby text, else the svg's own <desc>. */
	description: string;
	hasTable: boolean;
	/** What the svg writes as each mark's value: every `text.value-label` and `text.no-data`. */
	svgValues: string[];
	/** Text of every `td.value` in the figure's table. */
	tableValues: string[];
}

/** Reads every chart of the page. Works with JavaScript disabled (evaluation runs outside the page's scripts). */
export async function readCharts(page: Page): Promise<ChartInfo[]> {
	return page.evaluate(() => {
		const clean = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
		const byIds = (ids: string | null) =>
			clean(
				(ids ?? '')
					.split(/\s+/)
					.filter(Boolean)
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			);
		const ownChild = (el: Element, tag: string) => Array.from(el.children).find((c) => c.localName === tag);
		// The drawing of each chart that is shown (one per width class is in the page, the others display: none).
		const shown = Array.from(document.querySelectorAll('figure svg.chart')).filter(
			(s) => s.getClientRects().length > 0
		);
		return shown.map((svg, index) => {
			const figure = svg.closest('figure')!;
			const table = figure.querySelector('table');
			return {
				index,
				name:
					byIds(svg.getAttribute('aria-labelledby')) ||
					clean(svg.getAttribute('aria-label')) ||
					clean(ownChild(svg, 'title')?.textContent),
				description: byIds(svg.getAttribute('aria-describedby')) || clean(ownChild(svg, 'desc')?.textContent),
				hasTable: table !== null,
				svgValues: Array.from(svg.querySelectorAll('text.value-label, text.no-data')).map((t) => clean(t.textContent)),
				tableValues: table ? Array.from(table.querySelectorAll('td.value')).map((td) => clean(td.textContent)) : []
			};
		});
	});
}

/** Shows invisible characters so a failing message tells U+202F from U+00A0 from a space. */
export function showSpaces(s: string): string {
	return s.replace(/\u202f/g, '<U+202F>').replace(/\u00a0/g, '<U+00A0>');
}
