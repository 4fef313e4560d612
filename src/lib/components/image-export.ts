// "Download image": the view's chart drawn afresh for the chosen width, so that its labels keep the
// house style's size (imageTextSizes) instead of being the on-screen drawing blown up, in the chosen
// theme (light by default, whatever the reader's setting), with the † notes under it.
import { flushSync, mount, unmount, type Component } from 'svelte';
import { loadCharts, type ChartSpec } from '../charts/registry.ts';
import { TEXT_UNITS } from '../charts/widths.ts';
import type { Unit } from '../data/schema.ts';
import { framePad, imageTextSizes, type FrameText } from '../export/frame.ts';
import { chartToSvg } from '../export/image.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { IndicatorView } from '../views/indicator-view.ts';
import type { FlagNote } from '../views/types.ts';
import { chartSpecOf } from './chart-spec.ts';

export interface ImageRequest {
	width: number;
	theme: 'light' | 'dark';
}

/** The logical width to draw the chart at, so its labels (TEXT_UNITS.max) come out at `label` px. */
export function drawingWidth(width: number): number {
	const sizes = imageTextSizes(width);
	return Math.round(((width - 2 * framePad(sizes.title)) * TEXT_UNITS.max) / sizes.label);
}

/** One line per note, as the figure's flag notes read: "† Secondary source: Flanders, Wallonia. Why …". */
export const noteLines = (flags: readonly FlagNote[], lang: Lang): string[] =>
	flags.map((f) => `${f.marker} ${f.subject}${t(lang, 'colon')}${f.labels.join(', ')}.${f.note ? ` ${f.note}` : ''}`);

/** The theme tokens for an element (theme.css), loaded once when the first image is made. */
let themeSheet: Promise<void> | null = null;
function loadThemeSheet(): Promise<void> {
	themeSheet ??= new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = '/theme.css';
		link.onload = () => resolve();
		link.onerror = () => reject(new Error('theme.css did not load'));
		document.head.append(link);
	});
	return themeSheet;
}

export async function chartImage(
	view: IndicatorView,
	{ unit, lang, text }: { unit: Unit; lang: Lang; text: Omit<FrameText, 'notes'> },
	{ width, theme }: ImageRequest
): Promise<{ svg: string; width: number; height: number } | null> {
	const spec = chartSpecOf(view, { id: 'image-export', unit, lang, width: drawingWidth(width) });
	if (!spec) return null;
	const [charts] = await Promise.all([loadCharts([spec.type]), loadThemeSheet()]);
	const Drawing = charts[spec.type] as Component<ChartSpec['props']>;
	// Off screen and invisible (chart.css), but styled, so the computed paint is the theme's.
	const stage = document.createElement('div');
	stage.className = 'export-stage';
	stage.dataset.theme = theme;
	stage.setAttribute('aria-hidden', 'true');
	document.body.append(stage);
	const drawing = mount(Drawing, { target: stage, props: spec.props });
	try {
		flushSync();
		const svg = stage.querySelector<SVGSVGElement>('svg.chart');
		if (!svg) return null;
		const sizes = imageTextSizes(width);
		return await chartToSvg(svg, { ...text, notes: noteLines(view.flags, lang) }, { width, sizes, stage });
	} finally {
		await unmount(drawing);
		stage.remove();
	}
}
