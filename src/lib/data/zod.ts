// zod, configured once for the whole site: every module imports `z` from here.
// jitless: zod 4 probes `new Function('')` to compile fast parsers. The site's CSP has no
// 'unsafe-eval', so in the browser (where the column declarations travel with the download code)
// that probe is a CSP violation on every page. The interpreted parser is plenty for our sizes.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
