// The interactive state of one chart's marks: which mark is in the tab order (roving tabindex) and
// which mark's tooltip is shown. The handlers get the event and the chart's <svg> and find the mark
// from the event target's `data-mark` index, so a chart needs no handler per mark. Plain state, no
// framework: marks-dom.ts draws it after each event it hands on, and `onchange` after the one
// change no event brings (the pointer that rested on its way to a tooltip).
import { nextIndex, onTheWay } from './interaction.ts';

type Via = 'pointer' | 'focus';
/** How long the pointer must rest on a mark on its way to an open tooltip before that mark's shows. */
const REST_MS = 400;
type Handler<E extends Event> = (event: E, chart: Element) => void;

/** The mark index of an event target: from the nearest ancestor with `data-mark`, or null. */
export function markOf(target: EventTarget | null): number | null {
	if (typeof Element === 'undefined' || !(target instanceof Element)) return null;
	const mark = target.closest('[data-mark]');
	const index = Number(mark?.getAttribute('data-mark'));
	return mark && Number.isInteger(index) ? index : null;
}

export class MarkNav {
	/** The mark that has tabindex 0: the first one until the reader moves. */
	current = 0;
	/** The mark whose tooltip is shown, and whether the pointer or the focus brought it up. */
	tip: { index: number; via: Via } | null = null;
	/** The mark that has the focus (Escape hides its tooltip, not its focus ring), or null. */
	focused: number | null = null;
	/** The mark whose tooltip was dismissed with Escape: it stays hidden until the pointer or focus moves on. */
	#dismissed: number | null = null;
	/** Where the pointer last was on the mark of the pointer's tooltip: whence it travels to the tooltip. */
	#from: { x: number; y: number } | null = null;
	/** A mark the pointer rests on while on its way to the open tooltip: it takes over if the pointer stays. */
	#waiting: ReturnType<typeof setTimeout> | null = null;
	#count: () => number;
	#onchange: () => void;

	constructor(count: () => number, onchange: () => void = () => {}) {
		this.#count = count;
		this.#onchange = onchange;
	}

	tabindex(i: number): 0 | -1 {
		return i === Math.min(this.current, Math.max(0, this.#count() - 1)) ? 0 : -1;
	}

	/** Index of the mark whose tooltip to draw, or null (also when the data changed under it). */
	get active(): number | null {
		return this.tip !== null && this.tip.index < this.#count() ? this.tip.index : null;
	}

	keydown: Handler<KeyboardEvent> = (event, chart) => {
		const from = markOf(event.target);
		if (from === null) return;
		const to = nextIndex(from, event.key, this.#count());
		if (to === null) return;
		event.preventDefault();
		this.current = to;
		chart.querySelector<SVGElement>(`[data-mark="${to}"]`)?.focus();
	};

	focusin: Handler<FocusEvent> = (event) => {
		const i = markOf(event.target);
		if (i === null) return;
		this.current = i;
		this.focused = i;
		this.#dismissed = null;
		this.tip = { index: i, via: 'focus' };
	};

	focusout: Handler<FocusEvent> = (event, chart) => {
		if (markOf(event.relatedTarget) !== null && chart.contains(event.relatedTarget as Node)) return;
		this.focused = null;
		if (this.tip?.via === 'focus') this.tip = null;
	};

	/**
	 * Hover: the tooltip follows the mark under the pointer and stays while the pointer is on it, or on
	 * its way to it over another mark or the background (a map region between them), unless the
	 * pointer rests there (WCAG 1.4.13).
	 */
	pointermove: Handler<PointerEvent> = (event, chart) => {
		this.#stopWaiting();
		if (event.target instanceof Element && event.target.closest('.tooltip')) return;
		const i = markOf(event.target);
		const at = { x: event.clientX, y: event.clientY };
		if (this.tip?.via === 'pointer' && i === this.tip.index) {
			this.#from = at;
			return;
		}
		const box = chart.querySelector('.tooltip')?.getBoundingClientRect();
		if (this.tip?.via === 'pointer' && this.#from && box && onTheWay(at, this.#from, box)) {
			this.#waiting = setTimeout(() => {
				this.#hover(i, at, chart);
				this.#onchange();
			}, REST_MS);
			return;
		}
		this.#hover(i, at, chart);
	};

	#hover(i: number | null, at: { x: number; y: number }, chart: Element) {
		if (i === null) {
			this.#dismissed = null;
			if (this.tip?.via === 'pointer') this.tip = this.#focusTip(chart);
			return;
		}
		if (i === this.#dismissed) return;
		this.#dismissed = null;
		this.#from = at;
		if (this.tip?.index !== i || this.tip.via !== 'pointer') this.tip = { index: i, via: 'pointer' };
	}

	#stopWaiting() {
		if (this.#waiting !== null) clearTimeout(this.#waiting);
		this.#waiting = null;
	}

	pointerleave: Handler<PointerEvent> = (event, chart) => {
		this.#stopWaiting();
		this.#dismissed = null;
		if (this.tip?.via === 'pointer') this.tip = this.#focusTip(chart);
	};

	/** Escape dismisses the tooltip wherever focus is (on the window, for hover tooltips too). */
	windowkeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || this.tip === null) return;
		this.#stopWaiting();
		this.#dismissed = this.tip.index;
		this.tip = null;
	};

	#focusTip(chart: Element): { index: number; via: Via } | null {
		const focused = document.activeElement;
		const i = focused && chart.contains(focused) ? markOf(focused) : null;
		return i === null ? null : { index: i, via: 'focus' };
	}
}
