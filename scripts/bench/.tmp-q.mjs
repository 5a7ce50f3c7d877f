import pg from "pg";
const client = new pg.Client({ connectionString: "postgresql://claimdesk:claimdesk@127.0.0.1:55417/m" });
await client.connect();
for (const sql of process.argv.slice(2)) {
  const t = performance.now();
  const r = await client.query(sql);
  const rows = Array.isArray(r) ? r.at(-1).rows : r.rows;
  console.log(`${(performance.now() - t).toFixed(0)} ms`, JSON.stringify(rows?.slice(0, 30)));
}
await client.end();
