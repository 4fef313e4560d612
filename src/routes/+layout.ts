// Every page is prerendered to a static file; /nl/ is written as nl/index.html.
export const prerender = true;
export const trailingSlash = 'always';
