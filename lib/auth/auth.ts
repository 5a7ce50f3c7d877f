import { appEnv } from "@/lib/config/env";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { logger } from "@/lib/log/logger";
import { requestLogger } from "@/lib/log/request-logger";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { clientAddressFrom } from "./client-address";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
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

/** Auth.js reports from inside a request, but its hook is synchronous and must never throw. */
function authLog() {
  return requestLogger().catch(() => logger);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The app is self-hosted behind whatever host name the newsroom gives it.
  trustHost: true,
  secret: appEnv().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        const check = await verifyCredentials(credentials, clientAddressFrom(request.headers));
        if (check.ok) return { id: check.userId, sessionVersion: check.sessionVersion };
        if (check.reason === "rate_limited") throw new RateLimitedSignIn(check.retryAfterSeconds);
        if (check.reason === "disabled") throw new DisabledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub ?? "";
      session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
});
