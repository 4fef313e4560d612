// Keyboard, accessible text and tooltip geometry shared by the charts. Pure and DOM-free: the state
// is kept by mark-nav.ts and drawn by marks-dom.ts in the browser; these functions only compute.
import { clamp, round } from '../format/numeric.ts';
import { wrapWords } from '../format/wrap.ts';
import { estimateTextWidth } from './text-width.ts';

/**
 * Roving tabindex: where focus goes from mark `current` of `count` on `key`, or null when the key is
 * not ours (the event then keeps its default, so Tab still leaves the chart). Arrows stop at the
 * ends rather than wrap, so a screen-reader user knows when the last mark is reached.
 */
export function nextIndex(current: number, key: string, count: number): number | null {
	if (count <= 0) return null;
	const from = clamp(current, 0, count - 1);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(from + 1, count - 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(from - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** What a mark's text is made of; `value: null` means "no data", which is never marked †. */
export interface MarkText {
	label: string;
	display: string;
	flagged: boolean;
	value?: number | null;
	ciText?: string;
	flagNote?: string;
	ariaLabel?: string;
}

/** The value as drawn: the display text, with ' †' when a published value carries a flag. */
export const markValue = (d: MarkText): string => `${d.display}${d.flagged && d.value !== null ? ' †' : ''}`;

/**
 * A mark's accessible name: the datum's own `ariaLabel` when given (the view layer writes it with
 * the CI in words), else "label: value[ †][, CI text]"; a flagged value adds what its † stands for.
 */
export function markLabel(d: MarkText): string {
	const name = d.ariaLabel ?? `${d.label}: ${markValue(d)}${d.ciText ? `, ${d.ciText}` : ''}`;
	// A name ending in a bare "†" would leave a screen-reader user without the note a sighted reader sees.
	return d.flagged && d.value !== null && d.flagNote ? `${name} († ${d.flagNote})` : name;
}

/** What a tooltip shows: a heading (the label), the value, and the CI and flag note when known. */
export function tooltipLines(d: MarkText): TooltipLine[] {
	const lines: TooltipLine[] = [
		{ text: d.label, strong: true },
		{ text: markValue(d), strong: true }
	];
	if (d.ciText) lines.push({ text: d.ciText, strong: false });
	if (d.flagged && d.value !== null && d.flagNote) lines.push({ text: `† ${d.flagNote}`, strong: false });
	return lines;
}

export interface TooltipLine {
	text: string;
	strong: boolean;
}

/**
 * The attributes of mark `i`, written on the server: its index, role, accessible name, tab stop (the
 * first mark's until the reader moves) and what its tooltip shows and must keep clear of (`ring`, the
 * mark's focus ring in the chart's units). marks-dom.ts reads them back (`tipOf`) to draw the tooltip.
 */
export function markAttributes(i: number, d: MarkText, ring: Rect) {
	return {
		'data-mark': i,
		role: 'img',
		'aria-label': markLabel(d),
		tabindex: i === 0 ? 0 : -1,
		'data-tip': JSON.stringify(tooltipLines(d).map((l) => [l.text, l.strong ? 1 : 0])),
		'data-ring': [ring.x, ring.y, ring.width, ring.height].map((n) => round(n)).join(' ')
	};
}

/** A mark's tooltip lines and focus ring, from the attributes markAttributes wrote; null if absent. */
export function tipOf(mark: Element): { lines: TooltipLine[]; ring: Rect } | null {
	const tip = mark.getAttribute('data-tip');
	const [x, y, width, height] = (mark.getAttribute('data-ring') ?? '').split(' ').map(Number);
	if (!tip || ![x, y, width, height].every((n) => Number.isFinite(n))) return null;
	const lines = (JSON.parse(tip) as [string, number][]).map(([text, strong]) => ({ text, strong: strong === 1 }));
	return { lines, ring: { x: x!, y: y!, width: width!, height: height! } };
}

/** A rectangle in the chart's user units. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A placed tooltip in the chart's user units: its box (top-left corner, size) and text baselines. */
export interface TooltipBox extends Rect {
	lines: { text: string; strong: boolean; x: number; y: number }[];
	/**
	 * The gap between the mark and the box, relative to the box: an invisible part of the tooltip, so
	 * the pointer can travel from the mark onto the tooltip without it closing (WCAG 1.4.13).
	 */
	bridge: Rect;
}

/** Whether two rectangles share any area (touching edges do not). */
export const intersects = (a: Rect, b: Rect): boolean =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const PAD = 8;
const GAP = 8;
const INTO = 5;
const EDGE = 2;
const LINE_HEIGHT = 1.3;
/** estimateTextWidth is tuned for Arial; DejaVu semibold runs up to 20% wider (label-placement.ts). */
const WIDTH_FACTOR = 1.2;

/** Greedy word wrap to `maxWidth`; a single word longer than that stays on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	return wrapWords(text, (line) => estimateTextWidth(line, fontSize) * WIDTH_FACTOR <= maxWidth);
}

/**
 * Places a tooltip next to its mark without covering `ring`, the mark's focus ring (WCAG 2.4.7): above
 * it, below it, right or left of it, the first that fits inside the drawing (`width` × `height`);
 * when none fits, above or below, whichever leaves the drawing less (the chart's svg shows overflow).
 * Lines wider than the drawing are wrapped.
 */
export function placeTooltip(
	lines: readonly TooltipLine[],
	ring: Rect,
	width: number,
	height: number,
	fontSize: number
): TooltipBox {
	const maxText = Math.max(fontSize * 4, width - 2 * EDGE - 2 * PAD);
	const wrapped = lines.flatMap((l) => wrapText(l.text, maxText, fontSize).map((text) => ({ text, strong: l.strong })));
	const textWidth = Math.max(...wrapped.map((l) => estimateTextWidth(l.text, fontSize) * WIDTH_FACTOR));
	const lineHeight = fontSize * LINE_HEIGHT;
	const w = round(Math.min(width - 2 * EDGE, textWidth + 2 * PAD));
	const h = round(wrapped.length * lineHeight + 2 * PAD - (lineHeight - fontSize));
	const cx = clamp(ring.x + ring.width / 2 - w / 2, EDGE, width - EDGE - w);
	const cy = clamp(ring.y + ring.height / 2 - h / 2, EDGE, Math.max(EDGE, height - EDGE - h));
	const ringBottom = ring.y + ring.height;
	const ringRight = ring.x + ring.width;
	// The bridge reaches INTO units into the ring, over the ring's stroke and the corners of its box
	// that a round mark leaves open; it is invisible, so the ring stays in sight.
	const reach = GAP + INTO;
	const candidates: (Rect & { bridge: Rect })[] = [
		{ x: cx, y: ring.y - GAP - h, width: w, height: h, bridge: { x: 0, y: h, width: w, height: reach } },
		{ x: cx, y: ringBottom + GAP, width: w, height: h, bridge: { x: 0, y: -reach, width: w, height: reach } },
		{ x: ringRight + GAP, y: cy, width: w, height: h, bridge: { x: -reach, y: 0, width: reach, height: h } },
		{ x: ring.x - GAP - w, y: cy, width: w, height: h, bridge: { x: w, y: 0, width: reach, height: h } }
	];
	const inside = (r: Rect) =>
		r.x >= EDGE && r.y >= EDGE && r.x + r.width <= width - EDGE && r.y + r.height <= height - EDGE;
	const overflow = (r: Rect) => Math.max(0, EDGE - r.y) + Math.max(0, r.y + r.height - (height - EDGE));
	const [above, below] = candidates as [Rect & { bridge: Rect }, Rect & { bridge: Rect }];
	const box = candidates.find(inside) ?? (overflow(above) < overflow(below) ? above : below);
	return {
		x: round(box.x),
		y: round(box.y),
		width: w,
		height: h,
		bridge: {
			x: round(box.bridge.x),
			y: round(box.bridge.y),
			width: round(box.bridge.width),
			height: box.bridge.height
		},
		// Baselines: the first at PAD plus the font's ascent (about 0.8 em), the next a line lower.
		lines: wrapped.map((l, i) => ({ ...l, x: PAD, y: round(PAD + fontSize * 0.8 + i * lineHeight) }))
	};
}

interface Point {
	x: number;
	y: number;
}

/**
 * Whether `p` lies on the pointer's way from `from` to the box `to`: inside the convex hull of the
 * point and the box (the union of the triangles from the point to each of the box's edges). A pointer
 * crossing another mark there is heading for the open tooltip, not for that mark (WCAG 1.4.13).
 */
export function onTheWay(p: Point, from: Point, to: { x: number; y: number; width: number; height: number }): boolean {
	const corners = [
		{ x: to.x, y: to.y },
		{ x: to.x + to.width, y: to.y },
		{ x: to.x + to.width, y: to.y + to.height },
		{ x: to.x, y: to.y + to.height }
	];
	const side = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
	const inTriangle = (a: Point, b: Point, c: Point) => {
		if (side(a, b, c) === 0) return false; // flat: the point is in line with an edge of the box
		const [d1, d2, d3] = [side(a, b, p), side(b, c, p), side(c, a, p)];
		return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
	};
	if (![p.x, p.y, from.x, from.y].every(Number.isFinite)) return false;
	return corners.some((c, k) => inTriangle(from, c, corners[(k + 1) % 4]!));
}
