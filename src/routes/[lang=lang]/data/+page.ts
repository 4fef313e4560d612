// Nothing on this page needs a script: links (the language switch keeps no view state here), native
// disclosure, text. It ships no client code (issue #13: first paint and JavaScript budget).
export const csr = false;
