import type pg from "pg";
import type { ReferentialAction } from "./prisma-postgres-types";
import type { ColumnShape, ForeignKeyShape, IndexShape, SchemaShape, TableShape } from "./schema-shape";

/**
 * The `public` schema of a database, read from pg_catalog into the shape schema-shape.ts
 * builds from schema.prisma. Everything a migration can add is read — also what Prisma cannot
 * declare (functions, triggers, CHECKs, generated columns) — so nothing unlisted slips by.
 * Prisma's bookkeeping table `_prisma_migrations` is not part of the model.
 */
export async function introspectSchema(client: pg.Client): Promise<SchemaShape> {
  const tables: Record<string, TableShape> = {};
  const table = (name: string) =>
    (tables[name] ??= { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {}, constraints: {}, triggers: {} });

  for (const row of await rows<{ table: string; column: string } & ColumnShape>(client, COLUMNS)) {
    const { table: name, column, generated, identity, ...rest } = row;
    table(name).columns[column] = {
      ...rest,
      ...(generated !== null && { generated }),
      ...(identity !== null && { identity }),
    };
  }
  for (const { table: name, name: index, where, ...rest } of await rows<{ table: string; name: string } & IndexShape>(
    client,
    INDEXES,
  )) {
    table(name).indexes[index] = { ...rest, ...(where !== null && { where }) };
  }
  for (const row of await rows<ConstraintRow>(client, CONSTRAINTS)) addConstraint(table(row.table), row);
  for (const row of await rows<{ table: string; name: string; definition: string }>(client, TRIGGERS)) {
    table(row.table).triggers[row.name] = row.definition;
  }
  const enums = await rows<{ name: string; values: string[] }>(client, ENUMS);
  return {
    extensions: (await rows<{ name: string }>(client, EXTENSIONS)).map((row) => row.name),
    functions: (await rows<{ signature: string }>(client, FUNCTIONS)).map((row) => row.signature),
    enums: Object.fromEntries(enums.map((row) => [row.name, row.values])),
    tables,
  };
}

async function rows<T>(client: pg.Client, sql: string): Promise<T[]> {
  return (await client.query(sql)).rows as T[];
}

interface ConstraintRow {
  table: string;
  name: string;
  type: "p" | "f" | "c" | "x";
  columns: string[];
  references: string | null;
  on_delete: string;
  on_update: string;
  definition: string;
}

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

function addConstraint(table: TableShape, row: ConstraintRow): void {
  if (row.type === "p") table.primaryKey = { name: row.name, columns: row.columns };
  else if (row.type === "f") table.foreignKeys[row.name] = foreignKey(row);
  else table.constraints[row.name] = row.definition;
}

function foreignKey(row: ConstraintRow): ForeignKeyShape {
  return {
    columns: row.columns,
    references: row.references!,
    onDelete: ACTIONS[row.on_delete]!,
    onUpdate: ACTIONS[row.on_update]!,
  };
}

// Tables, views and foreign tables of the model's schema; names come back as text, not `name`.
const RELATIONS = `
  SELECT c.oid, c.relname::text AS relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname <> '_prisma_migrations'`;

const COLUMNS = `
  SELECT r.relname AS table, a.attname::text AS column, format_type(a.atttypid, a.atttypmod) AS type,
    NOT a.attnotnull AS nullable,
    CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default,
    CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated,
    CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS identity
  FROM (${RELATIONS}) r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum`;

// Key columns only (INCLUDE columns are not something Prisma writes); an operator class is
// named only when it is not the type's default, and DESC / NULLS only when not the default.
const INDEXES = `
  SELECT r.relname AS table, i.relname::text AS name, x.indisunique AS unique, am.amname::text AS method,
    ARRAY(
      SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(x.indexrelid, k.position::int, true) ELSE a.attname::text END
        || CASE WHEN oc.opcdefault THEN '' ELSE ' ' || oc.opcname END
        || CASE WHEN k.option & 1 = 1 THEN ' DESC' ELSE '' END
        || CASE WHEN k.option & 3 = 2 THEN ' NULLS FIRST' WHEN k.option & 3 = 1 THEN ' NULLS LAST' ELSE '' END
      FROM unnest(x.indkey::int2[], x.indclass::oid[], x.indoption::int2[]) WITH ORDINALITY AS k(attnum, opclass, option, position)
      JOIN pg_opclass oc ON oc.oid = k.opclass
      LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
      WHERE k.position <= x.indnkeyatts
      ORDER BY k.position
    ) AS columns,
    pg_get_expr(x.indpred, x.indrelid) AS where
  FROM (${RELATIONS}) r
  JOIN pg_index x ON x.indrelid = r.oid AND NOT x.indisprimary
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_am am ON am.oid = i.relam`;

// PostgreSQL 18 also lists NOT NULL as constraints (contype 'n'); nullability is read per column.
const CONSTRAINTS = `
  SELECT r.relname AS table, con.conname::text AS name, con.contype::text AS type,
    ARRAY(
      SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.position
    ) AS columns,
    ref.relname || '(' || array_to_string(ARRAY(
      SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.position
    ), ', ') || ')' AS references,
    con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
    pg_get_constraintdef(con.oid, true) AS definition
  FROM (${RELATIONS}) r
  JOIN pg_constraint con ON con.conrelid = r.oid AND con.contype IN ('p', 'f', 'c', 'x')
  LEFT JOIN pg_class ref ON ref.oid = con.confrelid`;

// Foreign keys are enforced by internal triggers; only triggers a migration created count.
const TRIGGERS = `
  SELECT r.relname AS table, t.tgname::text AS name, pg_get_triggerdef(t.oid, true) AS definition
  FROM (${RELATIONS}) r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal`;

const ENUMS = `
  SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE n.nspname = 'public' GROUP BY t.typname`;

// plpgsql is installed in every database by initdb.
const EXTENSIONS = `SELECT extname::text AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`;

// Functions an extension installed belong to that extension and are not listed one by one.
const FUNCTIONS = `
  SELECT p.oid::regprocedure::text AS signature
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  ORDER BY 1`;
