// `npm run api:lint`: lints the OpenAPI documents Wegwijs serves. /api/v1 against the NL API Design
// Rules (Logius' Spectral ruleset), the HSDS API against Open Referral's own paths (ADR 0005).
// Exits 1 on any error. The standards are read from ../shared/standards, beside the project.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client';
import { fromRoot } from '../src/paths';
import { buildApp } from '../src/server/app';
import { loadContent } from '../src/server/catalogue/content';
import { loadConfig } from '../src/config';
import { loadInstrument } from '../src/server/households/instrument';

const standards = fromRoot('..', 'shared', 'standards');
const nlRuleset = join(standards, 'nl-api-design-rules', 'ruleset.yaml');
const hsdsOpenApi = join(standards, 'hsds-3.0', 'schema', 'openapi.json');

type Paths = Record<string, Record<string, unknown>>;

async function servedDocuments() {
  const content = await loadContent();
  const database = await openDatabase({ engine: 'pglite' });
  const app = await buildApp({
    config: loadConfig({}),
    database,
    content,
    instrument: await loadInstrument(content.vocabularies),
    webDist: null,
  });
  try {
    await app.ready();
    const get = async (url: string) => (await app.inject(url)).json() as { paths: Paths };
    return { v1: await get('/api/v1/openapi.json'), hsds: await get('/api/hsds/openapi.json') };
  } finally {
    await app.close();
    await database.close();
  }
}

/** Spectral's findings with severity error (0), printed as file path: message. */
function spectral(document: object, ruleset: string, dir: string): number {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  const result = spawnSync(
    'npx',
    ['spectral', 'lint', '-r', ruleset, file, '-f', 'json', '-q', '--fail-severity', 'error'],
    { encoding: 'utf8' },
  );
  const findings = JSON.parse(result.stdout || '[]') as {
    code: string;
    severity: number;
    message: string;
    path: string[];
  }[];
  const errors = findings.filter((f) => f.severity === 0);
  for (const e of errors) console.error(`  ${e.path.join('.')}: ${e.code} — ${e.message}`);
  return errors.length;
}

/** Every HSDS path and method we serve must be one the standard defines. */
function hsdsOutsideStandard(served: Paths): string[] {
  const standard = (JSON.parse(readFileSync(hsdsOpenApi, 'utf8')) as { paths: Paths }).paths;
  return Object.entries(served).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((method) => !standard[path]?.[method])
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** Operations whose success answer has no body schema (204 No Content needs none). */
function undocumentedAnswers(served: Paths): string[] {
  return Object.entries(served).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => {
        const responses = (op as { responses?: Record<string, { content?: object }> }).responses;
        const success = Object.entries(responses ?? {}).filter(([status]) => /^2/.test(status));
        return !success.some(([status, r]) => status === '204' || r.content);
      })
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-api-lint-'));
try {
  const { v1, hsds } = await servedDocuments();
  console.log('▶ /api/v1 against the NL API Design Rules');
  const undocumented = undocumentedAnswers(v1.paths);
  for (const e of undocumented) console.error(`  ${e}: declares no schema for its 2xx answer`);
  const nlErrors = spectral(v1, nlRuleset, dir) + undocumented.length;
  console.log(`  ${Object.keys(v1.paths).length} paths, ${nlErrors} errors`);
  console.log('▶ /api/hsds against Open Referral HSDS 3.0');
  const extra = hsdsOutsideStandard(hsds.paths);
  for (const e of extra) console.error(`  ${e}: not an HSDS 3.0 operation`);
  const oasRuleset = join(dir, 'oas.yaml');
  writeFileSync(oasRuleset, 'extends: ["spectral:oas"]\n');
  const oasErrors = spectral(hsds, oasRuleset, dir);
  console.log(`  ${Object.keys(hsds.paths).length} paths, ${extra.length + oasErrors} errors`);
  process.exitCode = nlErrors + extra.length + oasErrors > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
