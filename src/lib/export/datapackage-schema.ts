// The required parts of the Frictionless v1 specs (Data Package, Tabular Data Resource, Table Schema,
// CSV Dialect) as a zod schema, to check descriptors in tests (unit and build output, check C8).
import { z } from '../data/zod.ts';

/** Every Table Schema field type of the v1 spec. */
export const frictionlessFieldTypes = [
	'string',
	'number',
	'integer',
	'boolean',
	'object',
	'array',
	'date',
	'time',
	'datetime',
	'year',
	'yearmonth',
	'duration',
	'geopoint',
	'geojson',
	'any'
] as const;

const name = z.string().regex(/^[a-z0-9._-]+$/);
const fieldList = z.array(z.string().min(1)).min(1);

const field = z.object({
	name: z.string().min(1),
	type: z.enum(frictionlessFieldTypes),
	description: z.string().min(1),
	constraints: z
		.object({
			required: z.boolean().optional(),
			enum: z.array(z.string()).min(1).optional(),
			pattern: z.string().optional(),
			minimum: z.number().optional(),
			maximum: z.number().optional()
		})
		.strict()
		.optional()
});

const tableSchema = z
	.object({
		fields: z.array(field).min(1),
		missingValues: z.array(z.string()),
		primaryKey: z.union([z.string(), fieldList]).optional(),
		foreignKeys: z
			.array(z.object({ fields: fieldList, reference: z.object({ resource: z.string(), fields: fieldList }) }))
			.optional()
	})
	.superRefine((schema, ctx) => {
		const names = new Set(schema.fields.map((f) => f.name));
		if (names.size !== schema.fields.length) ctx.addIssue({ code: 'custom', message: 'field names repeat' });
		const keys = [schema.primaryKey ?? []].flat().concat(schema.foreignKeys?.flatMap((k) => k.fields) ?? []);
		for (const key of keys) {
			if (!names.has(key)) ctx.addIssue({ code: 'custom', message: `key field "${key}" is not a field` });
		}
	});

const dialect = z.object({
	delimiter: z.string().length(1),
	lineTerminator: z.enum(['\r\n', '\n', '\r']),
	quoteChar: z.string().length(1).optional(),
	doubleQuote: z.boolean().optional(),
	header: z.boolean()
});

export const tabularResourceSchema = z.object({
	profile: z.literal('tabular-data-resource'),
	name,
	path: z.string().regex(/^(?!\/)(?!.*\.\.)[^\\]+$/, 'a relative POSIX path without ..'),
	title: z.string().optional(),
	description: z.string().optional(),
	format: z.literal('csv'),
	mediatype: z.literal('text/csv'),
	encoding: z.literal('utf-8'),
	dialect,
	schema: tableSchema
});

export const dataPackageSchema = z
	.object({
		profile: z.literal('tabular-data-package'),
		name,
		title: z.string().min(1),
		version: z.string().regex(/^\d+\.\d+\.\d+$/),
		created: z.iso.datetime(),
		description: z.string().optional(),
		homepage: z.url().optional(),
		licenses: z.array(
			z
				.object({ name: z.string().optional(), path: z.string().optional(), title: z.string() })
				.refine((l) => Boolean(l.name || l.path), 'a licence needs a name or a path')
		),
		sources: z.array(z.object({ title: z.string().min(1), path: z.string().optional() })),
		resources: z.array(tabularResourceSchema).min(1)
	})
	.superRefine((pkg, ctx) => {
		const resources = new Map(pkg.resources.map((r) => [r.name, new Set(r.schema.fields.map((f) => f.name))]));
		if (resources.size !== pkg.resources.length) ctx.addIssue({ code: 'custom', message: 'resource names repeat' });
		for (const r of pkg.resources) {
			for (const fk of r.schema.foreignKeys ?? []) {
				const target = resources.get(fk.reference.resource === '' ? r.name : fk.reference.resource);
				if (!target || !fk.reference.fields.every((f) => target.has(f))) {
					ctx.addIssue({
						code: 'custom',
						message: `${r.name}: foreign key to ${fk.reference.resource} names a missing field`
					});
				}
			}
		}
	});
