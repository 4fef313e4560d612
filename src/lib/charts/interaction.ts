// Keyboard, accessible text and tooltip geometry shared by the charts. Pure and DOM-free: the
// components keep the state (interaction.svelte.ts), these functions only compute.
import { clamp, round } from '../format/numeric.ts';
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
 * the CI in words), else "label: value[ †][, CI text]".
 */
export function markLabel(d: MarkText): string {
	if (d.ariaLabel) return d.ariaLabel;
	return `${d.label}: ${markValue(d)}${d.ciText ? `, ${d.ciText}` : ''}`;
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

/** The mark a tooltip points at: a horizontal position and the top and bottom of the mark. */
export interface TooltipAnchor {
	x: number;
	top: number;
	bottom: number;
}

/** A placed tooltip in the chart's user units: its box (top-left corner, size) and text baselines. */
export interface TooltipBox {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: { text: string; strong: boolean; x: number; y: number }[];
}

const PAD = 8;
const GAP = 8;
const EDGE = 2;
const LINE_HEIGHT = 1.3;
/** estimateTextWidth is tuned for Arial; DejaVu semibold runs up to 20% wider (label-placement.ts). */
const WIDTH_FACTOR = 1.2;

/** Greedy word wrap to `maxWidth`; a single word longer than that stays on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const words = text.split(' ');
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && estimateTextWidth(candidate, fontSize) * WIDTH_FACTOR > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Places a tooltip above its mark, or below when there is no room above, centred on the anchor and
 * kept inside the drawing (`width` × `height`); lines wider than the drawing are wrapped.
 */
export function placeTooltip(
	lines: readonly TooltipLine[],
	anchor: TooltipAnchor,
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
	const x = round(clamp(anchor.x - w / 2, EDGE, width - EDGE - w));
	const above = anchor.top - GAP - h;
	const below = anchor.bottom + GAP;
	const y = round(above >= EDGE ? above : below + h <= height - EDGE ? below : clamp(above, EDGE, height - EDGE - h));
	return {
		x,
		y,
		width: w,
		height: h,
		// Baselines: the first at PAD plus the font's ascent (about 0.8 em), the next a line lower.
		lines: wrapped.map((l, i) => ({ ...l, x: PAD, y: round(PAD + fontSize * 0.8 + i * lineHeight) }))
	};
}
