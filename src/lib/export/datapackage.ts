// A Frictionless Tabular Data Package descriptor (datapackage.json) for the CSV files we offer:
// https://specs.frictionlessdata.io/tabular-data-package/ (v1 profiles).
import { lineTerminator } from './csv.ts';
import type { TableField } from './fields.ts';

/** Package and resource names: lower case, digits, `.`, `_`, `-` (Frictionless v1). */
export const namePattern = /^[a-z0-9._-]+$/;

export interface PackageLicence {
	/** An Open Definition / SPDX id, e.g. "CC-BY-4.0"; `name` or `path` is required. */
	name?: string;
	path?: string;
	title: string;
}

export interface PackageSource {
	title: string;
	path?: string;
}

export interface ForeignKey {
	fields: readonly string[];
	/** `resource: ''` refers to the same resource. */
	reference: { resource: string; fields: readonly string[] };
}

export interface ResourceInput {
	name: string;
	/** Path of the CSV inside the package, e.g. "data/indicators.csv". */
	path: string;
	title?: string;
	description?: string;
	fields: readonly TableField[];
	primaryKey?: readonly string[];
	foreignKeys?: readonly ForeignKey[];
}

export interface PackageInput {
	name: string;
	title: string;
	/** Semantic version, e.g. "1.0.0". */
	version: string;
	/** ISO date or UTC date-time (build time, passed in). */
	created: string;
	description?: string;
	homepage?: string;
	licences: readonly PackageLicence[];
	sources: readonly PackageSource[];
	resources: readonly ResourceInput[];
}

export interface TableSchema {
	fields: TableField[];
	missingValues: string[];
	primaryKey?: string[];
	foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface TabularResource {
	profile: 'tabular-data-resource';
	name: string;
	path: string;
	title?: string;
	description?: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	dialect: { delimiter: ','; lineTerminator: typeof lineTerminator; quoteChar: '"'; doubleQuote: true; header: true };
	schema: TableSchema;
}

export interface DataPackage {
	profile: 'tabular-data-package';
	name: string;
	title: string;
	version: string;
	created: string;
	description?: string;
	homepage?: string;
	licenses: PackageLicence[];
	sources: PackageSource[];
	resources: TabularResource[];
}

function check(condition: boolean, message: string): asserts condition {
	if (!condition) throw new Error(`dataPackage: ${message}`);
}

function createdTime(created: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(created)) return `${created}T00:00:00Z`;
	const utc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
	check(utc.test(created), `created "${created}" is not an ISO date or UTC date-time`);
	return created;
}

function checkFieldsExist(names: Set<string>, fields: readonly string[], where: string): void {
	check(fields.length > 0, `${where}: no fields`);
	for (const f of fields) check(names.has(f), `${where}: unknown field "${f}"`);
}

function checkResource(r: ResourceInput, fieldNames: Map<string, Set<string>>): void {
	const names = fieldNames.get(r.name) ?? new Set<string>();
	if (r.primaryKey) checkFieldsExist(names, r.primaryKey, `${r.name} primaryKey`);
	for (const fk of r.foreignKeys ?? []) {
		const where = `${r.name} foreignKey ${fk.fields.join('+')}`;
		checkFieldsExist(names, fk.fields, where);
		const target = fieldNames.get(fk.reference.resource === '' ? r.name : fk.reference.resource);
		check(target !== undefined, `${where}: unknown resource "${fk.reference.resource}"`);
		checkFieldsExist(target, fk.reference.fields, `${where} reference`);
		check(fk.fields.length === fk.reference.fields.length, `${where}: field counts differ`);
	}
}

function resource(r: ResourceInput): TabularResource {
	const schema: TableSchema = { fields: r.fields.map((f) => ({ ...f })), missingValues: [''] };
	if (r.primaryKey) schema.primaryKey = [...r.primaryKey];
	if (r.foreignKeys?.length) {
		schema.foreignKeys = r.foreignKeys.map((fk) => ({
			fields: [...fk.fields],
			reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] }
		}));
	}
	return {
		profile: 'tabular-data-resource',
		name: r.name,
		path: r.path,
		...(r.title !== undefined ? { title: r.title } : {}),
		...(r.description !== undefined ? { description: r.description } : {}),
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		dialect: { delimiter: ',', lineTerminator, quoteChar: '"', doubleQuote: true, header: true },
		schema
	};
}

/**
 * Builds `datapackage.json` (profile tabular-data-package) with one tabular-data-resource per CSV,
 * written the way `toCsv` writes files (comma, CRLF, header row, UTF-8). Throws on a bad name,
 * duplicate resources or fields, and keys naming fields or resources that do not exist.
 */
export function dataPackage(input: PackageInput): DataPackage {
	check(namePattern.test(input.name), `package name "${input.name}" must match ${namePattern}`);
	check(/^\d+\.\d+\.\d+$/.test(input.version), `version "${input.version}" is not semantic (1.0.0)`);
	check(input.resources.length > 0, 'no resources');
	for (const l of input.licences) check(Boolean(l.name || l.path), `licence "${l.title}" needs a name or a path`);
	const fieldNames = new Map<string, Set<string>>();
	for (const r of input.resources) {
		check(namePattern.test(r.name), `resource name "${r.name}" must match ${namePattern}`);
		check(!fieldNames.has(r.name), `resource "${r.name}" appears twice`);
		check(r.fields.length > 0, `resource "${r.name}" has no fields`);
		const names = new Set(r.fields.map((f) => f.name));
		check(names.size === r.fields.length, `resource "${r.name}" repeats a field name`);
		fieldNames.set(r.name, names);
	}
	for (const r of input.resources) checkResource(r, fieldNames);
	return {
		profile: 'tabular-data-package',
		name: input.name,
		title: input.title,
		version: input.version,
		created: createdTime(input.created),
		...(input.description !== undefined ? { description: input.description } : {}),
		...(input.homepage !== undefined ? { homepage: input.homepage } : {}),
		licenses: input.licences.map((l) => ({ ...l })),
		sources: input.sources.map((s) => ({ ...s })),
		resources: input.resources.map(resource)
	};
}
