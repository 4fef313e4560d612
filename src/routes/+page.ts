// The root sends readers to /nl/ (meta refresh) and links the three languages: nothing to hydrate,
// and no client code needs the three catalogues (issue #13).
export const csr = false;
