import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
  validateOrganization,
  validateService,
  validateServiceListPage,
  validateTaxonomyTerm,
} from '../../contract/hsds/validate';
import { importJobs, interventions, users } from '../../db/schema';
import { serviceIdForItem } from '../../domain/hsds/ids';
import { IMPORT_STALE_MS } from '../catalogue/import-liveness';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { neighbourOrganisations, ORG_A, ORG_B } from '../../../test/factories/people';

let t: TestApp;
let as: Awaited<ReturnType<typeof neighbourOrganisations>>['as'];
let person: Awaited<ReturnType<typeof neighbourOrganisations>>['person'];

async function waitForJob(c: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const job = (await c.get(`/api/v1/catalogue/import/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

beforeAll(async () => {
  t = await createTestApp();
  ({ as, person } = await neighbourOrganisations(t));
  const editor = await as(ORG_A, 'beleidsmedewerker');
  const contact = (name: string, isPublic: boolean) => ({
    name,
    function: 'Coördinator',
    phone: '026 111 22 33',
    email: `${name.split(' ')[0]!.toLowerCase()}@rivierstad.example`,
    public: isPublic,
  });
  expect(
    (
      await editor.post('/api/v1/catalogue/offers', {
        interventionId: 'budgetmaatjes',
        gemeenten: ['GM0202'],
        contact: contact('Openbaar Persoon', true),
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (
      await editor.post('/api/v1/catalogue/offers', {
        interventionId: 'formulierenbrigade',
        gemeenten: ['GM0202'],
        contact: contact('Geheim Persoon', false),
      })
    ).statusCode,
  ).toBe(201);
});
afterAll(() => t.close());

describe('public HSDS API', () => {
  it('serves the published catalogue without login, valid against the official schemas', async () => {
    const res = await t.app.inject('/api/hsds/services?per_page=500&full=true');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(validateServiceListPage(page)).toEqual({ ok: true });
    expect(page.total_items).toBeGreaterThan(100);
    for (const service of page.contents) expect(validateService(service)).toEqual({ ok: true });
    const one = (await t.app.inject(`/api/hsds/services/${page.contents[0].id}`)).json();
    expect(validateService(one)).toEqual({ ok: true });
  });

  it('includes a contact only where the organisation marked it public', async () => {
    const body = (await t.app.inject('/api/hsds/services?per_page=500&full=true')).body;
    expect(body).toContain('Openbaar Persoon');
    expect(body).not.toContain('Geheim Persoon');
    expect(body).not.toContain('geheim@rivierstad.example');
  });

  it('pages, searches and filters, and serves organizations and taxonomy terms', async () => {
    const p2 = (await t.app.inject('/api/hsds/services?page=2&per_page=10')).json();
    expect(p2).toMatchObject({ page_number: 2, size: 10, first_page: false });
    const found = (await t.app.inject('/api/hsds/services?search=budgetmaatjes')).json();
    expect(found.contents.map((s: { name: string }) => s.name)).toContain('Budgetmaatjes');
    const terms = (await t.app.inject('/api/hsds/taxonomy_terms?per_page=500')).json();
    expect(terms.contents.every((x: unknown) => validateTaxonomyTerm(x).ok)).toBe(true);
    const economisch = terms.contents.find((x: { code: string }) => x.code === 'economisch');
    const filtered = (
      await t.app.inject(`/api/hsds/services?per_page=500&taxonomy_term_id=${economisch.id}`)
    ).json();
    expect(filtered.total_items).toBeGreaterThan(0);
    expect(filtered.total_items).toBeLessThan(found.total_items + 200);
    const orgs = (await t.app.inject('/api/hsds/organizations')).json();
    expect(orgs.contents.map((o: { name: string }) => o.name)).toContain(ORG_A);
    const org = (await t.app.inject(`/api/hsds/organizations/${orgs.contents[0].id}`)).json();
    expect(validateOrganization(org)).toEqual({ ok: true });
    expect((await t.app.inject('/api/hsds/services/bestaat-niet')).statusCode).toBe(404);
    expect((await t.app.inject('/api/hsds/services?per_page=9999')).statusCode).toBe(422);
    // An HSDS filter we do not offer is refused, not ignored (an unfiltered list would look filtered).
    const unsupported = await t.app.inject('/api/hsds/services?modified_after=2026-01-01');
    expect(unsupported.statusCode).toBe(422);
    expect(unsupported.json().errors).toEqual([
      {
        field: 'querystring.modified_after',
        code: 'unrecognized_keys',
        messages: { nl: 'Dit veld is onbekend.', en: 'This field is unknown.' },
      },
    ]);
  });
});

describe('public HSDS search', () => {
  const names = async (search: string) =>
    (await t.app.inject(`/api/hsds/services?per_page=500&search=${encodeURIComponent(search)}`))
      .json()
      .contents.map((s: { name: string }) => s.name) as string[];

  it('forgives typos and reads synonyms, as the wegwijzer does (not a substring filter)', async () => {
    // Neither query occurs literally in the items' texts.
    expect(await names('budgetmaatjs')).toContain('Budgetmaatjes');
    const debts = await names('geldzorgen');
    expect(debts).toContain('Budgetmaatjes');
    expect(debts.length).toBeGreaterThan(3);
  });

  it('gives a sociale kaart the same answers, in the same order, as a worker', async () => {
    const worker = await as(ORG_A, 'sociaal_werker');
    for (const q of ['schulden', 'alleenstaande moeder', 'eenzaam']) {
      const wegwijzer = (
        await worker.get(`/api/v1/catalogue/search?perPage=100&q=${encodeURIComponent(q)}`)
      ).json();
      const hsds = await names(q);
      expect(hsds.length, q).toBe(wegwijzer.total);
      expect(hsds.slice(0, 20), q).toEqual(
        wegwijzer.items.slice(0, 20).map((i: { name: string }) => i.name),
      );
    }
  });
});

describe('HSDS export and import', () => {
  it('exports national items plus the own offer, with the own private contacts', async () => {
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const res = await editor.get('/api/v1/catalogue/export/hsds');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('wegwijs-hsds-');
    expect(validateServiceListPage(res.json())).toEqual({ ok: true });
    expect(res.body).toContain('Geheim Persoon');
  });

  it('imports all-or-nothing: one broken record means nothing is written, with a report per record', async () => {
    const example = JSON.parse(
      readFileSync(
        new URL(
          '../../../../shared/standards/hsds-3.0/examples/service_full.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    const broken = { id: 'c0ffee00-0000-4000-8000-000000000001', name: '', description: '' };
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const before = (await t.database.db.select({ n: count() }).from(interventions))[0]!.n;
    const res = await editor.request(
      'POST',
      '/api/v1/catalogue/import?mode=all-or-nothing&fileName=kaart.json',
      [example, broken],
    );
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(editor, res.json().id);
    expect(job.status).toBe('done');
    expect(job.report.map((r: { outcome: string }) => r.outcome)).toEqual([
      'not-imported',
      'rejected',
    ]);
    expect(job.report[1].reasons[0].nl).toBeTruthy();
    expect((await t.database.db.select({ n: count() }).from(interventions))[0]!.n).toBe(before);
  });

  it('imports the valid records when asked, and importing again updates instead of duplicating', async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const exported = (
      await (await as(ORG_A, 'beleidsmedewerker')).get('/api/v1/catalogue/export/hsds')
    ).json();
    const services = exported.contents.slice(0, 3);
    const first = await waitForJob(
      editor,
      (
        await editor.request('POST', '/api/v1/catalogue/import?mode=valid-only', [
          ...services,
          { name: 'zonder id' },
        ])
      ).json().id,
    );
    expect(first.report.map((r: { outcome: string }) => r.outcome)).toEqual([
      'created',
      'created',
      'created',
      'rejected',
    ]);
    const orgB = (await editor.get('/api/v1/me')).json().organisation.id;
    const local = await t.database.db
      .select()
      .from(interventions)
      .where(eq(interventions.organisationId, orgB));
    expect(local).toHaveLength(3);
    const again = await waitForJob(
      editor,
      (await editor.request('POST', '/api/v1/catalogue/import?mode=valid-only', services)).json()
        .id,
    );
    expect(again.report.map((r: { outcome: string }) => r.outcome)).toEqual([
      'updated',
      'updated',
      'updated',
    ]);
    expect(
      await t.database.db
        .select()
        .from(interventions)
        .where(eq(interventions.organisationId, orgB)),
    ).toHaveLength(3);
    const imported = (await editor.get(`/api/v1/catalogue/interventions/${local[0]!.id}`)).json();
    expect(imported.item.name).toBe(
      services.find((s: { id: string }) => s.id === local[0]!.hsdsId).name,
    );
    const history = (
      await editor.get(`/api/v1/catalogue/interventions/${local[0]!.id}/history`)
    ).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['imported', 'imported']);
    // An import is not a check (ADR 0205): nobody has confirmed the item, so it says so, and
    // the HSDS export gives it no assured_date.
    expect(imported).toMatchObject({ lastCheckedAt: null, lastCheckedBy: null, stale: true });
    const published = (await editor.get('/api/v1/catalogue/export/hsds')).json();
    const service = published.contents.find(
      (s: { id: string }) => s.id === serviceIdForItem(local[0]!.id),
    );
    expect(service.name).toBe(imported.item.name);
    expect(service).not.toHaveProperty('assured_date');
  });

  it("drops an offer's gemeenten the importing organisation does not serve, saying so in both languages", async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const exported = (
      await (await as(ORG_A, 'beleidsmedewerker')).get('/api/v1/catalogue/export/hsds')
    ).json();
    // Organisation A's own offer is in Arnhem, where organisation B does not work.
    const inArnhem = exported.contents.filter((s: { service_areas?: { name: string }[] }) =>
      s.service_areas?.some((a) => a.name === 'Arnhem'),
    );
    expect(inArnhem.length).toBeGreaterThan(0);
    const job = await waitForJob(
      editor,
      (await editor.request('POST', '/api/v1/catalogue/import?mode=valid-only', inArnhem)).json()
        .id,
    );
    expect(job.report[0].warnings).toContainEqual({
      path: 'service_areas',
      nl: 'Niet overgenomen: Arnhem. Uw organisatie werkt daar niet.',
      en: 'Not taken over: Arnhem. Your organisation does not work there.',
    });
  });

  it('reports a file that is not HSDS at all, and refuses other roles', async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const job = await waitForJob(
      editor,
      (
        await editor.request('POST', '/api/v1/catalogue/import', '42', {
          'content-type': 'application/json',
        })
      ).json().id,
    );
    expect(job.status).toBe('failed');
    expect(job.report[0].reasons[0].nl).toBeTruthy();
    const notAService = await waitForJob(
      editor,
      (await editor.request('POST', '/api/v1/catalogue/import', { hallo: 'wereld' })).json().id,
    );
    expect(notAService.report).toEqual([expect.objectContaining({ outcome: 'rejected' })]);

    const worker = await as(ORG_B, 'sociaal_werker');
    expect((await worker.request('POST', '/api/v1/catalogue/import', [])).statusCode).toBe(403);
    expect(
      (await (await as(ORG_A, 'beleidsmedewerker')).get(`/api/v1/catalogue/import/${job.id}`))
        .statusCode,
    ).toBe(404);
  });

  it('says an import stopped by a restart was interrupted, instead of running forever', async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const { email } = await person(ORG_B, 'beleidsmedewerker');
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    // A job left 'running' by an instance that is gone: the file was only in its memory.
    const [job] = await t.database.db
      .insert(importJobs)
      .values({
        organisationId: user!.organisationId,
        createdBy: user!.id,
        mode: 'valid-only',
        status: 'running',
        createdAt: t.clock.now(),
        heartbeatAt: t.clock.now(),
      })
      .returning();
    const look = async () => (await editor.get(`/api/v1/catalogue/import/${job!.id}`)).json();
    if (t.database.engine === 'postgres') {
      // Another instance may be running it; only a missing heartbeat tells it has stopped.
      expect((await look()).status).toBe('running');
      t.clock.advance(IMPORT_STALE_MS + 1000);
    }
    const seen = await look();
    expect(seen.status).toBe('failed');
    expect(seen.report[0].reasons[0].nl).toMatch(/onderbroken.*niets opgeslagen/);
    expect(seen.report[0].reasons[0].en).toBe(
      'The import was interrupted because the server restarted. Nothing was saved. Please try again.',
    );
    const listed = (await editor.get('/api/v1/catalogue/imports')).json();
    expect(listed.find((j: { id: string }) => j.id === job!.id).status).toBe('failed');
  });
});
