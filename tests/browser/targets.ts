// WCAG 2.5.8 (target size, minimum) as geometry: a target passes when one of its hit boxes is at least
// 24 × 24 CSS px and shows the target at its centre; an undersized target passes when a circle of
// 24 px diameter centred on it meets no other target and no other undersized target's circle.

import type { Box } from './geometry.ts';

export interface Target {
	name: string;
	/** The boxes that take the pointer for this target. */
	boxes: Box[];
	/** For each box, whether its centre shows this target (not covered by another). */
	hits: boolean[];
}

const MIN = 24;
const EPS = 0.5;

const union = (boxes: readonly Box[]): Box => {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
};

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Distance from a point to a box (0 inside it). */
function distance(p: { x: number; y: number }, b: Box): number {
	const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
	const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
	return Math.hypot(dx, dy);
}

/** The targets that fail 2.5.8, each with why. */
export function targetProblems(targets: readonly Target[]): string[] {
	const big = targets.map((t) =>
		t.boxes.some((b, i) => b.width >= MIN - EPS && b.height >= MIN - EPS && t.hits[i] === true)
	);
	const problems: string[] = [];
	targets.forEach((t, i) => {
		if (big[i] || t.boxes.length === 0) return;
		const c = centre(union(t.boxes));
		const near = targets.findIndex((o, j) => {
			if (j === i) return false;
			if (o.boxes.some((b) => distance(c, b) < MIN / 2 - EPS)) return true;
			const oc = centre(union(o.boxes));
			return !big[j] && Math.hypot(oc.x - c.x, oc.y - c.y) < MIN - EPS;
		});
		if (near >= 0) {
			const size = union(t.boxes);
			problems.push(
				`${t.name}: ${Math.round(size.width)}×${Math.round(size.height)} px, too close to ${targets[near]!.name}`
			);
		}
	});
	return problems;
}
