// Client-side image export of a server-rendered chart: the same SVG, with its CSS colours resolved
// into attributes, framed by title, subtitle and source lines, as SVG text or as a PNG blob.

export interface ImageFrame {
	title: string;
	subtitle: string;
	source: string;
	/** Output width in CSS pixels; the chart is scaled to fit. */
	width: number;
}

const PAINT_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-style'] as const;
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Very small word wrap for the frame's text lines (width in px, ~0.55 em per character). */
function wrap(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if ((line + ' ' + word).trim().length > perLine && line) {
			lines.push(line);
			line = word;
		} else line = `${line} ${word}`.trim();
	}
	if (line) lines.push(line);
	return lines;
}

/** Copies the computed paint of every element of the live chart onto a clone, so no stylesheet is needed. */
function inlinePaint(live: SVGSVGElement): SVGSVGElement {
	const clone = live.cloneNode(true) as SVGSVGElement;
	const liveNodes = [live, ...live.querySelectorAll('*')];
	const cloneNodes = [clone, ...clone.querySelectorAll('*')];
	liveNodes.forEach((node, i) => {
		const target = cloneNodes[i];
		if (!target) return;
		const style = getComputedStyle(node);
		for (const property of PAINT_PROPERTIES) {
			const value = style.getPropertyValue(property);
			if (value) target.setAttribute(property, value);
		}
		target.removeAttribute('class');
		target.removeAttribute('tabindex');
	});
	clone.querySelectorAll('.tooltip, [data-tooltip]').forEach((n) => n.remove());
	return clone;
}

/** A standalone SVG document: title and subtitle above, the chart, the source line below. */
export function chartToSvg(live: SVGSVGElement, frame: ImageFrame): { svg: string; width: number; height: number } {
	const chart = inlinePaint(live);
	const [, , vbWidth = 640, vbHeight = 400] = (live.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
	const pad = 16;
	const inner = frame.width - 2 * pad;
	const scale = inner / vbWidth;
	const titleLines = wrap(frame.title, inner, 20);
	const subtitleLines = wrap(frame.subtitle, inner, 14);
	const sourceLines = wrap(frame.source, inner, 12);
	const top = pad + titleLines.length * 26 + subtitleLines.length * 19 + 8;
	const chartHeight = vbHeight * scale;
	const height = Math.ceil(top + chartHeight + 12 + sourceLines.length * 16 + pad);
	const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
	const text = getComputedStyle(document.body).color || '#1a1a1a';
	const lines = (items: string[], y0: number, step: number, size: number, weight: string) =>
		items
			.map((l, i) => `<text x="${pad}" y="${y0 + i * step}" font-size="${size}" font-weight="${weight}" fill="${text}">${escapeXml(l)}</text>`)
			.join('');
	chart.setAttribute('x', String(pad));
	chart.setAttribute('y', String(top));
	chart.setAttribute('width', String(inner));
	chart.setAttribute('height', String(chartHeight));
	const body = new XMLSerializer().serializeToString(chart);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}" font-family="${FONT}">` +
		`<rect width="100%" height="100%" fill="${background}"/>` +
		lines(titleLines, pad + 20, 26, 20, '700') +
		lines(subtitleLines, pad + titleLines.length * 26 + 16, 19, 14, '400') +
		body +
		lines(sourceLines, top + chartHeight + 24, 16, 12, '400') +
		'</svg>';
	return { svg, width: frame.width, height };
}

/** Renders the SVG on a canvas at twice the size (sharp on high-density screens) and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * 2;
	canvas.height = height * 2;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas');
	context.scale(2, 2);
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png')
	);
}

export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
