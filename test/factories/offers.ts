/** A local offer as a beleidsmedewerker records it: with a contact person, checked, in Arnhem. */
export function offerInput(interventionId: string, overrides: Record<string, unknown> = {}) {
  return {
    interventionId,
    gemeenten: ['GM0202'],
    wijk: 'Presikhaaf',
    howToRefer: 'Bel of mail de contactpersoon; aanmelden kan ook via de huisarts.',
    costs: 'Gratis',
    contact: {
      name: 'Ayse Demir',
      function: 'Opbouwwerker',
      phone: '026 123 45 67',
      email: 'a.demir@rivierstad.example',
      public: false,
    },
    checked: true,
    ...overrides,
  };
}

/** Records an offer through the API as `editor` and returns its id. */
export async function buildOffer(
  editor: {
    post(url: string, body: unknown): Promise<{ statusCode: number; json(): { id: string } }>;
  },
  interventionId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await editor.post('/api/v1/catalogue/offers', offerInput(interventionId, overrides));
  if (res.statusCode !== 201) throw new Error(`offer not recorded: ${res.statusCode}`);
  return res.json().id;
}
