// The marks of every server-drawn chart made interactive in the browser, with no framework: one set
// of listeners on the document finds the chart and mark of each event, keeps each chart's state in a
// MarkNav and draws it: the roving tab stop, the tooltip (placed by placeTooltip from the mark's
// data-tip and data-ring) and, on a map, the focused region's edge over its neighbours. Every page
// type and the embeds load it as one small script (/chart-marks.js, see marks-plugin.ts), so a chart
// is interactive whether or not the page hydrates, and charts the app redraws stay so.
import { placeTooltip, tipOf } from './interaction.ts';
import { HYDRATE_EVENT } from './marks-entry-path.ts';
import { MarkNav } from './mark-nav.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The chart an event belongs to: the nearest svg.chart that has marks. */
function chartOf(target: EventTarget | null): SVGSVGElement | null {
	const svg = target instanceof Element ? target.closest<SVGSVGElement>('svg.chart') : null;
	return svg?.querySelector('[data-mark]') ? svg : null;
}

const marksOf = (svg: Element) => svg.querySelectorAll<SVGElement>('[data-mark]');

function el(name: string, attrs: Record<string, string | number>, parent: Element): SVGElement {
	const e = document.createElementNS(SVG, name);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	parent.append(e);
	return e;
}

/** The tooltip of mark `index` at the end of the svg (drawn over the marks), or none. */
function drawTooltip(svg: SVGSVGElement, index: number | null): void {
	svg.querySelector(':scope > .tooltip')?.remove();
	const mark = index === null ? null : svg.querySelector(`[data-mark="${index}"]`);
	const tip = mark ? tipOf(mark) : null;
	if (!tip) return;
	const { width, height } = svg.viewBox.baseVal;
	const box = placeTooltip(tip.lines, tip.ring, width, height, Number(svg.getAttribute('font-size')) || 14);
	// Hidden from assistive technology: the mark's aria-label already says the same.
	const g = el('g', { class: 'tooltip', transform: `translate(${box.x},${box.y})`, 'aria-hidden': 'true' }, svg);
	const { bridge } = box;
	el('rect', { class: 'tooltip-bridge', x: bridge.x, y: bridge.y, width: bridge.width, height: bridge.height }, g);
	el('rect', { class: 'tooltip-bg', width: box.width, height: box.height, rx: 4 }, g);
	for (const line of box.lines)
		el('text', { class: line.strong ? 'tooltip-text strong' : 'tooltip-text', x: line.x, y: line.y }, g).textContent =
			line.text;
}

/** A map draws the focused region's outline again over the regions after it, so all of its ring shows. */
function drawFocusEdge(svg: SVGSVGElement, index: number | null): void {
	svg.querySelector('.focus-edge')?.remove();
	const region = index === null ? null : svg.querySelector(`[data-mark="${index}"] .region`);
	const parent = region?.parentElement?.parentElement;
	if (!region || !parent) return;
	const edge = document.createElementNS(SVG, 'path');
	edge.setAttribute('class', 'focus-edge');
	edge.setAttribute('data-code', region.getAttribute('data-code') ?? '');
	edge.setAttribute('d', region.getAttribute('d') ?? '');
	edge.setAttribute('aria-hidden', 'true');
	parent.insertBefore(edge, parent.querySelector(':scope > .region-label'));
}

export function attachMarks(doc: Document): void {
	const navs = new WeakMap<SVGSVGElement, MarkNav>();
	/** The tooltip and focus edge each chart shows, so a pointer move that changes neither redraws nothing. */
	const drawn = new WeakMap<SVGSVGElement, { tip: number | null; edge: number | null }>();
	const open = new Set<SVGSVGElement>();
	/**
	 * While the app hydrates: a node of ours inside a chart would be a hydration mismatch, after which
	 * Svelte draws the page afresh and the focused mark loses its focus (see HYDRATE_EVENT).
	 */
	let hydrating = false;

	const draw = (svg: SVGSVGElement, nav: MarkNav) => {
		marksOf(svg).forEach((m, i) => m.setAttribute('tabindex', String(nav.tabindex(i))));
		if (hydrating) return;
		const was = drawn.get(svg) ?? { tip: null, edge: null };
		const now = { tip: nav.active, edge: svg.classList.contains('map-chart') ? nav.focused : null };
		if (now.tip !== was.tip) drawTooltip(svg, now.tip);
		if (now.edge !== was.edge) drawFocusEdge(svg, now.edge);
		drawn.set(svg, now);
		if (now.tip === null) open.delete(svg);
		else open.add(svg);
	};
	const navOf = (svg: SVGSVGElement): MarkNav => {
		const known = navs.get(svg);
		if (known) return known;
		const nav: MarkNav = new MarkNav(
			() => marksOf(svg).length,
			() => draw(svg, nav)
		);
		navs.set(svg, nav);
		return nav;
	};
	const on = <E extends Event>(type: string, handle: (nav: MarkNav, event: E, svg: SVGSVGElement) => void) =>
		doc.addEventListener(type, (event) => {
			const svg = chartOf(event.target);
			if (!svg) return;
			const nav = navOf(svg);
			handle(nav, event as E, svg);
			draw(svg, nav);
		});

	on<KeyboardEvent>('keydown', (nav, e, svg) => nav.keydown(e, svg));
	on<FocusEvent>('focusin', (nav, e, svg) => nav.focusin(e, svg));
	on<FocusEvent>('focusout', (nav, e, svg) => nav.focusout(e, svg));
	on<PointerEvent>('pointermove', (nav, e, svg) => nav.pointermove(e, svg));
	on<PointerEvent>('pointerdown', (nav, e, svg) => nav.pointermove(e, svg));
	// pointerleave does not bubble: the pointer left a chart when it goes out to something outside it.
	on<PointerEvent>('pointerout', (nav, e, svg) => {
		if (!(e.relatedTarget instanceof Node && svg.contains(e.relatedTarget))) nav.pointerleave(e, svg);
	});
	// Escape dismisses the tooltip wherever focus is (for hover tooltips too).
	doc.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const svg of open) {
			const nav = navOf(svg);
			nav.windowkeydown(event);
			draw(svg, nav);
		}
	});
	doc.addEventListener(HYDRATE_EVENT, () => {
		hydrating = true;
		for (const svg of doc.querySelectorAll<SVGSVGElement>('svg.chart')) {
			if (!drawn.has(svg)) continue;
			drawTooltip(svg, null);
			drawFocusEdge(svg, null);
			drawn.delete(svg);
		}
		// Once hydrated, the charts' open tooltips and focus edges are drawn again.
		const root = doc.documentElement;
		new MutationObserver((_, observer) => {
			if (!root.hasAttribute('data-hydrated')) return;
			observer.disconnect();
			hydrating = false;
			for (const svg of doc.querySelectorAll<SVGSVGElement>('svg.chart')) {
				const nav = navs.get(svg);
				if (nav && svg.isConnected) draw(svg, nav);
			}
		}).observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
	});
	// A control that changes the view redraws the chart under an open tooltip: close it.
	doc.addEventListener('change', () => {
		for (const svg of open) {
			const nav = navOf(svg);
			nav.tip = null;
			draw(svg, nav);
		}
	});
}
