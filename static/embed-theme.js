// Runs first in an embedded chart: ?theme=dark draws it dark, ?theme=auto follows the reader's colour
// setting; otherwise it stays light (the prerendered data-theme="light"), as on a white news page.
(function () {
	var theme = new URLSearchParams(window.location.search).get('theme');
	if (theme === 'dark') document.documentElement.setAttribute('data-theme', 'dark');
	else if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
})();
