// The trend line chart rendered on the server, on the cases of cases.ts; its SVG snapshots are in
// snapshot.test.ts.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../src/lib/charts/line/LineChart.svelte';
import { lineCases } from './cases.ts';

describe('LineChart', () => {
	it('draws no style attribute (strict CSP) and never throws on empty input', () => {
		for (const props of Object.values(lineCases)) expect(render(LineChart, { props }).body).not.toMatch(/\sstyle=/);
		expect(render(LineChart, { props: { ...lineCases.lineEmptyNl!, segments: [] } }).body).toContain(
			'Geen gegevens voor deze keuze.'
		);
	});
});
