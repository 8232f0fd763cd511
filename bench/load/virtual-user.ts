// One signed-in sociaal werker working as people do: searching the wegwijzer, opening households,
// saving a plan, and running the voorzieningencheck for a household. Each user keeps its own
// household and plan, so a 409/422 on a plan save would be a real conflict, not a planned one.
import {
  createHousehold,
  signIn,
  type Account,
  type Auth,
} from '../../scripts/faults/server-process';

export type Operation = 'search' | 'households' | 'household' | 'plan' | 'calculate';
export type Sample = { op: Operation; status: number; ms: number };

const QUERIES = [
  'schulden',
  'voedselbank',
  'taalles',
  'opvoeden',
  'eenzaamheid',
  'werk zoeken',
  'kinderen sport',
];
// A mix with reads dominating, as a working day has: every 20 steps hold 8 searches, 4 list
// views, 4 household reads, 2 plan saves and 2 calculations.
const MIX: Operation[] = [
  'search',
  'households',
  'household',
  'search',
  'calculate',
  'search',
  'household',
  'plan',
  'search',
  'households',
  'search',
  'household',
  'search',
  'households',
  'calculate',
  'search',
  'household',
  'plan',
  'search',
  'households',
];

const calculation = {
  gemeente: 'GM0202',
  applicant: {
    birthDate: '1988-04-12',
    grossMonthlyIncomeCents: 170000,
    netMonthlyIncomeCents: 150000,
    incomeKind: 'loon',
  },
  children: [{ birthDate: '2018-05-01' }],
  home: { type: 'huur', rentMonthlyCents: 70000 },
  assetsCents: 100000,
};

/** Signs in and creates the user's household; returns the working loop. */
export async function virtualUser(base: string, account: Account, n: number) {
  const clientAddress = `10.${(n >> 8) & 255}.${n & 255}.7`;
  const auth: Auth = await signIn(base, account);
  const created = await createHousehold(base, auth, `LOAD-${n}`);
  if (created.status !== 201) throw new Error(`household for user ${n}: ${created.status}`);
  const householdId = ((await created.json()) as { id: string }).id;
  let planVersion = 0;
  const write = {
    'content-type': 'application/json',
    cookie: auth.cookie,
    'x-csrf-token': auth.csrfToken,
  };

  const run: Record<Operation, () => Promise<Response>> = {
    search: () =>
      fetch(
        `${base}/api/v1/catalogue/search?q=${encodeURIComponent(QUERIES[n % QUERIES.length]!)}`,
        { headers: { cookie: auth.cookie } },
      ),
    households: () => fetch(`${base}/api/v1/households`, { headers: { cookie: auth.cookie } }),
    household: () =>
      fetch(`${base}/api/v1/households/${householdId}`, { headers: { cookie: auth.cookie } }),
    plan: async () => {
      const res = await fetch(`${base}/api/v1/households/${householdId}/plan`, {
        method: 'PUT',
        headers: write,
        body: JSON.stringify({
          version: planVersion,
          goals: [
            {
              id: 'g1',
              capital: 'economisch',
              text: `Rust in de post (${planVersion + 1})`,
              steps: [],
            },
          ],
          referrals: [],
          actions: [],
          reviewDate: null,
        }),
      });
      if (res.status === 200)
        planVersion = ((await res.clone().json()) as { version: number }).version;
      return res;
    },
    calculate: () =>
      fetch(`${base}/api/v1/benefits/calculate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bench-client': clientAddress },
        body: JSON.stringify({ peildatum: '2026-12-01', household: calculation }),
      }),
  };

  return async (until: () => boolean, samples: Sample[]) => {
    for (let step = n; until(); step++) {
      const op = MIX[step % MIX.length]!;
      const started = performance.now();
      try {
        const res = await run[op]();
        await res.arrayBuffer();
        samples.push({ op, status: res.status, ms: performance.now() - started });
      } catch {
        // A connection that failed is an error the report counts, not the end of the run.
        samples.push({ op, status: 0, ms: performance.now() - started });
      }
    }
  };
}
