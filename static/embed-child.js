// Runs inside an embedded chart, which ships no framework script; loaded after the first paint
// (src/hooks.server.ts). 1. Loads the marks' script (tooltips, keyboard; its address is this tag's
// data-marks) when a reader first points at or focuses a chart, as on every page but not before; a
// reader who did so before this script arrived gets it at once. 2. In an iframe, tells the host page
// how tall the chart is.
(function () {
	var marks = document.currentScript && document.currentScript.getAttribute('data-marks');
	function load(e) {
		if (!marks || !(e.target && e.target.closest && e.target.closest('svg.chart'))) return;
		var script = document.createElement('script');
		script.src = marks;
		document.head.appendChild(script);
		marks = null;
	}
	document.addEventListener('pointerover', load);
	document.addEventListener('focusin', load);
	load({ target: document.activeElement });
	load({ target: document.querySelector('svg.chart:hover') });
	if (window.parent === window) return;
	var last = 0;
	function post() {
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'bewegen-embed-height', height: height }, '*');
	}
	// Loaded after the first paint, perhaps after the load event: then report at once.
	if (document.readyState === 'complete') post();
	else window.addEventListener('load', post);
	if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
	else window.addEventListener('resize', post);
})();
