// Keyboard and screen-reader structure of the charts as the server renders them (C11, C12 without a
// browser): the chart is a named group; each data mark is a named image in a roving tab order with
// exactly one tabindex="0"; no tooltip before any interaction; no stray text outside the marks.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
	chartTypes,
	loadCharts,
	type ChartPropsByType,
	type ChartSpec,
	type ChartType
} from '../../src/lib/charts/registry.ts';
import { allCases, normalise } from './cases.ts';

interface Node {
	tag: string;
	attrs: Record<string, string>;
	/** Attributes of the ancestors, nearest last. */
	ancestors: Record<string, string>[];
	text: string;
}

/** Every element of a rendered SVG with its attributes, ancestors and own text (enough for these checks). */
function elements(svg: string): Node[] {
	const out: Node[] = [];
	const stack: Node[] = [];
	for (const m of svg.matchAll(/<(\/?)([\w-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>([^<]*)/g)) {
		const [, closing, tag = '', attrText = '', selfClosing, text = ''] = m;
		if (closing) {
			stack.pop();
			continue;
		}
		const attrs = Object.fromEntries([...attrText.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
		const node = { tag, attrs, ancestors: stack.map((n) => n.attrs), text: text.trim() };
		out.push(node);
		if (!selfClosing) stack.push(node);
	}
	return out;
}

/** How many focusable marks each chart type draws for its props (a new type fails the type check here). */
const markCount: { [T in ChartType]: (props: ChartPropsByType[T]) => number } = {
	bar: (p) => p.data.length,
	trend: (p) => p.segments.reduce((n, s) => n + s.points.length, 0),
	map: (p) => p.data.length
};
const count = (spec: ChartSpec) => (markCount[spec.type] as (props: ChartSpec['props']) => number)(spec.props);

type Case = { name: string; spec: ChartSpec; marks: number };
const all: Case[] = allCases.map((c) => ({ ...c, marks: count(c.spec) }));
const charts = await loadCharts(chartTypes);

// One drawing: the chart component itself (Chart.svelte repeats it per width class; each is checked alike).
const html = (c: Case) =>
	normalise(render(charts[c.spec.type] as Component<ChartSpec['props']>, { props: c.spec.props }).body);

describe('chart marks in the server-rendered SVG', () => {
	for (const c of all) {
		describe(c.name, () => {
			const svg = html(c);
			const nodes = elements(svg);
			const marks = nodes.filter((n) => 'data-mark' in n.attrs);

			it('has one mark per datum, each a named image', () => {
				expect(marks).toHaveLength(c.marks);
				for (const m of marks) {
					expect(m.attrs.role).toBe('img');
					expect(m.attrs['aria-label']?.trim()).toMatch(/\S+: \S/);
				}
			});

			it('puts exactly the first mark in the tab order (roving tabindex), the others at -1', () => {
				const focusable = nodes.filter((n) => 'tabindex' in n.attrs);
				expect(focusable).toEqual(marks);
				expect(marks.map((m) => m.attrs.tabindex)).toEqual(marks.map((_, i) => (i === 0 ? '0' : '-1')));
				expect(marks.map((m) => m.attrs['data-mark'])).toEqual(marks.map((_, i) => String(i)));
				expect(svg.match(/tabindex="0"/g) ?? []).toHaveLength(c.marks > 0 ? 1 : 0);
			});

			it('is a named, described group when it has marks, and never nests focusable marks', () => {
				const root = nodes[0];
				expect(root?.tag).toBe('svg');
				expect(root?.attrs.role).toBe(c.marks > 0 ? 'group' : 'img');
				expect(nodes.find((n) => n.attrs.id === root?.attrs['aria-labelledby'])?.tag).toBe('title');
				expect(nodes.find((n) => n.attrs.id === root?.attrs['aria-describedby'])?.tag).toBe('desc');
				for (const m of marks) expect(m.ancestors.some((a) => a.role === 'img' || 'tabindex' in a)).toBe(false);
			});

			it('renders no tooltip and no style attribute on the server, and rounds every coordinate', () => {
				expect(svg).not.toContain('class="tooltip"');
				expect(svg).not.toMatch(/\sstyle=/);
				expect(svg).not.toMatch(/\d\.\d{3,}/);
			});

			it('leaves no text for a screen reader outside the marks, title, description and break labels', () => {
				const hidden = (n: Node) =>
					[n.attrs, ...n.ancestors].some((a) => a['aria-hidden'] === 'true' || a.role === 'img');
				const stray = nodes.filter(
					(n) =>
						n.tag === 'text' && !hidden(n) && !/series-break|empty-message/.test(n.attrs.class ?? '') && c.marks > 0
				);
				expect(stray.map((n) => n.text)).toEqual([]);
			});
		});
	}
});

describe('accessible names of the marks', () => {
	const labels = (c: Case) =>
		elements(html(c))
			.filter((n) => 'data-mark' in n.attrs)
			.map((n) => n.attrs['aria-label']);
	const find = (name: string) => all.find((c) => c.name === name)!;

	it('say label and value, mark flags, and name "no data" rows', () => {
		expect(labels(find('barRegionNl'))).toEqual([
			'België: 34,9%',
			'Vlaanderen: 40,0% † († secundaire bron)',
			'Brussel: 34,0% † († secundaire bron)',
			'Wallonië: 26,0% † († secundaire bron)'
		]);
		expect(labels(find('barMissingEn'))).toEqual(['Flanders: 37.0%', 'Brussels: no data', 'Wallonia: no data']);
		expect(labels(find('mapMissingEn'))).toEqual(['Flanders: 37%', 'Brussels: no data', 'Wallonia: no data']);
	});

	it('add the CI text the view layer passes', () => {
		expect(labels(find('barCiFr'))[0]).toBe('Groupe A: 31,3\u202f%, IC à 95\u202f% de 28,6\u202f% à 34,0\u202f%');
		expect(labels(find('lineCiFr'))[3]).toBe(
			'Groupe test A, 2018: 29,9\u202f% †, IC à 95\u202f% de 27,6\u202f% à 32,2\u202f% († source secondaire)'
		);
	});

	it('name line points by series and wave, in segment order', () => {
		expect(labels(find('lineBreakNl'))).toEqual([
			'IPAQ ≥30 min/dag (HIS 2013), 2013: 36%',
			'EHIS-PAQ (HIS 2018–2023), 2018: 30,1%',
			'EHIS-PAQ (HIS 2018–2023), 2023: 34,9%'
		]);
	});

	it('use the datum’s own ariaLabel when given', () => {
		const c = find('barMissingEn');
		if (c.spec.type !== 'bar') throw new Error('barMissingEn is a bar case');
		const data = c.spec.props.data.map((d, i) => (i === 1 ? { ...d, ariaLabel: 'Brussels: not published' } : d));
		expect(labels({ ...c, spec: { type: 'bar', props: { ...c.spec.props, data } } })[1]).toBe(
			'Brussels: not published'
		);
	});
});
