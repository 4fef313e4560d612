// SVG snapshots of the bar chart rendered on the server from fixed, made-up data (Plot-style, C13);
// the cases are in cases.ts. To update after an intended change: delete the .svg file, re-run, and
// review `git diff`.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '../../src/lib/charts/bar/BarChart.svelte';
import { barCases, normalise } from './cases.ts';

describe('BarChart SVG snapshots', () => {
	for (const [name, props] of Object.entries(barCases)) {
		it(`${name} renders the expected SVG`, async () => {
			const { body } = render(BarChart, { props });
			await expect(normalise(body)).toMatchFileSnapshot(`./output/${name}.svg`);
		});
	}
});
