// Runs on the page that embeds a chart: resizes each embed iframe to the height its chart reports.
// Trusts a message only from this script's own origin and from the iframe it names (Datawrapper's
// early embed trusted any message; see reliability.md §1).
(function () {
	var script = document.currentScript;
	var origin = script ? new URL(script.src).origin : '';
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'bewegen-embed-height') return;
		var height = Number(data.height);
		if (!isFinite(height) || height < 50 || height > 10000) return;
		var frames = document.querySelectorAll('iframe[data-bewegen-embed]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
		}
	});
})();
