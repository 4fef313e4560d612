// Value labels and direct labels of a placed line chart. Order matters: the value labels of each
// segment's last wave go first, then the direct labels, then the value labels of the first waves and
// of the waves in between, which are left out (the table, the description and the marker's tooltip
// still carry them) when they would cover other labels.
import { round } from '../../format/numeric.ts';
import {
	BOLD_WIDTH,
	chooseCandidate,
	LINE_HEIGHT,
	sampleLine,
	spacingRoom,
	textBox,
	type Box,
	type Obstacles
} from './label-placement.ts';
import { MARKER_RADIUS } from './marker-shapes.ts';
import type { PlacedBreak, PlacedPoint, PlacedSegment, PlacedText } from './types.ts';

export const FONT_SIZE = 14;
/** As large as the other labels: at the default width it is 11 CSS px on a 320 px screen. */
export const BREAK_FONT_SIZE = 14;
/** Width of the key marker drawn before a direct label that is not right next to its last point. */
export const KEY_WIDTH = 15;
/** A value label that would cover more than this share of another label is left out. */
const MAX_TEXT_OVERLAP = 0.1;
/**
 * In a compact drawing a direct label goes to the key when its best place covers more than these
 * shares of its own area in other labels or in markers and series breaks (the corners a label may
 * brush are below them).
 */
const COMPACT_MAX_TEXT_OVERLAP = 0.05;
const COMPACT_MAX_MARK_OVERLAP = 0.02;

/**
 * A thin line from a direct label placed away from its point to that point (a marker there would read
 * as one more data point), or '' when the label touches it.
 */
function leader(box: Box, p: PlacedPoint): string {
	const x = Math.min(Math.max(p.px, box.x0 + KEY_WIDTH - 3), box.x1);
	const y = Math.min(Math.max(p.py, box.y0), box.y1);
	const d = Math.hypot(x - p.px, y - p.py);
	if (d <= MARKER_RADIUS + 4) return '';
	const k = (MARKER_RADIUS + 2) / d;
	return `M${round(x)},${round(y)}L${round(p.px + (x - p.px) * k)},${round(p.py + (y - p.py) * k)}`;
}

/**
 * Sets `valueLabel` on the points and `directLabel` on the segments (all freshly made by the layout).
 * Returns the segments whose direct label has no place (placeDirectLabel): the layout puts them in a key.
 */
export function placeLabels(
	segments: PlacedSegment[],
	breaks: readonly PlacedBreak[],
	fixedTexts: Box[],
	bounds: Box,
	compact = false
): PlacedSegment[] {
	const o: Obstacles = {
		bounds,
		texts: [...fixedTexts],
		marks: [
			...segments.flatMap((s) =>
				s.points.map((p) => ({
					x0: p.px - MARKER_RADIUS,
					y0: p.py - MARKER_RADIUS,
					x1: p.px + MARKER_RADIUS,
					y1: p.py + MARKER_RADIUS
				}))
			),
			// A label across a series break would read as belonging to the other side: as bad as covering a marker.
			...breaks.map((b) => ({ x0: b.x - 2, y0: b.y1, x1: b.x + 2, y1: b.y2 }))
		],
		lineSamples: [
			...segments.flatMap((s) => sampleLine(s.points.map((p) => ({ x: p.px, y: p.py })))),
			...breaks.flatMap((b) =>
				sampleLine(
					[
						{ x: b.x, y: b.y1 },
						{ x: b.x, y: b.y2 }
					],
					6
				)
			),
			...segments.flatMap((s) =>
				s.ciWhiskers.flatMap((w) =>
					sampleLine([
						{ x: w.x, y: w.yHigh },
						{ x: w.x, y: w.yLow }
					])
				)
			)
		]
	};
	// A lone CI whisker reaches above and below its marker: value labels go past its ends.
	const whiskers = new Map(segments.flatMap((s) => s.ciWhiskers.map((w) => [`${s.key}@${w.x}`, w] as const)));
	const place = (s: PlacedSegment, p: PlacedPoint | undefined) => {
		const w = p && whiskers.get(`${s.key}@${p.px}`);
		if (p) placeValueLabel(p, Math.min(p.py, w?.yHigh ?? p.py), Math.max(p.py, w?.yLow ?? p.py), o);
	};
	for (const s of segments) place(s, s.points.at(-1));
	const unplaced = segments.filter((s) => !placeDirectLabel(s, o, compact));
	for (const s of segments) if (s.points.length > 1) place(s, s.points[0]);
	const inner = segments
		.filter(hasRoomForInnerLabels)
		.flatMap((s) => s.points.slice(1, -1).map((p) => ({ s, p })))
		.sort((a, b) => a.p.px - b.p.px);
	for (const { s, p } of inner) place(s, p);
	return unplaced;
}

/**
 * Waves closer together than a value label is wide (monthly online waves on a multi-year axis) only
 * get labels at their first and last wave: the others would crowd and be misread. Their values stay in
 * the marker's tooltip, the table and the description.
 */
function hasRoomForInnerLabels(s: PlacedSegment): boolean {
	const widest = Math.max(
		...s.points
			.map((p) => textBox(valueText(p, p.px, p.py, 'middle'), FONT_SIZE, 0, BOLD_WIDTH))
			.map((b) => b.x1 - b.x0)
	);
	// Neighbours can take turns above and below, so a little less than a label's width is enough.
	return s.points.every((p, i) => i === 0 || p.px - (s.points[i - 1]?.px ?? -Infinity) >= widest * 0.8);
}

const valueText = (p: PlacedPoint, x: number, y: number, anchor: PlacedText['anchor']): PlacedText => ({
	x,
	y,
	anchor,
	lines: [p.flagged ? `${p.display} †` : p.display]
});

/** Above the marker (or the whisker's top), else below it, else beside it. */
function placeValueLabel(p: PlacedPoint, top: number, bottom: number, o: Obstacles): void {
	const lines = valueText(p, 0, 0, 'middle').lines;
	const candidates: PlacedText[] = [
		{ x: p.px, y: top - 16, anchor: 'middle', lines },
		{ x: p.px, y: bottom + 17, anchor: 'middle', lines },
		{ x: p.px + 9, y: p.py, anchor: 'start', lines },
		{ x: p.px - 9, y: p.py, anchor: 'end', lines }
	];
	const choice = chooseCandidate(candidates, (c) => textBox(c, FONT_SIZE, 0, BOLD_WIDTH), o);
	if (!choice || choice.textOverlapShare > MAX_TEXT_OVERLAP) return;
	p.valueLabel = { ...choice.candidate, x: round(choice.candidate.x), y: round(choice.candidate.y) };
	o.texts.push(choice.box);
}

interface DirectCandidate {
	/** Left edge of the label including its key marker, and the vertical centre of the text block. */
	left: number;
	centre: number;
	withKey: boolean;
}

/**
 * Where a direct label may go, best first: right of the last point, then above or below it, then
 * further away. Away from the point the label gets a key marker of the segment's shape.
 */
function directCandidates(px: number, py: number, w: number, h: number, firstLine: number): DirectCandidate[] {
	const [right, centred, endAt, left] = [px + 10, px - w / 2, px + 8 - w, px - 10 - w];
	const step = h + 4;
	const above = (k: number) => py - 8 - h / 2 - (k - 1) * 18;
	const below = (k: number) => py + 8 + h / 2 + (k - 1) * 18;
	const at = (l: number, centre: number): DirectCandidate => ({ left: l, centre, withKey: true });
	const around = (k: number) => [
		at(centred, above(k)),
		at(centred, below(k)),
		at(endAt, below(k)),
		at(endAt, above(k))
	];
	return [
		// First line level with the point, so a wrapped label hangs down clear of the value label above.
		{ left: right, centre: py + (h - firstLine) / 2, withKey: false },
		at(right, py - step),
		at(right, py + step),
		...around(1),
		at(right, py - 2 * step),
		at(right, py + 2 * step),
		...around(2),
		at(left, py),
		at(left, py - step),
		at(left, py + step),
		...around(3),
		at(right, py - 3 * step),
		at(right, py + 3 * step),
		// Narrow drawings can run out of room near the point: further away, with a leader.
		...[4, 5, 6].flatMap((k) => [...around(k), at(left, py - (k - 2) * step), at(left, py + (k - 2) * step)])
	];
}

/**
 * False when the label fits nowhere inside the drawing (too long for a narrow one), or, in a compact
 * drawing, when its best place still covers a marker, a series break or another label: pressed against
 * them on a phone it reads as naming the wrong line (or hides a value), so the key under the axis is clearer.
 */
function placeDirectLabel(s: PlacedSegment, o: Obstacles, compact: boolean): boolean {
	const last = s.points.at(-1);
	if (!last) return true;
	const { lines } = s.directLabel;
	const lineHeight = FONT_SIZE * LINE_HEIGHT;
	const box = textBox({ x: 0, y: 0, anchor: 'start', lines }, FONT_SIZE, 0, BOLD_WIDTH);
	const toText = (c: DirectCandidate): PlacedText => ({
		x: round(c.withKey ? c.left + KEY_WIDTH : c.left),
		y: round(c.centre - ((lines.length - 1) * lineHeight) / 2),
		anchor: 'start',
		lines
	});
	const candidates = directCandidates(last.px, last.py, box.x1 + KEY_WIDTH, box.y1 - box.y0, FONT_SIZE);
	// The box keeps room for the reader's text spacing (WCAG 1.4.12), so a label placed near the edge stays inside.
	const spacing = Math.max(...lines.map((l) => spacingRoom(l, FONT_SIZE)));
	const choice = chooseCandidate(
		candidates,
		(c) => {
			const b = textBox(toText(c), FONT_SIZE, c.withKey ? KEY_WIDTH : 0, BOLD_WIDTH);
			return { ...b, x1: b.x1 + spacing };
		},
		o
	);
	if (!choice || choice.box.x0 < o.bounds.x0 || choice.box.x1 > o.bounds.x1) return false;
	const crowded =
		choice.textOverlapShare > COMPACT_MAX_TEXT_OVERLAP || choice.markOverlapShare > COMPACT_MAX_MARK_OVERLAP;
	if (compact && crowded) return false;
	const text = toText(choice.candidate);
	const key = choice.candidate.withKey ? leader(choice.box, last) : '';
	s.directLabel = { ...text, key };
	o.texts.push(choice.box);
	return true;
}
