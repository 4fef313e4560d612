// Client-side image export of a chart drawn for the image (components/image-export.ts): its CSS
// colours resolved into attributes, framed by title, subtitle, notes and source lines
// (src/lib/export/frame.ts), with the site's Noto Sans embedded so the file renders the same on
// machines without that font.

import { framedSvg, type FrameSizes, type FrameText } from './frame.ts';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';

const PAINT_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'paint-order',
	'font-size',
	'font-weight',
	'font-style'
] as const;

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

/** The embedded fonts as @font-face rules with data: URLs, fetched from the site on first use. */
let fontFaces: Promise<string> | null = null;
function embeddedFonts(): Promise<string> {
	fontFaces ??= Promise.all(
		FONT_FILES.map(async ({ file, weight }) => {
			const response = await fetch(`/fonts/${file}`);
			if (!response.ok) throw new Error(`font ${file}: HTTP ${response.status}`);
			const bytes = new Uint8Array(await response.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/ttf;base64,${btoa(binary)}) format('truetype')}`;
		})
	).then((faces) => `<style>${faces.join('')}</style>`);
	return fontFaces;
}

/** A standalone SVG document: title and subtitle above, the chart, notes and source below, fonts inside. */
export async function chartToSvg(
	live: SVGSVGElement,
	text: FrameText,
	{ width, sizes, stage }: { width: number; sizes: FrameSizes; stage: Element }
): Promise<{ svg: string; width: number; height: number }> {
	const chart = new XMLSerializer().serializeToString(inlinePaint(live));
	// The colours of the stage's theme (light or dark, whatever the reader's setting).
	const style = getComputedStyle(stage);
	const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return framedSvg(chart, text, {
		width,
		titleSize: sizes.title,
		sizes,
		background: token('--bg', '#ffffff'),
		text: token('--text', '#1a1a1a'),
		muted: token('--text-muted', '#4d4d4d'),
		fontFamily: `${FONT_FAMILY}, sans-serif`,
		defs: await embeddedFonts()
	});
}

/** Renders the SVG on a canvas of exactly `width` × `density` pixels (2 for high-density screens) and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number, density: 1 | 2 = 1): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * density;
	canvas.height = height * density;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas');
	context.scale(density, density);
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
