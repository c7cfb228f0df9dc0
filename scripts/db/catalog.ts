// A structural description of the `public` schema, read straight from pg_catalog, and a diff
// between two of them. It exists because the usual drift check (Prisma introspecting the
// database and diffing it with the schema) cannot run here: introspection through the pg
// driver adapter fails. Comparing a database built from the committed migrations with one
// built from the current schema proves the same thing without Prisma in the loop.
//
// What is deliberately NOT compared: column order (ALTER TABLE ADD COLUMN appends, a fresh
// CREATE TABLE follows the schema; Prisma does not care), NOT NULL constraint names
// (PostgreSQL ≥ 18 names them after the table; nullability is compared per column), OIDs,
// ownership and privileges. Enum value ORDER is compared: it changes ORDER BY results.

import pg from "pg";

export interface ColumnInfo {
  type: string;
  nullable: boolean;
  default: string | null;
  /** "" | "always" | "by default" */
  identity: string;
  /** Expression of a GENERATED ... STORED column, or null. */
  generated: string | null;
  /** Only when it differs from the type's default collation. */
  collation: string | null;
}

export interface ForeignKeyInfo {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
  definition: string;
}

export interface TableInfo {
  columns: Record<string, ColumnInfo>;
  primaryKey: { name: string; columns: string[] } | null;
  uniqueConstraints: Record<string, string>;
  /** Every index, including those backing primary keys and unique constraints. */
  indexes: Record<string, string>;
  foreignKeys: Record<string, ForeignKeyInfo>;
  checks: Record<string, string>;
  triggers: Record<string, string>;
}

export interface CatalogSnapshot {
  tables: Record<string, TableInfo>;
  /** Enum name → values in their sort order. */
  enums: Record<string, string[]>;
  sequences: Record<string, string>;
  views: Record<string, string>;
  functions: Record<string, string>;
  extensions: string[];
}

const SCHEMA = "public";
const EXCLUDED_TABLES = new Set(["_prisma_migrations"]);

const FK_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** Strips the schema qualifier pg_get_*def adds, so definitions read like the migration SQL. */
function normalise(def: string): string {
  return def.replace(/\bpublic\./g, "").replace(/\s+/g, " ").trim();
}

function byName<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

export async function describeDatabase(connectionString: string): Promise<CatalogSnapshot> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    // Definitions printed by pg_get_*def depend on search_path; pin it so A and B print alike.
    await client.query(`SET search_path = ${SCHEMA}`);
    const q = async <R extends pg.QueryResultRow>(sql: string): Promise<R[]> =>
      (await client.query<R>(sql, [SCHEMA])).rows;

    const tableRows = await q<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY 1`);
    const tables: Record<string, TableInfo> = {};
    for (const { table } of byName(tableRows, (r) => r.table)) {
      if (EXCLUDED_TABLES.has(table)) continue;
      tables[table] = {
        columns: {},
        primaryKey: null,
        uniqueConstraints: {},
        indexes: {},
        foreignKeys: {},
        checks: {},
        triggers: {},
      };
    }
    const tableOf = (name: string): TableInfo | undefined => tables[name];

    const columns = await q<{
      table: string; column: string; type: string; notnull: boolean; default: string | null;
      identity: string; generated: string; collation: string | null;
    }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS notnull,
             CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default,
             a.attidentity AS identity,
             CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) ELSE '' END AS generated,
             CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      LEFT JOIN pg_collation co ON co.oid = a.attcollation
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY 1, 2`);
    for (const col of byName(columns, (r) => `${r.table}\u0000${r.column}`)) {
      const table = tableOf(col.table);
      if (!table) continue;
      table.columns[col.column] = {
        type: col.type,
        nullable: !col.notnull,
        default: col.default === null ? null : normalise(col.default),
        identity: col.identity === "a" ? "always" : col.identity === "d" ? "by default" : "",
        generated: col.generated ? normalise(col.generated) : null,
        collation: col.collation,
      };
    }

    // NOT NULL constraints ('n', PostgreSQL ≥ 18) are covered by ColumnInfo.nullable.
    const constraints = await q<{
      table: string; name: string; type: string; def: string; columns: string[] | null;
      ref_table: string | null; ref_columns: string[] | null; deltype: string; updtype: string;
    }>(`
      SELECT c.relname AS table, con.conname AS name, con.contype AS type,
             pg_get_constraintdef(con.oid, true) AS def,
             ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                   ORDER BY k.i)::text[] AS columns,
             rc.relname AS ref_table,
             ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                   ORDER BY k.i)::text[] AS ref_columns,
             con.confdeltype AS deltype, con.confupdtype AS updtype
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class rc ON rc.oid = con.confrelid
      WHERE n.nspname = $1 AND con.contype IN ('p', 'u', 'f', 'c', 'x')
      ORDER BY 1, 2`);
    for (const con of byName(constraints, (r) => `${r.table}\u0000${r.name}`)) {
      const table = tableOf(con.table);
      if (!table) continue;
      const def = normalise(con.def);
      switch (con.type) {
        case "p":
          table.primaryKey = { name: con.name, columns: con.columns ?? [] };
          break;
        case "u":
        case "x":
          table.uniqueConstraints[con.name] = def;
          break;
        case "c":
          table.checks[con.name] = def;
          break;
        case "f":
          table.foreignKeys[con.name] = {
            columns: con.columns ?? [],
            referencedTable: con.ref_table ?? "?",
            referencedColumns: con.ref_columns ?? [],
            onDelete: FK_ACTIONS[con.deltype] ?? con.deltype,
            onUpdate: FK_ACTIONS[con.updtype] ?? con.updtype,
            definition: def,
          };
          break;
      }
    }

    const indexes = await q<{ table: string; name: string; def: string }>(`
      SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
      FROM pg_index x
      JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1
      ORDER BY 1, 2`);
    for (const idx of byName(indexes, (r) => `${r.table}\u0000${r.name}`)) {
      const table = tableOf(idx.table);
      if (table) table.indexes[idx.name] = normalise(idx.def);
    }

    const triggers = await q<{ table: string; name: string; def: string }>(`
      SELECT c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid, true) AS def
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT t.tgisinternal
      ORDER BY 1, 2`);
    for (const trg of byName(triggers, (r) => `${r.table}\u0000${r.name}`)) {
      const table = tableOf(trg.table);
      if (table) table.triggers[trg.name] = normalise(trg.def);
    }

    const enumRows = await q<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t
      JOIN pg_namespace n ON n.oid = t.typnamespace
      JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1
      GROUP BY t.typname
      ORDER BY 1`);
    const enums: Record<string, string[]> = {};
    for (const row of byName(enumRows, (r) => r.name)) enums[row.name] = row.values;

    // A SERIAL's sequence name is derived from its table and column, so it compares fine.
    const sequenceRows = await q<{ name: string; def: string }>(`
      SELECT s.relname AS name,
             format('%s start %s increment %s min %s max %s cycle %s owned by %s',
                    format_type(q.seqtypid, NULL), q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcycle,
                    COALESCE((SELECT tc.relname || '.' || a.attname FROM pg_depend d
                              JOIN pg_class tc ON tc.oid = d.refobjid
                              JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                              WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass
                                AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                              LIMIT 1), '-')) AS def
      FROM pg_class s
      JOIN pg_namespace n ON n.oid = s.relnamespace
      JOIN pg_sequence q ON q.seqrelid = s.oid
      WHERE n.nspname = $1 AND s.relkind = 'S'
      ORDER BY 1`);
    const sequences: Record<string, string> = {};
    for (const row of byName(sequenceRows, (r) => r.name)) sequences[row.name] = row.def;

    const viewRows = await q<{ name: string; def: string }>(`
      SELECT c.relname AS name, c.relkind::text || ':' || pg_get_viewdef(c.oid, true) AS def
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('v', 'm')
      ORDER BY 1`);
    const views: Record<string, string> = {};
    for (const row of byName(viewRows, (r) => r.name)) views[row.name] = normalise(row.def);

    // Functions belonging to an extension are the extension's business, not the schema's.
    const functionRows = await q<{ name: string; def: string }>(`
      SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
             pg_get_functiondef(p.oid) AS def
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.prokind IN ('f', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1`);
    const functions: Record<string, string> = {};
    for (const row of byName(functionRows, (r) => r.name)) functions[row.name] = normalise(row.def);

    const extensionRows = await q<{ name: string }>(`
      SELECT e.extname AS name FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE n.nspname = $1 ORDER BY 1`);
    const extensions = byName(extensionRows, (r) => r.name).map((r) => r.name);

    return { tables, enums, sequences, views, functions, extensions };
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------

function sortedUnion(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Human-readable differences between two snapshots, in a stable order; [] when identical.
 * Each line names where the object lives, so a failing test points at the exact culprit.
 */
export function diffCatalogs(
  a: CatalogSnapshot,
  b: CatalogSnapshot,
  labels: { a: string; b: string } = { a: "A", b: "B" },
): string[] {
  const out: string[] = [];

  const compareMaps = <T>(
    where: string,
    kind: string,
    left: Record<string, T>,
    right: Record<string, T>,
    compareItem?: (path: string, x: T, y: T) => void,
  ) => {
    for (const key of sortedUnion(left, right)) {
      const x = left[key];
      const y = right[key];
      const path = `${where}${kind} "${key}"`;
      if (x === undefined) out.push(`${path}: only in ${labels.b}`);
      else if (y === undefined) out.push(`${path}: only in ${labels.a}`);
      else if (compareItem) compareItem(path, x, y);
      else if (show(x) !== show(y)) out.push(`${path}: ${labels.a}=${show(x)} ≠ ${labels.b}=${show(y)}`);
    }
  };

  const compareFields = <T extends object>(path: string, x: T, y: T) => {
    for (const field of Object.keys({ ...x, ...y }).sort()) {
      const vx = show((x as Record<string, unknown>)[field]);
      const vy = show((y as Record<string, unknown>)[field]);
      if (vx !== vy) out.push(`${path}: ${field} ${labels.a}=${vx} ≠ ${labels.b}=${vy}`);
    }
  };

  compareMaps("", "enum", a.enums, b.enums, (path, x, y) => {
    if (show(x) === show(y)) return;
    const sameSet = show([...x].sort()) === show([...y].sort());
    out.push(
      sameSet
        ? `${path}: same values in a different order (${labels.a}=${show(x)}, ${labels.b}=${show(y)})`
        : `${path}: values ${labels.a}=${show(x)} ≠ ${labels.b}=${show(y)}`,
    );
  });

  compareMaps("", "table", a.tables, b.tables, (path, x, y) => {
    const where = `${path}.`;
    compareMaps(where, "column", x.columns, y.columns, compareFields);
    if (show(x.primaryKey) !== show(y.primaryKey)) {
      out.push(`${path}: primary key ${labels.a}=${show(x.primaryKey)} ≠ ${labels.b}=${show(y.primaryKey)}`);
    }
    compareMaps(where, "unique constraint", x.uniqueConstraints, y.uniqueConstraints);
    compareMaps(where, "index", x.indexes, y.indexes);
    compareMaps(where, "foreign key", x.foreignKeys, y.foreignKeys, compareFields);
    compareMaps(where, "check", x.checks, y.checks);
    compareMaps(where, "trigger", x.triggers, y.triggers);
  });

  compareMaps("", "sequence", a.sequences, b.sequences);
  compareMaps("", "view", a.views, b.views);
  compareMaps("", "function", a.functions, b.functions);
  const extA = Object.fromEntries(a.extensions.map((e) => [e, true]));
  const extB = Object.fromEntries(b.extensions.map((e) => [e, true]));
  compareMaps("", "extension", extA, extB);

  return out;
}
