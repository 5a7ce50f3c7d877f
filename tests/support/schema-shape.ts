import { isDeepStrictEqual } from "node:util";
import type { DMMF } from "@prisma/client/runtime/client";
import {
  columnDefault,
  columnType,
  constraintName,
  type EnumNames,
  type ReferentialAction,
  sqlAction,
} from "./prisma-postgres-types";

/**
 * A PostgreSQL schema reduced to what schema.prisma can say about it, as plain objects keyed by
 * name, so the migrated database and Prisma's reading of schema.prisma can be compared with a
 * readable diff. Types and defaults are spelled as PostgreSQL prints them (format_type,
 * pg_get_expr), so the database side is taken as it is and only this side translates.
 */
export interface SchemaShape {
  extensions: string[];
  /** Functions written in migrations, by signature (extension functions are the extension's). */
  functions: string[];
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  /** Unique and plain indexes by name; the primary key's index is `primaryKey`. */
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
  /** CHECK and EXCLUDE constraints with their definitions: schema.prisma cannot declare them. */
  constraints: Record<string, string>;
  triggers: Record<string, string>;
}

export interface ColumnShape {
  /** As format_type prints it: "timestamp(3) without time zone", "\"Role\"", "uuid[]". */
  type: string;
  nullable: boolean;
  /** As pg_get_expr prints it: "CURRENT_TIMESTAMP", "'NEW'::\"ClaimStatus\"", "0". */
  default: string | null;
  /** The expression of a GENERATED ALWAYS AS column. */
  generated?: string;
  identity?: "ALWAYS" | "BY DEFAULT";
}

export interface IndexShape {
  unique: boolean;
  /** Access method: btree, gin, gist, hash, spgist, brin. */
  method: string;
  /** Key columns in order: "column", "column DESC", "column gist_trgm_ops", or an expression. */
  columns: string[];
  /** The predicate of a partial index. */
  where?: string;
}

export interface ForeignKeyShape {
  columns: string[];
  /** "Table(column, ...)". */
  references: string;
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

/** What `prisma migrate` would create for this datamodel on PostgreSQL. */
export function expectedSchemaShape(datamodel: DMMF.Datamodel): SchemaShape {
  const schema = new PrismaNames(datamodel);
  return {
    extensions: [],
    functions: [],
    enums: Object.fromEntries(
      datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name)]),
    ),
    tables: Object.fromEntries(
      datamodel.models.map((model) => [schema.table(model.name), expectedTable(model, datamodel, schema)]),
    ),
  };
}

function expectedTable(model: DMMF.Model, datamodel: DMMF.Datamodel, schema: PrismaNames): TableShape {
  const table = schema.table(model.name);
  const indexes = datamodel.indexes.filter((index) => index.model === model.name);
  const primaryKey = indexes.find((index) => index.type === "id");
  const scalars = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
  return {
    columns: Object.fromEntries(
      scalars.map((field) => [schema.column(model, field.name), expectedColumn(table, field, schema)]),
    ),
    primaryKey: primaryKey
      ? {
          name: primaryKey.dbName ?? constraintName(table, [], "pkey"),
          columns: indexColumns(model, primaryKey, schema),
        }
      : null,
    indexes: Object.fromEntries(indexes.flatMap((index) => expectedIndex(model, index, schema))),
    foreignKeys: Object.fromEntries(model.fields.flatMap((field) => expectedForeignKey(model, field, schema))),
    constraints: {},
    triggers: {},
  };
}

function expectedColumn(table: string, field: DMMF.Field, schema: PrismaNames): ColumnShape {
  const type = columnType(field, schema);
  return {
    type,
    // Prisma creates scalar lists without NOT NULL, even though the client never returns null for them.
    nullable: field.isList || !field.isRequired,
    default: columnDefault(field, type, `${table}_${field.dbName ?? field.name}_seq`, schema),
  };
}

/** A @unique, @@unique or @@index under its name; the primary key is described apart. */
function expectedIndex(model: DMMF.Model, index: DMMF.Index, schema: PrismaNames): [string, IndexShape][] {
  if (index.type !== "unique" && index.type !== "normal") return [];
  const columns = indexColumns(model, index, schema);
  const name =
    index.dbName ?? constraintName(schema.table(model.name), columns, index.type === "unique" ? "key" : "idx");
  const shape: IndexShape = {
    unique: index.type === "unique",
    method: (index.algorithm ?? "BTree").toLowerCase(),
    columns: index.fields.map((field, position) => {
      // Prisma's `ops:` names need translating to SQL operator classes; none is used yet.
      if (field.operatorClass)
        throw new Error(`${name}: operator class ${field.operatorClass} has no mapping in schema-shape.ts yet.`);
      return columns[position] + (field.sortOrder === "desc" ? " DESC" : "");
    }),
  };
  return [[name, shape]];
}

function indexColumns(model: DMMF.Model, index: DMMF.Index, schema: PrismaNames): string[] {
  return index.fields.map((field) => schema.column(model, field.name));
}

/** The foreign key a relation field with `fields:` creates, with Prisma's default actions. */
function expectedForeignKey(model: DMMF.Model, field: DMMF.Field, schema: PrismaNames): [string, ForeignKeyShape][] {
  if (field.kind !== "object" || !field.relationFromFields?.length) {
    schema.assertNotImplicitManyToMany(model, field);
    return [];
  }
  const table = schema.table(model.name);
  const target = schema.model(field.type);
  const columns = field.relationFromFields.map((name) => schema.column(model, name));
  // `@relation(map: ...)` is not in the DMMF: such a key would show up here under its default name.
  return [
    [
      constraintName(table, columns, "fkey"),
      {
        columns,
        references: `${schema.table(target.name)}(${(field.relationToFields ?? []).map((name) => schema.column(target, name)).join(", ")})`,
        onDelete: sqlAction(field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")),
        onUpdate: sqlAction(field.relationOnUpdate ?? "Cascade"),
      },
    ],
  ];
}

/** Database names (@map, @@map) of the datamodel's models, fields and enums. */
class PrismaNames implements EnumNames {
  private readonly models: Map<string, DMMF.Model>;
  private readonly enums: Map<string, DMMF.DatamodelEnum>;

  constructor(datamodel: DMMF.Datamodel) {
    this.models = new Map(datamodel.models.map((model) => [model.name, model]));
    this.enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  }

  model(name: string): DMMF.Model {
    const model = this.models.get(name);
    if (!model) throw new Error(`Unknown model ${name}`);
    return model;
  }

  table(modelName: string): string {
    return this.model(modelName).dbName ?? modelName;
  }

  /** A field's column; Unsupported(...) fields are not in the DMMF but can be indexed, under their own name. */
  column(model: DMMF.Model, fieldName: string): string {
    return model.fields.find((field) => field.name === fieldName)?.dbName ?? fieldName;
  }

  enumName(name: string): string {
    return this.enums.get(name)?.dbName ?? name;
  }

  enumValueName(enumName: string, value: string): string {
    return this.enums.get(enumName)?.values.find((v) => v.name === value)?.dbName ?? value;
  }

  /** Implicit many-to-many relations create a join table this module does not describe yet. */
  assertNotImplicitManyToMany(model: DMMF.Model, field: DMMF.Field): void {
    if (field.kind !== "object" || !field.isList) return;
    const target = this.model(field.type);
    const back = target.fields.find((other) => other.relationName === field.relationName && other !== field);
    if (back?.isList) {
      throw new Error(
        `${model.name}.${field.name} is an implicit many-to-many relation: describe its join table in schema-shape.ts.`,
      );
    }
  }
}

/** A raw-SQL addition that schema.prisma cannot express, allowed in the database with a reason. */
export type AllowedExtra = { reason: string } & (
  | { extension: string }
  | { function: string }
  | { table: string; column: string }
  | { table: string; generatedColumn: string }
  | { table: string; index: string }
  | { table: string; constraint: string }
  | { table: string; trigger: string }
);

/** The shape without the allowed extras, and the extras that were not there to remove (a stale list). */
export function withoutAllowedExtras(
  shape: SchemaShape,
  extras: AllowedExtra[],
): { shape: SchemaShape; notFound: AllowedExtra[] } {
  const rest = structuredClone(shape);
  return { shape: rest, notFound: extras.filter((extra) => !removeExtra(rest, extra)) };
}

function removeExtra(shape: SchemaShape, extra: AllowedExtra): boolean {
  const removeFrom = (list: string[], item: string) =>
    list.includes(item) && list.splice(list.indexOf(item), 1).length === 1;
  const removeKey = (record: Record<string, unknown> | undefined, key: string) =>
    record !== undefined && key in record && delete record[key];
  if ("extension" in extra) return removeFrom(shape.extensions, extra.extension);
  if ("function" in extra) return removeFrom(shape.functions, extra.function);
  const table = shape.tables[extra.table];
  if ("column" in extra) return removeKey(table?.columns, extra.column);
  if ("index" in extra) return removeKey(table?.indexes, extra.index);
  if ("constraint" in extra) return removeKey(table?.constraints, extra.constraint);
  if ("trigger" in extra) return removeKey(table?.triggers, extra.trigger);
  const column = table?.columns[extra.generatedColumn];
  return column?.generated !== undefined && delete column.generated;
}

/** One line per difference, by path: what schema.prisma declares against what the database has. */
export function listDifferences(expected: unknown, actual: unknown, path = ""): string[] {
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => listDifferences(expected[key], actual[key], path ? `${path}.${key}` : key));
  }
  if (isDeepStrictEqual(expected, actual)) return [];
  if (actual === undefined) return [`${path}: missing from the database (schema.prisma: ${JSON.stringify(expected)})`];
  if (expected === undefined) return [`${path}: not in schema.prisma (database: ${JSON.stringify(actual)})`];
  return [`${path}: schema.prisma ${JSON.stringify(expected)}, database ${JSON.stringify(actual)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
