import { appEnv } from "@/lib/config/env";
import { isDatabaseUnavailable, noteDatabaseUnreachable } from "@/lib/database-outage";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { logger } from "@/lib/log/logger";
import { requestLogger } from "@/lib/log/request-logger";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { endSession } from "@/lib/server/sessions/end-session";
import { startSession } from "@/lib/server/sessions/start-session";
import { checkSessionOnce } from "./active-session";
import { clientAddressFrom } from "./client-address";

declare module "next-auth" {
  interface Session {
    userId: string;
    /** The UserSession row this token stands for; every request checks it. */
    sessionId: string;
  }
}

class RateLimitedSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}
class DisabledSignIn extends CredentialsSignin {
  code = "disabled";
}
/** The database is unreachable: say the service is unavailable, not "wrong password" or a configuration error. */
class UnavailableSignIn extends CredentialsSignin {
  code = "unavailable";
}

/** Auth.js reports from inside a request, but its hook is synchronous and must never throw. */
function authLog() {
  return requestLogger().catch(() => logger);
}

let warnedUntrusted = false;
/** Behind a reverse proxy without TRUSTED_PROXIES, every client shares the proxy's login limits: say so, once. */
function warnOnceUntrusted(): void {
  if (warnedUntrusted) return;
  warnedUntrusted = true;
  void authLog().then((log) =>
    log.warn(
      "a sign-in carried X-Forwarded-For, which is ignored while TRUSTED_PROXIES is unset: behind a reverse proxy, " +
        "set it, or every client counts as the proxy's address for the login limits (README, Security notes)",
    ),
  );
}

/**
 * Sessions are JWTs that name a UserSession row (`sid`): the row, checked on every request,
 * decides whether the session still counts (signed out, idle, past its absolute end, ended by
 * a password change or an admin). Auth.js re-issues the cookie whenever it reads it; the row's
 * end (`sexp` in the token) never moves, so refreshing cannot keep a stolen token alive.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  // The app is self-hosted behind whatever host name the newsroom gives it.
  trustHost: true,
  secret: appEnv().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: appEnv().SESSION_MAX_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // Details stay in the server log; users see a generic message. A wrong password is not an error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      void authLog().then((log) => log.error({ err: error }, "auth error"));
    },
    warn(code) {
      void authLog().then((log) => log.warn({ code }, "auth warning"));
    },
    // No debug hook: Auth.js would call it even with debug off, with tokens in its metadata.
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const trusted = appEnv().TRUSTED_PROXIES;
        if ("hops" in trusted && trusted.hops === 0 && request.headers.has("x-forwarded-for")) warnOnceUntrusted();
        const check = await verifyCredentials(credentials, clientAddressFrom(request.headers, trusted)).catch(
          (error: unknown) => {
            if (!isDatabaseUnavailable(error)) throw error;
            noteDatabaseUnreachable();
            throw new UnavailableSignIn();
          },
        );
        if (check.ok) return { id: check.userId };
        if (check.reason === "rate_limited") throw new RateLimitedSignIn(check.retryAfterSeconds);
        if (check.reason === "disabled") throw new DisabledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const started = await startSession(user.id);
        token.sub = user.id;
        token.sid = started.sessionId;
        token.sexp = Math.floor(started.expiresAt.getTime() / 1000);
        return token;
      }
      // A token from before session rows, or past its absolute end: signed out, no database needed.
      if (typeof token.sid !== "string" || typeof token.sexp !== "number" || token.sexp * 1000 <= Date.now()) {
        return null;
      }
      try {
        if (!(await checkSessionOnce(token.sid))) return null;
      } catch (error) {
        // The database is unreachable: keep the cookie (Auth.js would delete it on null). Pages and
        // actions check the session again through the member loader and fail there, not sign out.
        void authLog().then((log) => log.warn({ err: error }, "session check failed"));
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub ?? "";
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
  events: {
    // Sign-out (the menu's server action or POST /api/auth/signout) ends the session on the server.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endSession(sessionId);
    },
  },
});
