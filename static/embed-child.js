// Runs inside an embedded chart, which ships no framework script. 1. Keyboard: the marks of a chart
// form one roving tab order, as on the site (ChartFrame.svelte): Tab reaches one, arrow keys, Home and
// End the others (WCAG 2.1.1). 2. In an iframe, tells the host page how tall the chart is.
(function () {
	document.addEventListener('keydown', function (e) {
		var mark = e.target.closest && e.target.closest('[data-mark]');
		var svg = mark && mark.closest('svg');
		if (!svg) return;
		var marks = svg.querySelectorAll('[data-mark]');
		var i = Number(mark.getAttribute('data-mark'));
		var k = e.key;
		var to = k === 'Home' ? 0 : k === 'End' ? marks.length - 1 : /Right|Down/.test(k) ? i + 1 : /Left|Up/.test(k) ? i - 1 : -2;
		if (to === -2) return;
		e.preventDefault();
		var next = marks[Math.max(0, Math.min(marks.length - 1, to))];
		mark.setAttribute('tabindex', '-1');
		next.setAttribute('tabindex', '0');
		next.focus();
	});
	if (window.parent === window) return;
	var last = 0;
	function post() {
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'bewegen-embed-height', height: height }, '*');
	}
	window.addEventListener('load', post);
	if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
	else window.addEventListener('resize', post);
})();
