import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, markLabel, nextIndex, onTheWay, placeTooltip, tooltipLines, wrapText } from './interaction.ts';
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

	it('explain the † of a flagged value in the name (the flag labels, in the page language)', () => {
		expect(markLabel({ ...d, flagNote: 'secundaire bron' })).toBe('Vlaanderen: 40,0% † († secundaire bron)');
		expect(markLabel({ ...d, flagNote: 'secundaire bron', ariaLabel: 'eigen tekst †' })).toBe(
			'eigen tekst † († secundaire bron)'
		);
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

	const box = (x: number, y: number, width = 20, height = 20) => ({ x, y, width, height });

	it('goes above the mark when there is room, then below, right, left', () => {
		const above = placeTooltip(lines, box(200, 200), 640, 300, 14);
		expect(above.y + above.height).toBeLessThanOrEqual(200);
		const below = placeTooltip(lines, box(200, 20), 640, 300, 14);
		expect(below.y).toBeGreaterThanOrEqual(40);
		const right = placeTooltip(lines, box(20, 0, 20, 300), 640, 300, 14);
		expect(right.x).toBeGreaterThanOrEqual(40);
		const left = placeTooltip(lines, box(600, 0, 20, 300), 640, 300, 14);
		expect(left.x + left.width).toBeLessThanOrEqual(600);
	});

	it('overflows the drawing, on the side it leaves least, rather than cover a mark that fills it', () => {
		const row = placeTooltip(lines, box(0, 4, 360, 40), 360, 72, 14);
		expect(row.y).toBeGreaterThanOrEqual(44);
		expect(row.y + row.height).toBeGreaterThan(72);
	});

	it('property: never covers the focus ring, stays inside whenever a side fits, bridges the gap into the ring', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 240, max: 800 }),
				fc.integer({ min: 120, max: 600 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 10, max: 240 }),
				fc.integer({ min: 10, max: 120 }),
				(width, height, fx, fy, rw, rh) => {
					const ring = box(Math.round(fx * (width - rw)), Math.round(fy * (height - rh)), rw, rh);
					const t = placeTooltip(lines, ring, width, height, 14);
					const widest = Math.max(...t.lines.map((l) => estimateTextWidth(l.text, 14)));
					const inside = t.x >= 0 && t.y >= 0 && t.x + t.width <= width && t.y + t.height <= height;
					const roomAbove = ring.y - 8 - t.height >= 2;
					const roomBelow = ring.y + ring.height + 8 + t.height <= height - 2;
					const bridge = { ...t.bridge, x: t.x + t.bridge.x, y: t.y + t.bridge.y };
					return (
						!intersects(t, ring) &&
						(inside || (!roomAbove && !roomBelow)) &&
						t.x >= 0 &&
						t.x + t.width <= width &&
						widest + 2 * t.lines[0]!.x <= t.width + 0.01 &&
						t.lines.every((l) => l.y > 0 && l.y < t.height) &&
						// The bridge spans the gap and reaches 5 units into the ring.
						intersects(bridge, ring) &&
						!intersects(bridge, {
							...ring,
							x: ring.x + 5.01,
							y: ring.y + 5.01,
							width: ring.width - 10.02,
							height: ring.height - 10.02
						})
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

describe('onTheWay', () => {
	const from = { x: 0, y: 0 };
	const box = { x: 100, y: 0, width: 50, height: 50 };
	it('is true between the point and the box, and in the box', () => {
		expect(onTheWay({ x: 50, y: 10 }, from, box)).toBe(true);
		expect(onTheWay({ x: 120, y: 40 }, from, box)).toBe(true);
		expect(onTheWay({ x: 0, y: 0 }, from, box)).toBe(true);
	});
	it('is false beside the way, behind the point and past the box', () => {
		expect(onTheWay({ x: 50, y: -30 }, from, box)).toBe(false);
		expect(onTheWay({ x: -10, y: 0 }, from, box)).toBe(false);
		expect(onTheWay({ x: 160, y: 10 }, from, box)).toBe(false);
	});
	it('holds for any point on the segment from the point to any point of the box', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(t, u, v) => {
					const target = { x: box.x + u * box.width, y: box.y + v * box.height };
					return onTheWay({ x: from.x + t * (target.x - from.x), y: from.y + t * (target.y - from.y) }, from, box);
				}
			)
		);
	});
});
