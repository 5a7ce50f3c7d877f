import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The API token the current request acts through. Use cases record audit events with
 * `actorId: member.userId`, not the member, so the token travels beside them: the API layer runs
 * each token's request inside withActingToken, and recordAuditEvent reads actingTokenId().
 */
const holder = globalThis as unknown as { claimdeskActingToken?: AsyncLocalStorage<string> };
// One store per process even if a bundler loads this module twice (a route's chunk and an action's).
const actingToken = (holder.claimdeskActingToken ??= new AsyncLocalStorage<string>());

export function withActingToken<T>(tokenId: string, fn: () => T): T {
  return actingToken.run(tokenId, fn);
}

export function actingTokenId(): string | null {
  return actingToken.getStore() ?? null;
}
