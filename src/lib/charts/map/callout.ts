// Boxes of the map's regions: the outline's bounds (its focus ring, which a tooltip must not cover)
// and the target of a region labelled outside its outline.
import { round } from '../../format/numeric.ts';
import type { Rect } from '../interaction.ts';
import { BOLD_WIDTH } from '../line/label-placement.ts';
import { estimateTextWidth } from '../text-width.ts';

/** Font sizes of the region name and value (map-layout.ts, chart.css). */
const NAME_SIZE = 14;
const VALUE_SIZE = 17;

/** The bounding box of an M/L/Z path of absolute coordinates (the outlines' form). */
export function pathBox(path: string): Rect {
	const n = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
	const xs = n.filter((_, i) => i % 2 === 0);
	const ys = n.filter((_, i) => i % 2 === 1);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	return { x: x0, y: y0, width: round(x1 - x0), height: round(y1 - y0) };
}

/**
 * The box around a label placed outside its region (Brussels, 18 CSS px across at most): hovering
 * the label counts as hovering the region, so the target is large enough to hit (WCAG 2.5.8).
 * Value labels are bold: up to 20% wider than estimated (BOLD_WIDTH).
 */
export function calloutBox(x: number, nameY: number, valueY: number, name: string, value: string): Rect {
	const width = Math.max(estimateTextWidth(name, NAME_SIZE), estimateTextWidth(value, VALUE_SIZE) * BOLD_WIDTH);
	return {
		x: round(x - width / 2 - 6),
		y: round(nameY - NAME_SIZE - 4),
		width: round(width + 12),
		height: round(valueY - nameY + NAME_SIZE + 10)
	};
}
