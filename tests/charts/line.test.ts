// The trend line chart rendered on the server, on the cases of cases.ts; its SVG snapshots are in
// snapshot.test.ts.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../src/lib/charts/line/LineChart.svelte';
import { BOLD_WIDTH, textBox, type Box } from '../../src/lib/charts/line/label-placement.ts';
import { FONT_SIZE, layoutLines } from '../../src/lib/charts/line/line-layout.ts';
import { CHART_WIDTHS } from '../../src/lib/charts/widths.ts';
import { lineCases } from './cases.ts';

describe('LineChart', () => {
	it('draws no style attribute (strict CSP) and never throws on empty input', () => {
		for (const props of Object.values(lineCases)) expect(render(LineChart, { props }).body).not.toMatch(/\sstyle=/);
		expect(render(LineChart, { props: { ...lineCases.lineEmptyNl!, segments: [] } }).body).toContain(
			'Geen gegevens voor deze keuze.'
		);
	});
});

describe('trend labels at every width class', () => {
	const overlap = (a: Box, b: Box) =>
		Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
	it.each(Object.entries(lineCases).filter(([name]) => name !== 'lineEmptyNl'))(
		'%s: value and direct labels never cover each other and stay inside the drawing',
		(_, props) => {
			for (const width of CHART_WIDTHS) {
				const status = layoutLines(props.segments, props.breaks, props.unit, props.lang, width);
				if (!status.ok) continue;
				const boxes = status.layout.segments.flatMap((s) => [
					textBox(s.directLabel, FONT_SIZE, 0, BOLD_WIDTH),
					...s.points.flatMap((p) => (p.valueLabel ? [textBox(p.valueLabel, FONT_SIZE, 0, BOLD_WIDTH)] : []))
				]);
				for (const [i, a] of boxes.entries()) {
					expect(a.x0, `${width}`).toBeGreaterThanOrEqual(0);
					expect(a.x1, `${width}`).toBeLessThanOrEqual(width);
					for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${width}`).toBe(0);
				}
			}
		}
	);
});
