// MarkNav without a browser: a few stand-in elements (closest, contains, focus) are enough to walk
// the keyboard, hover and Escape rules the charts rely on.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

class FakeElement {
	parent: FakeElement | null = null;
	children: FakeElement[] = [];
	focused = false;
	rect = { x: 0, y: 0, width: 0, height: 0 };
	constructor(
		public attrs: Record<string, string> = {},
		public className = ''
	) {}
	add(child: FakeElement): FakeElement {
		child.parent = this;
		this.children.push(child);
		return child;
	}
	getAttribute(name: string): string | null {
		return this.attrs[name] ?? null;
	}
	closest(selector: string): FakeElement | null {
		const matches = (el: FakeElement) =>
			selector === '[data-mark]' ? 'data-mark' in el.attrs : el.className === selector.slice(1);
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up from this element
		for (let el: FakeElement | null = this; el; el = el.parent) if (matches(el)) return el;
		return null;
	}
	contains(other: FakeElement | null): boolean {
		for (let el = other; el; el = el.parent) if (el === this) return true;
		return false;
	}
	getBoundingClientRect() {
		return this.rect;
	}
	querySelector(selector: string): FakeElement | null {
		if (selector.startsWith('.')) {
			const byClass = (el: FakeElement): FakeElement | null =>
				el.className === selector.slice(1) ? el : (el.children.map(byClass).find((e) => e !== null) ?? null);
			return byClass(this);
		}
		const index = selector.match(/data-mark="(\d+)"/)?.[1];
		const walk = (el: FakeElement): FakeElement | null =>
			el.attrs['data-mark'] === index ? el : (el.children.map(walk).find((e) => e !== null) ?? null);
		return walk(this);
	}
	focus() {
		doc.activeElement = this;
		this.focused = true;
	}
}

const doc: { activeElement: FakeElement | null } = { activeElement: null };
const saved = { Element: globalThis.Element, document: globalThis.document };

beforeAll(() => {
	Object.assign(globalThis, { Element: FakeElement, document: doc });
});
afterAll(() => {
	Object.assign(globalThis, saved);
});

async function setup(count = 3) {
	const { MarkNav } = await import('./mark-nav.ts');
	const svg = new FakeElement({}, 'chart');
	const marks = Array.from({ length: count }, (_, i) => svg.add(new FakeElement({ 'data-mark': String(i) })));
	const shape = marks[1]!.add(new FakeElement({}, 'bar'));
	const tooltip = svg.add(new FakeElement({}, 'tooltip'));
	const tooltipText = tooltip.add(new FakeElement({}, 'tooltip-text'));
	const background = svg.add(new FakeElement({}, 'grid'));
	const nav = new MarkNav(() => count);
	const ev = <T extends object>(target: FakeElement | null, extra: T = {} as T) =>
		({ target, preventDefault() {}, ...extra }) as never;
	// The handlers as marks-dom.ts calls them: the event and its chart.
	const chart = svg as unknown as Element;
	const on = {
		keydown: (e: KeyboardEvent) => nav.keydown(e, chart),
		focusin: (e: FocusEvent) => nav.focusin(e, chart),
		focusout: (e: FocusEvent) => nav.focusout(e, chart),
		pointermove: (e: PointerEvent) => nav.pointermove(e, chart),
		pointerleave: (e: PointerEvent) => nav.pointerleave(e, chart)
	};
	return { nav, on, svg, marks, shape, tooltip, tooltipText, background, ev };
}

describe('MarkNav', () => {
	it('starts with the first mark in the tab order', async () => {
		const { nav } = await setup();
		expect([0, 1, 2].map((i) => nav.tabindex(i))).toEqual([0, -1, -1]);
		expect(nav.active).toBeNull();
	});

	it('moves focus and the tab stop with the arrow keys, Home and End', async () => {
		const { nav, on, marks, ev } = await setup();
		on.keydown(ev(marks[0]!, { key: 'ArrowRight' }));
		expect(doc.activeElement).toBe(marks[1]);
		expect(nav.current).toBe(1);
		expect([0, 1, 2].map((i) => nav.tabindex(i))).toEqual([-1, 0, -1]);
		on.keydown(ev(marks[1]!, { key: 'End' }));
		expect(doc.activeElement).toBe(marks[2]);
		on.keydown(ev(marks[2]!, { key: 'Home' }));
		expect(doc.activeElement).toBe(marks[0]);
	});

	it('leaves Tab alone (no trap)', async () => {
		const { on, marks, ev } = await setup();
		let prevented = false;
		on.keydown(ev(marks[0]!, { key: 'Tab', preventDefault: () => (prevented = true) }));
		expect(prevented).toBe(false);
	});

	it('shows the tooltip on focus, hides it when focus leaves the chart', async () => {
		const { nav, on, marks, ev } = await setup();
		on.focusin(ev(marks[2]!));
		expect(nav.active).toBe(2);
		expect(nav.current).toBe(2);
		on.focusout(ev(marks[2]!, { relatedTarget: marks[1] }));
		expect(nav.active).toBe(2);
		on.focusout(ev(marks[2]!, { relatedTarget: null }));
		expect(nav.active).toBeNull();
	});

	it('keeps a hover tooltip while the pointer is on the mark or the tooltip, hides it elsewhere', async () => {
		const { nav, on, shape, tooltipText, background, svg, ev } = await setup();
		doc.activeElement = null;
		on.pointermove(ev(shape));
		expect(nav.active).toBe(1);
		on.pointermove(ev(tooltipText));
		expect(nav.active).toBe(1);
		on.pointermove(ev(background));
		expect(nav.active).toBeNull();
		on.pointermove(ev(shape));
		on.pointerleave(ev(svg));
		expect(nav.active).toBeNull();
	});

	it('dismisses with Escape until the pointer moves to another mark', async () => {
		const { nav, on, shape, marks, ev } = await setup();
		doc.activeElement = null;
		on.pointermove(ev(shape));
		nav.windowkeydown({ key: 'Escape' } as KeyboardEvent);
		expect(nav.active).toBeNull();
		on.pointermove(ev(shape));
		expect(nav.active).toBeNull();
		on.pointermove(ev(marks[0]!));
		expect(nav.active).toBe(0);
	});

	it('keeps the tooltip while the pointer crosses another mark or the background on its way to it, until it rests there', async () => {
		vi.useFakeTimers();
		try {
			const { nav, on, marks, shape, tooltip, background, ev } = await setup();
			doc.activeElement = null;
			tooltip.rect = { x: 100, y: 0, width: 50, height: 50 };
			const at = (x: number, y: number) => ({ clientX: x, clientY: y });
			on.pointermove(ev(shape, at(0, 0)));
			expect(nav.active).toBe(1);
			on.pointermove(ev(marks[0]!, at(50, 10))); // between the mark and its tooltip
			on.pointermove(ev(background, at(80, 15)));
			expect(nav.active).toBe(1);
			on.pointermove(ev(marks[0]!, at(60, 12)));
			vi.advanceTimersByTime(399);
			expect(nav.active).toBe(1);
			vi.advanceTimersByTime(1); // it rested on mark 0: its tooltip now
			expect(nav.active).toBe(0);
			on.pointermove(ev(shape, at(0, 0)));
			on.pointermove(ev(marks[2]!, at(50, -30))); // away from the tooltip: at once
			expect(nav.active).toBe(2);
		} finally {
			vi.useRealTimers();
		}
	});

	it('falls back to the focused mark when the pointer leaves', async () => {
		const { nav, on, marks, shape, svg, ev } = await setup();
		marks[0]!.focus();
		on.focusin(ev(marks[0]!));
		on.pointermove(ev(shape));
		expect(nav.active).toBe(1);
		on.pointerleave(ev(svg));
		expect(nav.active).toBe(0);
	});

	it('forgets a tooltip whose mark is gone after the data changed', async () => {
		let count = 3;
		const { MarkNav } = await import('./mark-nav.ts');
		const nav = new MarkNav(() => count);
		nav.tip = { index: 2, via: 'focus' };
		nav.current = 2;
		count = 2;
		expect(nav.active).toBeNull();
		expect([0, 1].map((i) => nav.tabindex(i))).toEqual([-1, 0]);
	});
});
