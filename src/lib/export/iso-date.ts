// A date written YYYY-MM-DD that exists (no 2024-02-30), checked without the download row code, so
// the citation on a page does not bring the schema into the client (issue #13).

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `value` is a real calendar date written `YYYY-MM-DD`. */
export function assertIsoDate(value: string, what: string): void {
	const m = isoDate.exec(value);
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!date || date.toISOString().slice(0, 10) !== value) {
		throw new RangeError(`${what}: "${value}" is not an ISO date (YYYY-MM-DD)`);
	}
}
