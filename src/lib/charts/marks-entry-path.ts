// Where the built marks script is served (src/lib/server/marks-plugin.ts writes it; every page's
// root layout loads it).
export const MARKS_SCRIPT = '/chart-marks.js';
