// Runs inside an embedded chart: tells the host page how tall the chart is, so the iframe fits it.
(function () {
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
