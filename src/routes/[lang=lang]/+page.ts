// Nothing on the home page needs the app: links, native disclosure, text, and charts whose marks
// /chart-marks.js makes interactive. It ships no client code (issue #13: first paint and JavaScript).
export const csr = false;
