/**
 * The app's own database role. Migrations run as the owner of the tables; the web app connects
 * as a role without superuser, table ownership or TRIGGER, that may only INSERT and SELECT on the
 * audit table: whatever happens to the app (a bug, an injected query), it cannot switch off the
 * audit trail's triggers, truncate it or rewrite it. Grants are applied again after every
 * migration run, so tables added later are covered.
 */
import pg from "pg";

/** The role `npm start` creates on its embedded PostgreSQL. */
export const EMBEDDED_APP_ROLE = { name: "claimdesk_app", password: "claimdesk_app" } as const;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The same database as `url`, reached as another role. */
export function urlAs(url: string, role: { name: string; password: string }): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role.name);
  next.password = encodeURIComponent(role.password);
  return next.toString();
}

/** Creates the role when missing (embedded server, tests), with exactly the rights below. */
export async function ensureAppRole(ownerUrl: string, role: { name: string; password: string }): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
    const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
    await client.query(
      `${verb} ROLE ${quoteIdent(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${quoteLiteral(role.password)}`,
    );
  });
  await grantAppRole(ownerUrl, role.name);
}

/** What the app may do: read and write its tables, only add to the audit trail, run the search functions. */
export async function grantAppRole(ownerUrl: string, roleName: string): Promise<void> {
  const role = quoteIdent(roleName);
  await withClient(ownerUrl, async (client) => {
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    await client.query(`
      GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${role};
      GRANT USAGE ON SCHEMA public TO ${role};
      REVOKE CREATE ON SCHEMA public FROM ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      REVOKE TRUNCATE, TRIGGER, REFERENCES ON ALL TABLES IN SCHEMA public FROM ${role};
      REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${role};
      REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role};
    `);
  });
}

/**
 * Why the role the app connects as could rewrite history, one sentence each (empty when it
 * cannot): a superuser or the audit table's owner can disable its triggers.
 */
export async function appRoleProblems(appUrl: string): Promise<string[]> {
  return withClient(appUrl, async (client) => {
    const { rows } = await client.query<{
      role: string;
      superuser: boolean;
      owner: string | null;
      canUpdate: boolean;
      canDelete: boolean;
      canTruncate: boolean;
      canTrigger: boolean;
    }>(`
      SELECT current_user AS role,
        (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
        (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'AuditEvent') AS owner,
        has_table_privilege('"AuditEvent"', 'UPDATE') AS "canUpdate",
        has_table_privilege('"AuditEvent"', 'DELETE') AS "canDelete",
        has_table_privilege('"AuditEvent"', 'TRUNCATE') AS "canTruncate",
        has_table_privilege('"AuditEvent"', 'TRIGGER') AS "canTrigger"`);
    const facts = rows[0]!;
    const problems: string[] = [];
    if (facts.superuser) problems.push(`the app connects as "${facts.role}", a PostgreSQL superuser`);
    else if (facts.owner === facts.role) problems.push(`the app's role "${facts.role}" owns the audit table`);
    const rights = (["UPDATE", "DELETE", "TRUNCATE", "TRIGGER"] as const).filter(
      (right) =>
        ({ UPDATE: facts.canUpdate, DELETE: facts.canDelete, TRUNCATE: facts.canTruncate, TRIGGER: facts.canTrigger })[
          right
        ],
    );
    if (!facts.superuser && rights.length > 0)
      problems.push(`the app's role "${facts.role}" holds ${rights.join(", ")} on the audit table`);
    return problems;
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
