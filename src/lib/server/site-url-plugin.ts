import { loadEnv, type Plugin } from 'vite';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * The warning a build prints about the origin it writes into citations, og:image, embed snippets
 * and the API, or null when PUBLIC_SITE_URL names a public address.
 *
 * @example siteUrlWarning(undefined) // "PUBLIC_SITE_URL is not set: …"
 */
export function siteUrlWarning(siteUrl: string | undefined): string | null {
	const set = 'Set PUBLIC_SITE_URL=https://your.host (environment or .env) and rebuild before publishing.';
	if (!siteUrl) return `PUBLIC_SITE_URL is not set: citations, og:image and the API get no origin. ${set}`;
	let host: string;
	try {
		host = new URL(siteUrl).hostname;
	} catch {
		return `PUBLIC_SITE_URL "${siteUrl}" is not a URL. ${set}`;
	}
	if (!localHosts.has(host)) return null;
	return `PUBLIC_SITE_URL is ${siteUrl}: every citation, og:image, embed snippet and API link in build/ points to this local address. ${set}`;
}

/** Prints `siteUrlWarning` loudly once when a build starts and again when it ends. */
export function siteUrlWarningPlugin(): Plugin {
	let warning: string | null = null;
	let started = false;
	const print = () => {
		if (!warning) return;
		const text = process.env.NO_COLOR ? `⚠ ${warning}` : `\u001b[33;1m⚠ ${warning}\u001b[0m`;
		process.stderr.write(`\n${text}\n\n`);
	};
	return {
		name: 'site-url-warning',
		apply: 'build',
		configResolved(config) {
			// SvelteKit resolves the config several times, in this process and in child processes
			// (which inherit the environment): warn once at the start.
			if (started || process.env.SITE_URL_WARNED) return;
			started = true;
			process.env.SITE_URL_WARNED = '1';
			// The same sources SvelteKit reads for $env/static/public: the environment, then .env files.
			warning = siteUrlWarning(loadEnv(config.mode, config.envDir || process.cwd(), 'PUBLIC_').PUBLIC_SITE_URL);
			print();
			// Repeat at exit: the prerender log that follows is long.
			process.once('exit', (code) => {
				if (code === 0) print();
			});
		}
	};
}
