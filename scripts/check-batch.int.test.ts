import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../src/db/client';
import { gemeenteSchemes, organisations } from '../src/db/schema';
import { configuredScheme, defaultRules, type GemeenteConfig } from '../src/domain/benefits';
import { freshDatabase } from '../test/harness';
import { cli } from './check-batch';

// The batch reads the gemeente schemes from Wegwijs' own database, opened with the server's
// settings: WEGWIJS_DATA_DIR (a PGlite directory on disk) or, in the PostgreSQL run, DATABASE_URL.

const onPostgres = process.env.WEGWIJS_TEST_ENGINE === 'postgres';
const example = defaultRules().municipal.configs.GM9999!;
const savedAt = new Date('2026-11-20T14:30:00Z'); // 20-11-2026, 15:30 in Amsterdam

let dir: string;
let input: string;
let env: NodeJS.ProcessEnv;
let server: { database: Database; drop: () => Promise<void> } | undefined;
let organisationId: string;
let runs = 0;

/** Changes the database like the server would, and closes a PGlite directory again afterwards. */
async function withDb<T>(change: (db: Db) => Promise<T>): Promise<T> {
  if (server) return change(server.database.db);
  const database = await openDatabase({ engine: 'pglite', dataDir: env.WEGWIJS_DATA_DIR! });
  try {
    return await change(database.db);
  } finally {
    await database.close();
  }
}

/** A gemeente's schemes with a different amount per child for the meedoenregeling. */
function schemes(
  code: string,
  name: string,
  amountPerChildPerYear: number,
  change: (c: GemeenteConfig) => void = () => undefined,
) {
  const c = structuredClone(example);
  Object.assign(c, { code, name });
  configuredScheme(c, 'meedoenregeling')!.amount_per_child_per_year = amountPerChildPerYear;
  change(c);
  return c as unknown as Record<string, unknown>;
}

function save(config: Record<string, unknown>, version: number) {
  const code = config['code'] as string;
  // Raw rows, as an older version or a hand edit could have left them: possibly invalid.
  const values = {
    config: config as unknown as GemeenteConfig,
    version,
    updatedAt: savedAt,
    organisationId,
  };
  return withDb((db) =>
    db
      .insert(gemeenteSchemes)
      .values({ gemeenteCode: code, ...values })
      .onConflictDoUpdate({ target: gemeenteSchemes.gemeenteCode, set: values }),
  );
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

/** Runs the command as `npm run check:batch` would; returns the result rows by id. */
async function run(...flags: string[]) {
  const output = path.join(dir, `uit-${++runs}.csv`);
  const stderr = new Sink();
  const argv = ['--input', input, '--output', output, '--peildatum', '2026-03-01', ...flags];
  const code = await cli(argv, env, { stderr });
  const byId = new Map<string, Record<string, string>>();
  if (existsSync(output)) {
    const [header, ...lines] = (await readFile(output, 'utf8')).trim().split('\n');
    const columns = header!.split(';');
    for (const line of lines) {
      const cells = line.split(';');
      byId.set(cells[1]!, Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
    }
  }
  return { code, stderr: stderr.text, output, byId };
}

/** The meedoenregeling per month for a household, or undefined when it was rejected. */
const meedoen = (r: Awaited<ReturnType<typeof run>>, id: string) =>
  r.byId.get(id)?.['meedoenregeling_per_maand'];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'check-batch-int-'));
  input = path.join(dir, 'huishoudens.csv');
  // One adult and two children (4 and 7): meedoenregeling = (adult + 2 × child) / 12 per month.
  const household = '1990-01-01;1500;1400;2018-05-01|2021-02-01;huur;650';
  await writeFile(
    input,
    [
      'id;gemeente;aanvrager_geboortedatum;aanvrager_bruto_maand;aanvrager_netto_maand;kinderen_geboortedata;woning;kale_huur_maand',
      `voorbeeld;GM9999;${household}`,
      `arnhem;GM0202;${household}`,
    ].join('\n') + '\n',
  );
  if (onPostgres) {
    server = await freshDatabase();
    env = { DATABASE_URL: server.database.url };
  } else {
    // A PGlite data directory on disk, as `npm start` leaves it: the migrated test template.
    env = { WEGWIJS_DATA_DIR: path.join(dir, 'data') };
    const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
    const database = await openDatabase({
      engine: 'pglite',
      dataDir: env.WEGWIJS_DATA_DIR!,
      loadDataDir: template,
    });
    await database.close();
  }
  organisationId = await withDb(async (db) => {
    const [org] = await db
      .insert(organisations)
      .values({ kind: 'koepel', name: 'Welzijn Rivierstad (test)' })
      .returning({ id: organisations.id });
    return org!.id;
  });
});

afterAll(async () => {
  await server?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('check:batch with the gemeente schemes saved in Wegwijs', () => {
  it('uses the bundled file while nothing is saved; a gemeente without schemes is rejected', async () => {
    const r = await run();
    expect(r.code, r.stderr).toBe(0);
    expect(meedoen(r, 'voorbeeld')).toBe('79,17'); // (250 + 2 × 350) / 12
    expect(r.byId.has('arnhem')).toBe(false);
    expect(r.stderr).toContain('Regelingen per gemeente (Wegwijs-database gelezen: ');
    expect(r.stderr).toMatch(
      /GM9999 Voorbeeldgemeente .*: meegeleverd bestand in rules\/gemeenten\//,
    );
  });

  it("uses a gemeente's saved schemes, and the bundled file for gemeenten without", async () => {
    await save(schemes('GM0202', 'Arnhem', 60000), 1);
    const r = await run();
    expect(r.code, r.stderr).toBe(0);
    expect(meedoen(r, 'arnhem')).toBe('120,83'); // (250 + 2 × 600) / 12
    expect(meedoen(r, 'voorbeeld')).toBe('79,17');
    expect(r.stderr).toMatch(
      /GM0202 Arnhem .*: Wegwijs-database \((PGlite|PostgreSQL) .*\), versie 1, laatst gewijzigd 20-11-2026, 15:30 — 1 huishouden/,
    );
    expect(r.stderr).toMatch(/GM9999 Voorbeeldgemeente .*: meegeleverd bestand/);
  });

  it('saved schemes change the result against the bundled file; --no-database uses the files only', async () => {
    await save(schemes('GM9999', 'Voorbeeldgemeente', 60000), 3);
    const withDatabase = await run();
    expect(meedoen(withDatabase, 'voorbeeld')).toBe('120,83');
    expect(withDatabase.stderr).toMatch(
      /GM9999 Voorbeeldgemeente .*: Wegwijs-database .*, versie 3/,
    );

    const filesOnly = await run('--no-database');
    expect(filesOnly.code, filesOnly.stderr).toBe(0);
    expect(meedoen(filesOnly, 'voorbeeld')).toBe('79,17');
    expect(filesOnly.byId.has('arnhem')).toBe(false); // only saved in the database
    expect(filesOnly.stderr).toContain('Wegwijs-database niet gebruikt: --no-database');
  });

  it('a --gemeente-config file wins for its gemeente; the others still come from the database', async () => {
    const file = path.join(dir, 'voorbeeld.yaml');
    await writeFile(file, JSON.stringify(schemes('GM9999', 'Voorbeeldgemeente', 10000)));
    const r = await run('--gemeente-config', file);
    expect(r.code, r.stderr).toBe(0);
    expect(meedoen(r, 'voorbeeld')).toBe('37,50'); // (250 + 2 × 100) / 12
    expect(meedoen(r, 'arnhem')).toBe('120,83');
    expect(r.stderr).toContain(
      `GM9999 Voorbeeldgemeente (geldig vanaf 2026-01-01, voorbeeld, geen echt beleid): opgegeven bestand ${file}`,
    );
  });

  it('stops before writing anything when saved schemes are invalid, naming gemeente and field', async () => {
    await save(
      schemes('GM0202', 'Arnhem', 60000, (c) => {
        configuredScheme(c, 'kwijtschelding')!.cost_norm_pct = 50;
      }),
      2,
    );
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The schemes saved in the Wegwijs database');
    expect(r.stderr).toMatch(/GM0202 \(versie 2\) schemes\.kwijtschelding\.cost_norm_pct: .*90/);
    expect(existsSync(r.output)).toBe(false);
    expect(existsSync(r.output.replace('.csv', '.afgewezen.csv'))).toBe(false);
    // Put it right again for the next test.
    await save(schemes('GM0202', 'Arnhem', 60000), 3);
  });

  it('never migrates: a database of another Wegwijs version is refused with what to do', async () => {
    // As if the newest migration had not been applied yet.
    const last = await withDb(async (db) => {
      const result = await db.execute<{ id: number; hash: string; created_at: string }>(
        sql`DELETE FROM drizzle.__drizzle_migrations
            WHERE id = (SELECT max(id) FROM drizzle.__drizzle_migrations) RETURNING *`,
      );
      return (result as unknown as { rows: { id: number; hash: string; created_at: string }[] })
        .rows[0]!;
    });
    try {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('hoort bij een andere versie van Wegwijs');
      expect(r.stderr).toContain('belongs to another version of Wegwijs');
      expect(existsSync(r.output)).toBe(false);
      const count = await withDb(async (db) => {
        const result = await db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
        );
        return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
      });
      expect(count).toBe(last.id - 1); // still one short: the batch did not migrate
    } finally {
      await withDb((db) =>
        db.execute(
          sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at)
              VALUES (${last.id}, ${last.hash}, ${last.created_at})`,
        ),
      );
    }
    expect((await run()).code).toBe(0);
  });

  // PGlite takes no lock, so the command must refuse a directory a server has open; PostgreSQL
  // serves both at once.
  if (onPostgres)
    it('runs beside a running server on PostgreSQL', async () => {
      expect(server).toBeDefined();
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('in gebruik');
    });
  else
    it('refuses a PGlite directory that is open (a running server), and says what to do', async () => {
      const running = await openDatabase({ engine: 'pglite', dataDir: env.WEGWIJS_DATA_DIR! });
      try {
        const r = await run();
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('is in gebruik: draait Wegwijs nog? Stop de server');
        expect(r.stderr).toContain('is in use: is Wegwijs still running? Stop the server');
        expect(r.stderr).toContain('--no-database');
        expect(existsSync(r.output)).toBe(false);
      } finally {
        await running.close();
      }
      expect((await run()).code).toBe(0);
    });
});
