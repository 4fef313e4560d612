// Embeds ship no framework JavaScript: both charts and their text are in the HTML; one small external
// script (embed-child.js) tells the host page the height and moves focus between marks.
export const csr = false;
