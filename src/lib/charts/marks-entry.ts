// The entry of /chart-marks.js (built by src/lib/server/marks-plugin.ts): every chart's marks, on
// every page and embed (embed-child.js loads it on first use).
import { attachMarks } from './marks-dom.ts';

attachMarks(document);
// Loaded on first use (an embed), a mark may already have the focus: show its tooltip now.
document.activeElement?.closest('[data-mark]')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
