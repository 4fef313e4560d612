import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { escapeXml, framedSvg, imageTextSizes, viewBoxSize, wrap } from './frame.ts';
import { FONT_RANGES, fontCovers } from './fonts.ts';

const chart =
	'<svg class="chart bar-chart" viewBox="0 0 400 200" width="9"><rect class="bar" width="10" height="10"/></svg>';
const colours = { background: '#fff', text: '#111', muted: '#555', fontFamily: 'Noto Sans' };

describe('image text sizes', () => {
	test('follow the house style at 640 px and keep its hierarchy at every width', () => {
		expect(imageTextSizes(640)).toEqual({ title: 28, subtitle: 22, label: 18, source: 14 });
		for (let width = 320; width <= 3600; width += 40) {
			const s = imageTextSizes(width);
			expect(s.title / s.label).toBeGreaterThanOrEqual(1.4);
			expect(s.source / s.label).toBeGreaterThanOrEqual(0.75);
			expect(Math.min(s.title, s.subtitle, s.label, s.source)).toBeGreaterThanOrEqual(12);
		}
	});

	test('notes go under the chart and above the source, at the source size, left-aligned', () => {
		const sizes = { title: 28, subtitle: 22, source: 14 };
		const { svg } = framedSvg(
			chart,
			{ title: 'T', subtitle: 'S', source: 'Bron', notes: ['† Secundaire bron: Vlaanderen.'] },
			{ width: 640, titleSize: 28, sizes, ...colours }
		);
		const y = (role: string) =>
			Number(svg.match(new RegExp(`data-role="${role}" x="22" y="([\\d.]+)" font-size="14"`))?.[1]);
		expect(y('note')).toBeLessThan(y('source'));
		expect(svg).toMatch(/data-role="title" x="22" y="[\d.]+" font-size="28" font-weight="700"/);
		expect(svg).toContain('>† Secundaire bron: Vlaanderen.</text>');
	});
});

describe('framed image', () => {
	test('holds title, subtitle, source and footer as escaped text, and the chart placed below the title', () => {
		const { svg, width, height } = framedSvg(
			chart,
			{
				title: 'Haalt de <WHO>-norm',
				subtitle: 'Bevolking: 18+',
				source: 'Bron: Sciensano, HIS 2023 & "x"',
				footer: 'site.example'
			},
			{ width: 640, titleSize: 20, ...colours }
		);
		expect(width).toBe(640);
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+" font-family="Noto Sans">/
		);
		expect(svg).toContain('>Haalt de &#60;WHO&#62;-norm</text>');
		expect(svg).toContain('>Bevolking: 18+</text>');
		expect(svg).toContain('Bron: Sciensano, HIS 2023 &#38; &#34;x&#34;');
		expect(svg).toContain('>site.example</text>');
		// The chart keeps its viewBox and class; its old width goes; it spans the inner width.
		const placed = svg.match(
			/<svg x="16" y="([\d.]+)" width="608" height="304" class="chart bar-chart" viewBox="0 0 400 200">/
		);
		expect(placed).not.toBeNull();
		expect(Number(placed![1])).toBeGreaterThan(20);
		expect(height).toBeGreaterThan(Number(placed![1]) + 304);
	});

	test('a fixed height shrinks the chart to fit and keeps the size', () => {
		const tall = '<svg viewBox="0 0 400 800"></svg>';
		const { svg, height } = framedSvg(
			tall,
			{ title: 'T', subtitle: 'S', source: 'Bron' },
			{ width: 1200, height: 630, titleSize: 40, ...colours }
		);
		expect(height).toBe(630);
		const [, y, w, h] = svg.match(/<svg x="32" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.map(Number);
		expect(y! + h!).toBeLessThan(630);
		expect(w! / h!).toBeCloseTo(0.5, 2);
	});

	test('wrap breaks on words and ellipsises past maxLines', () => {
		expect(wrap('een twee drie vier', 80, 10)).toEqual(['een twee drie', 'vier']);
		const lines = wrap('a '.repeat(200), 200, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});

	test('a chart without a viewBox is refused', () => {
		expect(() => viewBoxSize('<svg width="3"></svg>')).toThrow(/viewBox/);
		expect(escapeXml(`<&'">`)).toBe('&#60;&#38;&#39;&#34;&#62;');
	});
});

describe('embedded font', () => {
	test('the subset script keeps exactly the ranges fonts.ts declares', () => {
		const script = readFileSync(new URL('../../../scripts/subset-fonts.sh', import.meta.url), 'utf8');
		const declared = script
			.match(/RANGES="([^"]+)"/)![1]!
			.split(',')
			.map((r) => {
				const [from, to] = r.replace('U+', '').split('-');
				return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
			});
		expect(declared).toEqual(FONT_RANGES);
	});

	test('the subset files are TrueType fonts', () => {
		for (const file of ['NotoSans-Regular.subset.ttf', 'NotoSans-Bold.subset.ttf']) {
			const bytes = readFileSync(new URL(`../../../static/fonts/${file}`, import.meta.url));
			expect(bytes.readUInt32BE(0)).toBe(0x00010000);
		}
	});

	test('every text the site writes (messages, data labels, stories) is in the subset', () => {
		const root = new URL('../../../', import.meta.url);
		const files = [
			'src/lib/i18n/catalogue/nl.ts',
			'src/lib/i18n/catalogue/fr.ts',
			'src/lib/i18n/catalogue/en.ts',
			'data/indicators.csv',
			'data/dimensions.csv',
			'data/surveys.csv',
			'data/sources.csv',
			'data/series.csv',
			'src/lib/stories/definitions.ts'
		];
		for (const file of files) {
			const text = readFileSync(new URL(file, root), 'utf8').replace(/\r/g, '').replace(/\t/g, ' ');
			const missing = [...new Set([...text].filter((c) => !fontCovers(c)))];
			expect(missing, file).toEqual([]);
		}
		// Number formats: French groups thousands with a narrow no-break space.
		expect(fontCovers(new Intl.NumberFormat('fr-BE').format(12345.6) + ' %')).toBe(true);
		expect(fontCovers('≥ 150 → 2018 €')).toBe(true);
		expect(fontCovers('漢')).toBe(false);
	});
});
