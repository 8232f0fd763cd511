import { resolve } from 'node:path';
import { z } from 'zod';

// An IPv4 or IPv6 address, optionally with a /prefix (CIDR).
const PROXY_ADDRESS = /^([0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(\/[0-9]{1,3})?$/;

/** Which proxies to believe about the client's address: none, a number of hops, or addresses. */
export type TrustProxy = false | number | string[];

function parseTrustProxy(value: string): TrustProxy | null {
  const trimmed = value.trim();
  if (trimmed === 'false' || trimmed === '0') return false;
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) <= 10 ? Number(trimmed) : null;
  const addresses = trimmed.split(',').map((a) => a.trim());
  return addresses.every((a) => PROXY_ADDRESS.test(a)) ? addresses : null;
}

// Every setting the server reads, parsed once at start. Problems are listed together so an
// operator fixes them in one go.
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_WAIT_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  WEGWIJS_DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, context) => {
      const trust = parseTrustProxy(value);
      if (trust === null)
        context.addIssue({
          code: 'custom',
          message:
            "give the number of proxies in front of Wegwijs (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges; 'true' would trust any address a client writes",
        });
      return trust ?? false;
    }),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(50).default(5),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** How long the start waits for a PostgreSQL server that does not answer yet. */
  databaseWaitMs: number;
  dataDir: string;
  /** The public address (https://wegwijs.example.org), for links in exported documents. */
  publicUrl: string | undefined;
  /** True when the public address is https: cookies get `Secure` and HSTS is sent. */
  secure: boolean;
  /**
   * Proxies whose X-Forwarded-For is believed: a hop count or their addresses. Never 'all': then
   * a client could write any address in front and defeat the rate limit and the access log.
   */
  trustProxy: TrustProxy;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  /** Login, setup and reset attempts per IP address per minute. */
  loginRateLimit: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL=) means 'not set', as in most deployment tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseWaitMs: c.DATABASE_WAIT_SECONDS * 1000,
    dataDir: resolve(c.WEGWIJS_DATA_DIR),
    publicUrl: c.PUBLIC_URL,
    secure: c.PUBLIC_URL?.startsWith('https://') ?? false,

    trustProxy: c.TRUST_PROXY,
    sessionIdleMs: c.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMs: c.LOGIN_LOCK_MINUTES * 60_000,
    loginRateLimit: c.LOGIN_RATE_LIMIT_PER_MINUTE,
    logLevel: c.LOG_LEVEL,
  };
}
