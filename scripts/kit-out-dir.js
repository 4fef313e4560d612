// Where SvelteKit writes its output, shared by svelte.config.js and the build's own writers: its
// own folder per concurrent build (scripts/build-for-tests.mjs builds the fixture while the site
// builds; two builds sharing .svelte-kit/ break each other).
export const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** Kit's folder of prerendered files that are not pages; adapter-static moves it into build/. */
export const prerenderedDependencies = `${kitOutDir}/output/prerendered/dependencies`;
