// Embeds ship no framework JavaScript: the chart and its text are in the HTML; one small external
// script (embed-child.js) tells the host page the height.
export const csr = false;
