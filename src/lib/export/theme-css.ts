// A chosen colour theme, whatever the reader's setting: `data-theme="light"` or `"dark"` on the root
// (an embed asked for one) or on any element (the image export's drawing stage) sets the tokens of
// src/app.css for that theme. Derived from app.css, so each colour stays written once.
import { themeTokens } from './static-paint.ts';

const block = (selector: string, scheme: string, tokens: Record<string, string>) =>
	`${selector}{color-scheme:${scheme};${Object.entries(tokens)
		.map(([name, value]) => `${name}:${value}`)
		.join(';')}}`;

/** `:root[data-theme=…]` outranks app.css's `:root` in its dark-scheme block; on an element the tokens are its own. */
export function themeCss(appCss: string): string {
	const { light, dark } = themeTokens(appCss);
	return [
		block(":root[data-theme='light'],[data-theme='light']", 'light', light),
		block(":root[data-theme='dark'],[data-theme='dark']", 'dark', dark)
	].join('\n');
}

/** The themes an embed or an image can be asked for; `auto` follows the reader's setting. */
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
