import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { LOG_LEVELS } from "@/lib/log/log-level";

/**
 * Every environment variable ClaimDesk and its scripts read, validated in one place.
 * `.env.example` documents each one; `npm start` checks them all before anything starts,
 * and the app reads its settings through `appEnv()` rather than `process.env`.
 */

const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be 1–65535")
    .max(65_535, "must be 1–65535")
    .default(fallback);

const flag = (fallback: "0" | "1") => z.enum(["0", "1"], { error: 'must be "0" or "1"' }).default(fallback);

const positive = (fallback: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `must be a number of ${unit}` })
    .positive(`must be more than 0 ${unit}`)
    .max(max, `must be at most ${max} ${unit}`)
    .default(fallback);

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/[^/]+/.test(value) && URL.canParse(value), {
  error: "must be a PostgreSQL URL such as postgresql://user:password@host:5432/claimdesk",
});

export const ZEnv = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "must be development, production or test" })
    .optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_OWNER_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (for example: openssl rand -base64 32)").optional(),
  APP_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://claims.example.org" })
    .transform((value) => value.replace(/\/+$/, ""))
    .optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port(3000),
  CLAIMDESK_DATA_DIR: z.string().min(1).default(".data"),
  CLAIMDESK_DB_PORT: port(54329),
  CLAIMDESK_SEED_DEMO: flag("0"),
  CLAIMDESK_JOB_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  CHROMIUM_PATH: z.string().min(1).optional(),
  CLAIMDESK_SQL_TALLY: flag("0"),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  SSRF_ALLOWLIST: z.string().optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value) && URL.canParse(value), {
      error: "must be an SMTP URL such as smtps://user:password@mail.example.org:465",
    })
    .optional(),
  SMTP_FROM: z.string().min(3).max(200).optional(),
  SESSION_IDLE_HOURS: positive(12, 24 * 366, "hours"),
  SESSION_MAX_DAYS: positive(7, 366, "days"),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value, context) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        context.issues.push({ code: "custom", input: value, message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type TEnv = z.output<typeof ZEnv>;

/** Settings resolved for the running app: the public base URL always has a value. */
export type AppEnv = TEnv & { APP_URL: string };

export type EnvCheck = { ok: true; env: AppEnv } | { ok: false; problems: string[] };

/** Validates an environment; empty strings count as unset (as in most .env files). */
export function checkEnv(source: Record<string, string | undefined>): EnvCheck {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  }
  const env = parsed.data;
  return { ok: true, env: { ...env, APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}` } };
}

let cached: AppEnv | undefined;

/** The app's validated settings, read once per process. Throws one line per problem. */
export function appEnv(): AppEnv {
  if (cached) return cached;
  const check = checkEnv(process.env);
  if (!check.ok) throw new Error(`Invalid environment:\n${check.problems.join("\n")}`);
  cached = check.env;
  return cached;
}

/** The public base URL every absolute link is built from (never the request's Host header). */
export function appUrl(path = ""): string {
  return `${appEnv().APP_URL}${path}`;
}
