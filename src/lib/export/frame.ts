// A chart framed as a standalone image: title and subtitle above, source (and site) below, in one SVG
// document. Pure string work, shared by the client-side SVG/PNG export and the social-preview images
// rendered at build time, so both carry the same text in the same places.
import { round } from '../format/numeric.ts';
import { wrapWords } from '../format/wrap.ts';

export interface FrameText {
	title: string;
	subtitle: string;
	/** "Source: …, survey year" — always inside the image. */
	source: string;
	/** A last line, e.g. the site's name and address. */
	footer?: string;
	/** What the † marks stand for, one line each, under the chart and above the source. */
	notes?: string[];
}

/** Text sizes of a framed image, in px. */
export interface FrameSizes {
	title: number;
	subtitle: number;
	/** Source, notes and footer. */
	source: number;
}

/** Sizes of an exported image and the size its chart's category labels are drawn at. */
export interface ImageTextSizes extends FrameSizes {
	label: number;
}

/**
 * The newsroom house style (BBC bbplot, Sciensano ggsano: title 28, subtitle 22, axis labels 18 at
 * 640 px), grown with the square root of the width: a wider image is printed larger, but its text
 * should not swell like a zoomed picture. Title 1.56× the labels, source 0.78× (never below 12 px).
 */
export function imageTextSizes(width: number): ImageTextSizes {
	const k = Math.sqrt(Math.max(1, width / 640));
	const label = Math.round(18 * k);
	return {
		title: Math.round(28 * k),
		subtitle: Math.round(22 * k),
		label,
		source: Math.max(12, Math.round(label * 0.78))
	};
}

export interface FrameOptions {
	/** Image width in CSS pixels. */
	width: number;
	/** A fixed image height (social cards): the chart shrinks to fit. Otherwise the height follows the chart. */
	height?: number;
	/** Font size of the title; the other lines scale with it unless `sizes` sets them. */
	titleSize: number;
	sizes?: FrameSizes;
	/** At most this many lines per text block (the last one ends in "…"). */
	maxLines?: number;
	background: string;
	text: string;
	muted: string;
	/** Font family of every text in the image. */
	fontFamily: string;
	/** Extra content for <defs>: a <style> with paint rules or embedded @font-face fonts. */
	defs?: string;
}

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Word wrap by an average glyph width of 0.55 em (Noto Sans is close to that). */
export function wrap(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
	const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
	const lines = wrapWords(text, (line) => line.length <= perLine);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1).trimEnd()}…`;
	return kept;
}

/** The width and height of an SVG's viewBox, from its opening tag. */
export function viewBoxSize(svg: string): { width: number; height: number } {
	const box = svg
		.match(/<svg\b[^>]*\bviewBox="([^"]+)"/)?.[1]
		?.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) throw new Error('chart SVG without a viewBox');
	return { width: box[2]!, height: box[3]! };
}

/** Places an <svg> element at x, y with the given size (its viewBox keeps the drawing's coordinates). */
function placed(svg: string, x: number, y: number, width: number, height: number): string {
	return svg.replace(/<svg\b([^>]*)>/, (_, attrs: string) => {
		const rest = attrs.replace(/\s(?:x|y|width|height)="[^"]*"/g, '');
		return `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"${rest}>`;
	});
}

/** The margin around a framed image's content, from its title size. */
export const framePad = (titleSize: number): number => Math.round(titleSize * 0.8);

/** The framed image as one SVG document, with its size. */
export function framedSvg(
	chart: string,
	text: FrameText,
	options: FrameOptions
): { svg: string; width: number; height: number } {
	const { width, titleSize, maxLines } = options;
	const pad = framePad(options.sizes?.title ?? titleSize);
	const inner = width - 2 * pad;
	const sizes = options.sizes ?? {
		title: titleSize,
		subtitle: Math.round(titleSize * 0.7),
		source: Math.round(titleSize * 0.6)
	};
	const step = (size: number) => Math.round(size * 1.3);
	// The title is bold, about a tenth wider than the average glyph wrap() assumes.
	const titleLines = wrap(text.title, inner, sizes.title * 1.1, maxLines);
	const subtitleLines = wrap(text.subtitle, inner, sizes.subtitle, maxLines);
	const noteLines = (text.notes ?? []).flatMap((note) => wrap(note, inner, sizes.source, maxLines));
	const sourceLines = [...wrap(text.source, inner, sizes.source, maxLines), ...(text.footer ? [text.footer] : [])];
	const chartTop =
		pad + titleLines.length * step(sizes.title) + subtitleLines.length * step(sizes.subtitle) + sizes.subtitle * 0.6;
	const bottomBlock = sizes.source * 0.8 + (noteLines.length + sourceLines.length) * step(sizes.source) + pad;
	const box = viewBoxSize(chart);
	const scale = options.height
		? Math.min(inner / box.width, Math.max(0.1, options.height - chartTop - bottomBlock) / box.height)
		: inner / box.width;
	const chartHeight = box.height * scale;
	const height = options.height ?? Math.ceil(chartTop + chartHeight + bottomBlock);
	const notesTop = height - bottomBlock + sizes.source * 0.8;
	const sourceTop = notesTop + noteLines.length * step(sizes.source);
	// data-role names each text block for readers of the file (and the export tests); left-aligned.
	const lines = (items: string[], top: number, size: number, fill: string, role: string, weight = 400) =>
		items
			.map((line, i) => {
				const y = round(top + i * step(size) + size);
				const bold = weight === 400 ? '' : ` font-weight="${weight}"`;
				return `<text data-role="${role}" x="${pad}" y="${y}" font-size="${size}"${bold} fill="${fill}">${escapeXml(line)}</text>`;
			})
			.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.fontFamily)}">` +
		(options.defs ? `<defs>${options.defs}</defs>` : '') +
		`<rect width="100%" height="100%" fill="${options.background}"/>` +
		lines(titleLines, pad, sizes.title, options.text, 'title', 700) +
		lines(subtitleLines, pad + titleLines.length * step(sizes.title), sizes.subtitle, options.text, 'subtitle') +
		placed(chart, pad, chartTop, box.width * scale, chartHeight) +
		lines(noteLines, notesTop, sizes.source, options.muted, 'note') +
		lines(sourceLines, sourceTop, sizes.source, options.muted, 'source') +
		'</svg>';
	return { svg, width, height };
}
