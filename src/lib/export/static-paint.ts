// Turns the charts' stylesheets (src/lib/charts/stylesheets.ts) into one an SVG renderer without a browser
// can apply: the app.css tokens resolved into concrete colours, screen-only rules (@media,
// :focus-visible) dropped, and only paint properties kept. The social-preview images use it, so
// they are painted by the very rules the pages use.

/** The properties an image needs; layout (width, max-width) and interaction rules stay on screen. */
const PAINT = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'stroke-opacity',
	'opacity',
	'paint-order',
	'font-size',
	'font-weight',
	'font-style'
]);

export type Tokens = Record<string, string>;

/** The custom properties declared directly in the first `:root { … }` block of `css`. */
export function rootTokens(css: string): Tokens {
	const block = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
	return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Light tokens, and dark ones (the `prefers-color-scheme: dark` block over the light ones). */
export function themeTokens(appCss: string): { light: Tokens; dark: Tokens } {
	const light = rootTokens(appCss);
	const darkBlock = appCss.match(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{([\s\S]*?\}\s*)\}/)?.[1] ?? '';
	return { light, dark: { ...light, ...rootTokens(darkBlock) } };
}

/** Removes `@…{ … }` blocks, braces balanced. */
function withoutAtBlocks(css: string): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const at = css.indexOf('@', i);
		if (at < 0) return out + css.slice(i);
		out += css.slice(i, at);
		let depth = 0;
		let j = css.indexOf('{', at);
		if (j < 0) return out;
		for (; j < css.length; j++) {
			if (css[j] === '{') depth++;
			else if (css[j] === '}' && --depth === 0) break;
		}
		i = j + 1;
	}
	return out;
}

/**
 * The static stylesheet. Throws when a rule uses a token that `tokens` lacks, so a renamed token
 * stops the build instead of drawing black bars.
 */
export function staticChartCss(chartCss: string, tokens: Tokens): string {
	const css = withoutAtBlocks(chartCss.replace(/\/\*[\s\S]*?\*\//g, ''));
	const rules: string[] = [];
	for (const [, selectorText, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const selectors = selectorText!
			.split(',')
			.map((s) => s.trim())
			.filter((s) => s && !s.includes(':'));
		if (!selectors.length) continue;
		const declarations = body!
			.split(';')
			.map((d) => d.split(/:(.*)/s).map((part) => part.trim()))
			.filter(([property, value]) => property && value && PAINT.has(property))
			.map(([property, value]) => `${property}:${resolve(value!, tokens)}`);
		if (declarations.length) rules.push(`${selectors.join(',')}{${declarations.join(';')}}`);
	}
	return rules.join('\n');
}

function resolve(value: string, tokens: Tokens): string {
	return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
		const token = tokens[name];
		if (token === undefined) throw new Error(`chart.css uses ${name}, which src/app.css does not define`);
		return resolve(token, tokens);
	});
}
