// Greedy label placement: each label tries a list of candidate positions in order of preference and
// takes the one that covers the least of what is already drawn. Deterministic, DOM-free (STYLE 2.5).
import { wrapWords } from '../../format/wrap.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { PlacedText } from './types.ts';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Everything a new label should not cover; placed labels are added to `texts` as they go. */
export interface Obstacles {
	bounds: Box;
	texts: Box[];
	marks: Box[];
	/** Points sampled every few pixels along lines (segments, break lines). */
	lineSamples: { x: number; y: number }[];
}

/** Line height as a share of the font size, for wrapped labels and collision boxes. */
export const LINE_HEIGHT = 1.2;

// Weights: covering text or a marker is far worse than crossing a line (labels have a halo), and
// leaving the drawing is worst of all.
const OUTSIDE_WEIGHT = 50;
const TEXT_WEIGHT = 10;
const MARK_WEIGHT = 10;
const LINE_SAMPLE_WEIGHT = 12;
/** Cost of each step down the list of candidates: a clear spot further away beats a crowded near one. */
const RANK_COST = 15;

const overlap = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);

/**
 * `estimateTextWidth` is tuned for Arial-like fonts; DejaVu Sans (the Linux default for system-ui,
 * and what headless renderers fall back to) is up to 12% wider, and 20% wider in semibold. Labels are
 * measured with these margins so they are not clipped or overlapping on any of those fonts.
 */
export const REGULAR_WIDTH = 1.12;
export const BOLD_WIDTH = 1.2;

/** How much wider a text gets with the text spacing a reader may set (WCAG 1.4.12: 0.12 em per letter, 0.16 em per space). */
export const spacingRoom = (text: string, fontSize: number) =>
	fontSize * (0.12 * text.length + 0.16 * (text.split(' ').length - 1));

/** The width a line needs on any of our fonts (`widthFactor`: REGULAR_WIDTH or BOLD_WIDTH) with the reader's text spacing. */
export const spacedWidth = (text: string, fontSize: number, widthFactor: number) =>
	estimateTextWidth(text, fontSize) * widthFactor + spacingRoom(text, fontSize);

/** A label wrapped to `room` in as many lines as it takes, each line `spacedWidth`; a single longer word keeps its line. */
export const wrapSpaced = (text: string, room: number, fontSize: number, widthFactor: number) =>
	wrapWords(text, (line) => spacedWidth(line, fontSize, widthFactor) <= room);

/**
 * The box a text covers: the estimated width, and a line height per line (the font's ascent and
 * descent, as the browser's text box has it, so labels do not touch). `extraLeft` makes room for a
 * key marker or leader drawn before the text.
 */
export function textBox(text: PlacedText, fontSize: number, extraLeft = 0, widthFactor = REGULAR_WIDTH): Box {
	const w = Math.max(...text.lines.map((l) => estimateTextWidth(l, fontSize))) * widthFactor;
	const x0 = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - w / 2 : text.x - w;
	const lineHeight = fontSize * LINE_HEIGHT;
	return {
		x0: x0 - extraLeft,
		y0: text.y - lineHeight / 2,
		x1: x0 + w,
		y1: text.y + (text.lines.length - 1) * lineHeight + lineHeight / 2
	};
}

function penalty(box: Box, o: Obstacles): { total: number; textOverlap: number; markOverlap: number } {
	const outside = area(box) - overlap(box, o.bounds);
	const textOverlap = o.texts.reduce((sum, t) => sum + overlap(box, t), 0);
	const markOverlap = o.marks.reduce((sum, m) => sum + overlap(box, m), 0);
	const crossings = o.lineSamples.filter((p) => p.x > box.x0 && p.x < box.x1 && p.y > box.y0 && p.y < box.y1).length;
	return {
		total:
			outside * OUTSIDE_WEIGHT + textOverlap * TEXT_WEIGHT + markOverlap * MARK_WEIGHT + crossings * LINE_SAMPLE_WEIGHT,
		textOverlap,
		markOverlap
	};
}

export interface Choice<T> {
	candidate: T;
	box: Box;
	/** Share of the label's own area that covers other labels (0 = clear). */
	textOverlapShare: number;
	/** Share of the label's own area that covers markers and series breaks (0 = clear). */
	markOverlapShare: number;
}

/** The candidate with the lowest penalty plus RANK_COST per place in the list (earlier is preferred). */
export function chooseCandidate<T>(candidates: readonly T[], boxOf: (c: T) => Box, o: Obstacles): Choice<T> | null {
	let best: (Choice<T> & { total: number }) | null = null;
	for (const [rank, candidate] of candidates.entries()) {
		if (best !== null && rank * RANK_COST >= best.total) break;
		const box = boxOf(candidate);
		const { total, textOverlap, markOverlap } = penalty(box, o);
		const cost = total + rank * RANK_COST;
		if (best === null || cost < best.total)
			best = {
				candidate,
				box,
				total: cost,
				textOverlapShare: textOverlap / Math.max(1, area(box)),
				markOverlapShare: markOverlap / Math.max(1, area(box))
			};
	}
	if (!best) return null;
	const { total: _total, ...choice } = best;
	return choice;
}

/** Points every `step` pixels along a polyline, for `Obstacles.lineSamples`. */
export function sampleLine(points: readonly { x: number; y: number }[], step = 4): { x: number; y: number }[] {
	const samples: { x: number; y: number }[] = [];
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const b = points[i];
		if (!a || !b) continue;
		const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
		for (let k = 0; k <= n; k++) samples.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
	}
	return samples;
}

/**
 * One line if it fits in `maxWidth`, else two lines: split before a parenthesis if both halves then
 * fit ("EHIS-PAQ" / "(HIS 2018–2023)"), otherwise at the space that balances the lines best.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return [text];
	const words = text.split(' ');
	const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
	const widest = (lines: string[]) => Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
	const atParenthesis = splits.find((lines) => lines[1]?.startsWith('(') && widest(lines) <= maxWidth);
	if (atParenthesis) return atParenthesis;
	return splits.reduce((best, lines) => (widest(lines) < widest(best) ? lines : best), [text]);
}
