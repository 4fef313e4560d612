import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markLabel, nextIndex, placeTooltip, tooltipLines, wrapText } from './interaction.ts';
import { estimateTextWidth } from './text-width.ts';

describe('nextIndex (roving tabindex)', () => {
	it.each([
		[0, 'ArrowRight', 3, 1],
		[0, 'ArrowDown', 3, 1],
		[1, 'ArrowLeft', 3, 0],
		[1, 'ArrowUp', 3, 0],
		[2, 'ArrowRight', 3, 2],
		[0, 'ArrowLeft', 3, 0],
		[1, 'Home', 3, 0],
		[0, 'End', 3, 2],
		[5, 'ArrowLeft', 3, 1],
		[0, 'End', 1, 0]
	])('from %i, %s of %i marks goes to %i', (current, key, count, expected) => {
		expect(nextIndex(current, key, count)).toBe(expected);
	});

	it.each(['Tab', 'Enter', ' ', 'Escape', 'a', 'PageDown'])(
		'leaves %j to the browser (Tab leaves the chart)',
		(key) => {
			expect(nextIndex(1, key, 3)).toBeNull();
		}
	);

	it('does nothing without marks', () => {
		expect(nextIndex(0, 'ArrowRight', 0)).toBeNull();
	});

	it('property: always lands on a mark', () => {
		const keys = fc.constantFrom('ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 50 }), fc.array(keys, { maxLength: 30 }), (count, presses) => {
				let i = 0;
				for (const key of presses) {
					i = nextIndex(i, key, count) ?? -1;
					if (!Number.isInteger(i) || i < 0 || i >= count) return false;
				}
				return true;
			})
		);
	});
});

describe('markLabel and tooltipLines', () => {
	const d = { label: 'Vlaanderen', display: '40,0%', flagged: true, value: 40 };

	it('say "label: value", with † for a flag and the CI text after a comma', () => {
		expect(markLabel(d)).toBe('Vlaanderen: 40,0% †');
		expect(markLabel({ ...d, flagged: false, ciText: '95%-BI 37,1% tot 42,9%' })).toBe(
			'Vlaanderen: 40,0%, 95%-BI 37,1% tot 42,9%'
		);
		expect(markLabel({ ...d, ariaLabel: 'eigen tekst' })).toBe('eigen tekst');
	});

	it('never mark "no data" with †', () => {
		expect(markLabel({ label: 'Brussel', display: 'geen gegevens', flagged: true, value: null })).toBe(
			'Brussel: geen gegevens'
		);
		expect(
			tooltipLines({ label: 'Brussel', display: 'geen gegevens', flagged: true, value: null, flagNote: 'x' }).map(
				(l) => l.text
			)
		).toEqual(['Brussel', 'geen gegevens']);
	});

	it('show label, value, CI and the flag note in the tooltip', () => {
		expect(tooltipLines({ ...d, ciText: '95%-BI 37,1% tot 42,9%', flagNote: 'secundaire bron' })).toEqual([
			{ text: 'Vlaanderen', strong: true },
			{ text: '40,0% †', strong: true },
			{ text: '95%-BI 37,1% tot 42,9%', strong: false },
			{ text: '† secundaire bron', strong: false }
		]);
	});
});

describe('placeTooltip', () => {
	const lines = tooltipLines({
		label: 'EHIS-PAQ (HIS 2018–2023), 2018',
		display: '30,1%',
		flagged: false,
		ciText: '95%-BI 27,6% tot 32,6%'
	});

	it('goes above the mark when there is room, below when not', () => {
		const above = placeTooltip(lines, { x: 200, top: 200, bottom: 210 }, 640, 300, 14);
		expect(above.y + above.height).toBeLessThanOrEqual(200);
		const below = placeTooltip(lines, { x: 200, top: 20, bottom: 30 }, 640, 300, 14);
		expect(below.y).toBeGreaterThanOrEqual(30);
	});

	it('property: stays inside the drawing and wraps lines to fit it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 240, max: 800 }),
				fc.integer({ min: 120, max: 600 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(width, height, fx, fy) => {
					const y = fy * height;
					const box = placeTooltip(lines, { x: fx * width, top: y - 8, bottom: y + 8 }, width, height, 14);
					const widest = Math.max(...box.lines.map((l) => estimateTextWidth(l.text, 14)));
					return (
						box.x >= 0 &&
						box.y >= 0 &&
						box.x + box.width <= width &&
						box.y + box.height <= height &&
						widest + 2 * box.lines[0]!.x <= box.width + 0.01 &&
						box.lines.every((l) => l.y > 0 && l.y < box.height)
					);
				}
			)
		);
	});
});

describe('wrapText', () => {
	it('keeps short text on one line and breaks long text at spaces', () => {
		expect(wrapText('Brussel', 200, 14)).toEqual(['Brussel']);
		const lines = wrapText('IC à 95 % de 27,6 % à 32,2 % voor een lange tekst', 100, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('IC à 95 % de 27,6 % à 32,2 % voor een lange tekst');
	});
});
