// The cell types of data/ files: each parses one CSV cell (empty → null, never 0) and carries, in
// `.meta({ column })`, how the column is written in a Table Schema, so the codebook, data package,
// page rows and downloads are derived from the schemas in schema.ts.
import { z } from './zod.ts';
import * as msg from './messages.ts';

/** How a column is written in a Table Schema (Frictionless) and who reads it. */
export interface ColumnMeta {
	type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
	constraints?: {
		required?: boolean;
		enum?: readonly string[];
		pattern?: string;
		minimum?: number;
		maximum?: number;
	};
	/** Free text, which the CSV writer may prefix with ' (csv.ts); the codebook says so. */
	freeText?: boolean;
	/** Kept in data/ and the raw tables for maintainers; never on a page or in a row download. */
	maintainerOnly?: boolean;
}

declare module 'zod' {
	interface GlobalMeta {
		column?: ColumnMeta;
	}
}

const as = <T extends z.ZodType>(schema: T, column: ColumnMeta): T => schema.meta({ column });
const required = { required: true } as const;

/** Marks a column as maintainers' provenance: in data/ and observations.csv, never shown to readers. */
export const maintainerOnly = <T extends z.ZodType>(schema: T) =>
	// The flag on the schema object lets types (columns.ts) leave the column out as well.
	Object.assign(as(schema, { ...columnMeta(schema), maintainerOnly: true }), { maintainerOnly: true as const });

/** The Table Schema description of a column's cell type. */
export function columnMeta(schema: z.ZodType): ColumnMeta {
	const column = schema.meta()?.column;
	if (!column) throw new Error('schema.ts: a column without .meta({ column }) (use the cell types below)');
	return column;
}

export const text = as(z.string(), { type: 'string', freeText: true });
export const requiredText = as(z.string().min(1, { error: msg.required() }), {
	type: 'string',
	constraints: required,
	freeText: true
});
export const optionalText = as(
	z.string().transform((s) => (s === '' ? null : s)),
	{ type: 'string', freeText: true }
);

const codePattern = /^[A-Za-z0-9_+\-.]+$/;
export const code = as(
	z.string().min(1, { error: msg.required() }).refine((s) => codePattern.test(s), {
		error: (iss) => msg.notACode(String(iss.input))
	}),
	{ type: 'string', constraints: required }
);
export const optionalCode = as(
	z
		.string()
		.refine((s) => s === '' || codePattern.test(s), { error: (iss) => msg.notACode(String(iss.input)) })
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string' }
);

const numberPattern = /^-?\d+(\.\d+)?$/;
/** A published number as text: parsed, and its number of decimals kept ("9.0" has 1). */
export const publishedNumber = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => numberPattern.test(s), { error: (iss) => msg.notANumber(String(iss.input)) })
		.transform((s) => ({ value: Number(s), text: s, decimals: s.split('.')[1]?.length ?? 0 })),
	{ type: 'number', constraints: required }
);
export const optionalNumber = as(
	z
		.string()
		.refine((s) => s === '' || numberPattern.test(s), { error: (iss) => msg.notANumber(String(iss.input)) })
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'number' }
);
export const optionalCount = as(
	z
		.string()
		.refine((s) => s === '' || /^\d+$/.test(s), { error: (iss) => msg.notAnInteger(String(iss.input)) })
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'integer', constraints: { minimum: 0 } }
);
export const integer = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => /^-?\d+$/.test(s), { error: (iss) => msg.notAnInteger(String(iss.input)) })
		.transform(Number),
	{ type: 'integer', constraints: required }
);
export const optionalYear = as(
	z
		.string()
		.refine((s) => s === '' || (/^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2100), {
			error: (iss) => msg.notAYear(String(iss.input))
		})
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'integer', constraints: { minimum: 1900, maximum: 2100 } }
);
export const optionalYearMonth = as(
	z
		.string()
		.refine((s) => s === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
			error: (iss) => msg.notAYearMonth(String(iss.input))
		})
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string', constraints: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } }
);
export const boolean = as(
	z
		.string()
		.refine((s) => s === 'true' || s === 'false', { error: (iss) => msg.notABoolean(String(iss.input)) })
		.transform((s) => s === 'true'),
	{ type: 'boolean', constraints: required }
);
export const optionalBoolean = as(
	z
		.string()
		.refine((s) => s === '' || s === 'true' || s === 'false', { error: (iss) => msg.notABoolean(String(iss.input)) })
		.transform((s) => (s === '' ? null : s === 'true')),
	{ type: 'boolean' }
);
export const url = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => /^https?:\/\/\S+$/.test(s), { error: (iss) => msg.notAUrl(String(iss.input)) }),
	{ type: 'string', constraints: required }
);
export const codeList = as(
	z
		.string()
		.refine((s) => s === '' || s.split(';').every((c) => codePattern.test(c.trim())), {
			error: (iss) => msg.notACode(String(iss.input))
		})
		.transform((s) => (s === '' ? [] : s.split(';').map((c) => c.trim()))),
	{ type: 'string' }
);
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	const schema = z.string().refine((s): s is T[number] => (values as readonly string[]).includes(s), {
		error: (iss) => msg.notOneOf(String(iss.input), values)
	}) as unknown as z.ZodType<T[number], string>;
	return as(schema, { type: 'string', constraints: { required: true, enum: values } });
}

/** A year range as published, written the same in every language ("2014-2015", "2023-24"). */
export const optionalPeriod = as(
	z
		.string()
		.refine((s) => s === '' || /^\d{4}(-\d{2}|-\d{4})?$/.test(s), {
			error: (iss) => msg.notAPeriod(String(iss.input))
		})
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string', constraints: { pattern: '^\\d{4}(-\\d{2}|-\\d{4})?$' } }
);

/** A file checksum: 64 lower-case hex digits (SHA-256). */
export const optionalSha256 = as(
	z
		.string()
		.refine((s) => s === '' || /^[0-9a-f]{64}$/.test(s), { error: (iss) => msg.notASha256(String(iss.input)) })
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string', constraints: { pattern: '^[0-9a-f]{64}$' } }
);
