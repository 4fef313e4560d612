import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site-url-plugin.ts';

describe('siteUrlWarning', () => {
	it.each(['http://localhost:4173', 'http://127.0.0.1:8080/'])('names the local origin %s it writes', (url) => {
		const warning = siteUrlWarning(url);
		expect(warning).toContain(`PUBLIC_SITE_URL is ${url}`);
		expect(warning).toContain('Set PUBLIC_SITE_URL=');
	});

	it('says when the variable is missing or not a URL', () => {
		expect(siteUrlWarning(undefined)).toMatch(/^PUBLIC_SITE_URL is not set/);
		expect(siteUrlWarning('')).toMatch(/^PUBLIC_SITE_URL is not set/);
		expect(siteUrlWarning('bewegen.be')).toMatch(/"bewegen.be" is not a URL/);
	});

	it('stays silent for a public address', () => {
		expect(siteUrlWarning('https://bewegeninbelgie.be')).toBeNull();
	});
});
