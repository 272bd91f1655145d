import pg from "pg";

/** The PostgreSQL server's maintenance database, where test databases are created and dropped. */
export const PG_ADMIN_URL =
  process.env.TEST_PG_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/test";

/** The URL of database `name` on the same server. */
export const pgUrl = (name: string) => {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Runs one statement on the maintenance database (CREATE / DROP DATABASE). */
export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
