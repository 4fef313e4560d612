// SVG snapshots of the trend line chart rendered on the server from fixed data (Plot-style, C13); the
// cases are in cases.ts (lineBreakNl uses published figures, the others are made up and titled "Test: …").
// To update after an intended change: delete the .svg file, re-run, and review `git diff`.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../src/lib/charts/line/LineChart.svelte';
import { lineCases, normalise } from './cases.ts';

describe('LineChart SVG snapshots', () => {
	for (const [name, props] of Object.entries(lineCases)) {
		it(`${name} renders the expected SVG`, async () => {
			const { body } = render(LineChart, { props });
			await expect(normalise(body)).toMatchFileSnapshot(`./output/${name}.svg`);
		});
	}

	it('draws no style attribute (strict CSP) and never throws on empty input', () => {
		for (const props of Object.values(lineCases)) expect(render(LineChart, { props }).body).not.toMatch(/\sstyle=/);
		expect(render(LineChart, { props: { ...lineCases.lineEmptyNl!, segments: [] } }).body).toContain(
			'Geen gegevens voor deze keuze.'
		);
	});
});
