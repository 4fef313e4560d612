// What the static pages (accessibility statement, 404 pages) need besides their text, which is in
// the message catalogue (a11y_… and not_found_… keys): the statement's dates, its items and links,
// and the language-neutral build/404.html.

import { dateFormat } from './date-format.ts';
import { langs, type Lang } from './langs.ts';
import { t, type PlainMessageKey } from './messages.ts';

/** Dates of the accessibility statement (ISO). Review at least once a year (Implementing Decision (EU) 2018/1523); a test fails after 12 months. */
export const accessibilityDates = { prepared: '2026-11-25', reviewed: '2026-12-01' } as const;

/** A date such as 25 november 2026 / 25 novembre 2026 / 25 November 2026. */
export function formatStatementDate(iso: string, lang: Lang): string {
	return dateFormat(lang, { dateStyle: 'long' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Content that is not (yet) accessible, in the statement's order; each has what/reason/alternative texts. */
export const nonAccessibleItems = [
	{ what: 'a11y_charts_what', reason: 'a11y_charts_reason', alternative: 'a11y_charts_alternative' },
	{ what: 'a11y_png_what', reason: 'a11y_png_reason', alternative: 'a11y_png_alternative' },
	{ what: 'a11y_manual_what', reason: 'a11y_manual_reason', alternative: 'a11y_manual_alternative' },
	{ what: 'a11y_third_party_what', reason: 'a11y_third_party_reason', alternative: 'a11y_third_party_alternative' }
] as const;

/**
 * What the tests of tests/browser/a11y-*.test.ts, page-text.test.ts (titles, language of parts, †)
 * and keyboard.test.ts, and tests/charts/contrast.test.ts, check beyond axe, one item per test (keep
 * the two in step).
 */
export const testedItems = [
	'a11y_tested_titles',
	'a11y_tested_lang',
	'a11y_tested_focus',
	'a11y_tested_hover',
	'a11y_tested_contrast',
	'a11y_tested_keyboard',
	'a11y_tested_status',
	'a11y_tested_reflow',
	'a11y_tested_targets',
	'a11y_tested_flags'
] as const;

/** The bodies a reader can complain to (enforcement procedure). */
export const enforcementLinks = [
	{ label: 'a11y_link_federal', href: 'https://www.federaalombudsman.be/' },
	{ label: 'a11y_link_flanders', href: 'https://www.vlaanderen.be/vlaamse-ombudsdienst' },
	{ label: 'a11y_link_bosa', href: 'https://accessibility.belgium.be/' }
] as const;

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The host's 404 page (build/404.html), served for any unknown URL at any depth: every URL in it is
 * root-absolute, and it has no script and no style (it is not rendered by SvelteKit, so kit.csp does
 * not cover it; its own CSP meta forbids scripts outright).
 */
export function rootNotFoundHtml(): string {
	const text = (lang: Lang, key: PlainMessageKey) => escapeHtml(t(lang, key));
	const sections = langs
		.map((lang) =>
			[
				`<section lang="${lang}" aria-labelledby="nf-${lang}">`,
				`<h2 id="nf-${lang}">${text(lang, 'not_found_heading')}</h2>`,
				`<p>${text(lang, 'not_found_text')}</p>`,
				`<ul>`,
				`<li><a href="/${lang}/" hreflang="${lang}">${text(lang, 'not_found_home')} (${text(lang, 'site_name')})</a></li>`,
				`<li><a href="/${lang}/indicators/" hreflang="${lang}">${text(lang, 'not_found_catalogue')}</a></li>`,
				`<li><a href="/${lang}/accessibility/" hreflang="${lang}">${text(lang, 'a11y_title')}</a></li>`,
				`</ul>`,
				`</section>`
			].join('\n')
		)
		.join('\n');
	const csp =
		"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${langs.map((l) => text(l, 'not_found_title')).join(' · ')}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<main>
<h1>${text('nl', 'not_found_title')} · <span lang="fr">${text('fr', 'not_found_title')}</span> · <span lang="en">${text('en', 'not_found_title')}</span></h1>
${sections}
</main>
</body>
</html>
`;
}
