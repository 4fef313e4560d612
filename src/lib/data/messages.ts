// Every validation message in one place, so the validator and its tests use the same words.
export const notANumber = (seen: string) => `"${seen}" is not a number`;
export const notAnInteger = (seen: string) => `"${seen}" is not an integer`;
export const notAYear = (seen: string) => `"${seen}" is not a year (1900-2100)`;
export const notAPeriod = (seen: string) =>
	`"${seen}" is not a period (YYYY-YY or YYYY-YYYY, the same in every language; say more in the note)`;
export const notAYearMonth = (seen: string) => `"${seen}" is not a month (YYYY-MM)`;
export const notABoolean = (seen: string) => `"${seen}" is not true or false`;
export const notAUrl = (seen: string) => `"${seen}" is not an http(s) URL`;
export const notACode = (seen: string) => `"${seen}" is not a code (letters, digits, _ - + only)`;
export const notOneOf = (seen: string, allowed: readonly string[]) =>
	`"${seen}" is not one of ${allowed.join(', ')}`;
export const required = () => `is empty but required`;
export const missingTranslation = () =>
	`is empty while this text is given in another language (a reader text needs nl, fr and en)`;
const conceptName = (concept: string) => (concept ? `concept "${concept}"` : 'no concept');
export const seriesConceptClash = (series: string, concept: string, other: string, firstLine: number) =>
	`series "${series}" has ${conceptName(other)} on line ${firstLine} and ${conceptName(concept)} here: every indicator of a series has one concept`;
export const lonelyConcept = (concept: string) =>
	`concept "${concept}" has only this indicator: a concept groups look-alikes, so it needs at least two`;
export const unknownReference = (seen: string, file: string) => `"${seen}" is not defined in ${file}`;
export const unknownGroup = (group: string, breakdown: string) =>
	`"${group}" is not a group of breakdown "${breakdown}" in dimensions.csv`;
export const duplicateKey = (key: string, firstLine: number) => `duplicate key ${key} (first on line ${firstLine})`;
export const duplicatePreferred = (key: string, firstLine: number) =>
	`two preferred rows for ${key} (the other on line ${firstLine}); mark one preferred=false`;
export const seriesCellClash = (series: string, other: string, firstLine: number) =>
	`series "${series}" already has this year-region-group cell from indicator "${other}" (line ${firstLine})`;
export const unknownSplit = (seen: string) =>
	`"${seen}" is not a split (region, europe, or a breakdown code of dimensions.csv)`;
export const noTileFigure = (indicator: string, region: string) =>
	`indicator "${indicator}" has no preferred total for region "${region}" to show on a tile`;
export const outsidePercent = (value: number) => `${value} is outside 0-100 for a percent`;
export const ciOrder = (low: number, value: number, high: number) =>
	`value ${value} is not inside its confidence interval [${low}, ${high}]`;
export const ciHalf = () => `ci_low and ci_high must both be given or both be empty`;
export const valueNotInQuote = (value: string) => `value ${value} does not appear in source_quote`;
export const notASha256 = (seen: string) => `"${seen}" is not a SHA-256 checksum (64 lower-case hex digits)`;
export const noProvenance = () =>
	`is empty: a row needs either source_quote or source_table, source_table_sha256 and source_row`;
export const twoProvenances = () =>
	`a row has either source_quote (a quoted figure) or source_table (a table row), not both`;
export const tableFieldMissing = () => `is empty while source_table is given (a table row needs file, checksum and row)`;
export const missingColumn = (column: string) => `missing column "${column}" in header`;
export const unexpectedColumn = (column: string) => `unexpected column "${column}" in header`;
export const wrongCellCount = (seen: number, expected: number) => `row has ${seen} cells, header has ${expected}`;
export const unclosedQuote = () => `quoted cell is never closed`;
export const csvSyntax = (message: string) => `CSV syntax: ${message}`;
export const invalidUtf8 = () => `file is not valid UTF-8`;
export const emptyFile = () => `file is empty (a header row is required)`;
export const missingFile = () => `required file is missing`;
export const noObservationFiles = () => `no observation files found (data/observations/*.csv)`;
