import type { DMMF } from "@prisma/client/runtime/client";

/**
 * How Prisma's PostgreSQL connector turns a field into SQL, spelled the way PostgreSQL prints
 * it back (format_type for types, pg_get_expr for defaults), so an introspected database can
 * be compared with schema.prisma as it is. The cases ClaimDesk's schema does not use are
 * checked against a real server in tests/integration/schema-shape-mapping.test.ts.
 */

export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

/** Database names of enums and their values (@map, @@map). */
export interface EnumNames {
  enumName(name: string): string;
  enumValueName(enumName: string, value: string): string;
}

export function sqlAction(prismaAction: string): ReferentialAction {
  const actions: Record<string, ReferentialAction> = {
    Cascade: "CASCADE",
    Restrict: "RESTRICT",
    NoAction: "NO ACTION",
    SetNull: "SET NULL",
    SetDefault: "SET DEFAULT",
  };
  const action = actions[prismaAction];
  if (!action) throw new Error(`Unknown referential action ${prismaAction}`);
  return action;
}

/** Prisma's default types for PostgreSQL when a field has no @db.* attribute. */
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

const withArguments = (name: string, args: readonly string[]) => (args.length ? `${name}(${args.join(",")})` : name);

/** @db.* attributes of the PostgreSQL connector, as format_type spells the type they create. */
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Text: () => "text",
  VarChar: (args) => withArguments("character varying", args),
  Char: (args) => withArguments("character", args.length ? args : ["1"]),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Bit: (args) => withArguments("bit", args.length ? args : ["1"]),
  VarBit: (args) => withArguments("bit varying", args),
  Boolean: () => "boolean",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Oid: () => "oid",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: (args) => withArguments("numeric", args),
  Money: () => "money",
  Timestamp: (args) => `${withArguments("timestamp", args)} without time zone`,
  Timestamptz: (args) => `${withArguments("timestamp", args)} with time zone`,
  Date: () => "date",
  Time: (args) => `${withArguments("time", args)} without time zone`,
  Timetz: (args) => `${withArguments("time", args)} with time zone`,
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

/** The PostgreSQL column type Prisma creates for a scalar or enum field. */
export function columnType(field: DMMF.Field, schema: EnumNames): string {
  let type: string | undefined;
  if (field.kind === "enum") type = quoteIdentifier(schema.enumName(field.type));
  else if (field.nativeType) type = NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]);
  else type = SCALAR_TYPES[field.type];
  if (!type) throw new Error(`No PostgreSQL type for ${field.name}: ${field.type} ${field.nativeType?.[0] ?? ""}`);
  return field.isList ? `${type}[]` : type;
}

/**
 * The DEFAULT Prisma writes into the table, as pg_get_expr prints it back; null where the
 * default is client-side (uuid(), cuid(), @updatedAt) or there is none.
 */
export function columnDefault(field: DMMF.Field, type: string, sequenceName: string, schema: EnumNames): string | null {
  const value = field.default;
  if (value === undefined) return null;
  const unsupported = () =>
    new Error(`No rule for the default of ${field.name} (${JSON.stringify(value)}) in prisma-postgres-types.ts yet.`);
  if (Array.isArray(value)) {
    if (value.length === 0) return `ARRAY[]::${type}`;
    throw unsupported();
  }
  if (typeof value === "object") {
    const fn = value as DMMF.FieldDefault;
    if (["uuid", "cuid", "ulid", "nanoid"].includes(fn.name)) return null;
    if (fn.name === "now") return "CURRENT_TIMESTAMP";
    if (fn.name === "autoincrement") return `nextval('${quoteIdentifier(sequenceName)}'::regclass)`;
    // Written into the migration verbatim: spell it in schema.prisma the way PostgreSQL prints it.
    if (fn.name === "dbgenerated" && typeof fn.args[0] === "string") return fn.args[0];
    throw unsupported();
  }
  if (field.kind === "enum") return `${quoteLiteral(schema.enumValueName(field.type, String(value)))}::${type}`;
  if (field.type === "Boolean") return String(value);
  if (["Int", "BigInt", "Float", "Decimal"].includes(field.type)) return numericDefault(String(value));
  if (field.type === "String") return `${quoteLiteral(String(value))}::${type.replace(/\(.*\)$/, "")}`;
  throw unsupported();
}

/**
 * PostgreSQL prints non-negative integer and numeric constants bare and the rest quoted with
 * a cast: the parser reads -3 as an integer constant, -1.5 as numeric, 5000000000 as bigint.
 */
function numericDefault(literal: string): string {
  const negative = literal.startsWith("-");
  const isInteger = /^-?\d+$/.test(literal);
  const fitsInteger = isInteger && Math.abs(Number(literal)) <= 2_147_483_647;
  if (!negative && (fitsInteger || !isInteger)) return literal;
  return `'${literal}'::${fitsInteger ? "integer" : isInteger ? "bigint" : "numeric"}`;
}

/** Prisma's default constraint and index names: table_columns_suffix, cut to PostgreSQL's 63 bytes. */
export function constraintName(table: string, columns: string[], suffix: "pkey" | "key" | "idx" | "fkey"): string {
  const base = [table, ...columns].join("_");
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

/** As PostgreSQL quotes an identifier (reserved words aside, which Prisma names rarely are). */
function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
