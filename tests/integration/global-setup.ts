/** Integration tests need a migrated database; `npm test` (scripts/test.ts) provides one. */
export default function setup(): void {
  if (!process.env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Run the integration tests with `npm test -- integration`.");
  }
}
