// A chart framed as a standalone image: title and subtitle above, source (and site) below, in one SVG
// document. Pure string work, shared by the client-side SVG/PNG export and the social-preview images
// rendered at build time, so both carry the same text in the same places.
import { round } from '../format/numeric.ts';

export interface FrameText {
	title: string;
	subtitle: string;
	/** "Source: …, survey year" — always inside the image. */
	source: string;
	/** A last line, e.g. the site's name and address. */
	footer?: string;
}

export interface FrameOptions {
	/** Image width in CSS pixels. */
	width: number;
	/** A fixed image height (social cards): the chart shrinks to fit. Otherwise the height follows the chart. */
	height?: number;
	/** Font size of the title; the other lines scale with it. */
	titleSize: number;
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
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
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

/** The framed image as one SVG document, with its size. */
export function framedSvg(
	chart: string,
	text: FrameText,
	options: FrameOptions
): { svg: string; width: number; height: number } {
	const { width, titleSize, maxLines } = options;
	const pad = Math.round(titleSize * 0.8);
	const inner = width - 2 * pad;
	const sizes = { title: titleSize, subtitle: Math.round(titleSize * 0.7), source: Math.round(titleSize * 0.6) };
	const step = (size: number) => Math.round(size * 1.3);
	const titleLines = wrap(text.title, inner, sizes.title, maxLines);
	const subtitleLines = wrap(text.subtitle, inner, sizes.subtitle, maxLines);
	const sourceLines = [...wrap(text.source, inner, sizes.source, maxLines), ...(text.footer ? [text.footer] : [])];
	const chartTop =
		pad + titleLines.length * step(sizes.title) + subtitleLines.length * step(sizes.subtitle) + sizes.subtitle * 0.6;
	const bottomBlock = sizes.source * 0.8 + sourceLines.length * step(sizes.source) + pad;
	const box = viewBoxSize(chart);
	const scale = options.height
		? Math.min(inner / box.width, Math.max(0.1, options.height - chartTop - bottomBlock) / box.height)
		: inner / box.width;
	const chartHeight = box.height * scale;
	const height = options.height ?? Math.ceil(chartTop + chartHeight + bottomBlock);
	const sourceTop = height - bottomBlock + sizes.source * 0.8;
	const lines = (items: string[], top: number, size: number, fill: string, weight = 400) =>
		items
			.map((line, i) => {
				const y = round(top + i * step(size) + size);
				const bold = weight === 400 ? '' : ` font-weight="${weight}"`;
				return `<text x="${pad}" y="${y}" font-size="${size}"${bold} fill="${fill}">${escapeXml(line)}</text>`;
			})
			.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.fontFamily)}">` +
		(options.defs ? `<defs>${options.defs}</defs>` : '') +
		`<rect width="100%" height="100%" fill="${options.background}"/>` +
		lines(titleLines, pad, sizes.title, options.text, 700) +
		lines(subtitleLines, pad + titleLines.length * step(sizes.title), sizes.subtitle, options.text) +
		placed(chart, pad, chartTop, box.width * scale, chartHeight) +
		lines(sourceLines, sourceTop, sizes.source, options.muted) +
		'</svg>';
	return { svg, width, height };
}
