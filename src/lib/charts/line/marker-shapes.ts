import { round } from '../../format/numeric.ts';
import type { MarkerShape } from './types.ts';

/** Segment i gets shapes[i % 4]: series differ by shape as well as colour (C10). */
export const shapes: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Half the width of every marker, for collision boxes. */
export const MARKER_RADIUS = 6;

/** The marker's outline as an SVG path `d`, centred on (x, y); the shapes have about the same area. */
export function markerPath(shape: MarkerShape, x: number, y: number): string {
	const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
	switch (shape) {
		case 'circle':
			return `M${p(-4.5, 0)}A4.5,4.5 0 1,0 ${p(4.5, 0)}A4.5,4.5 0 1,0 ${p(-4.5, 0)}Z`;
		case 'square':
			return `M${p(-4, -4)}L${p(4, -4)}L${p(4, 4)}L${p(-4, 4)}Z`;
		case 'triangle':
			return `M${p(0, -6)}L${p(5.2, 3)}L${p(-5.2, 3)}Z`;
		case 'diamond':
			return `M${p(0, -5.7)}L${p(5.7, 0)}L${p(0, 5.7)}L${p(-5.7, 0)}Z`;
	}
}
