import {
  configuredScheme,
  defaultRules,
  municipalSchemeIds,
  valueFields,
  type GemeenteConfig,
} from '../../src/domain/benefits';

// Test data for saving a gemeente's municipal schemes: every scheme configured with a source,
// and the paths a beheerder confirms. The figures are the example's; the sources are marked as
// test data. Nothing here is a real gemeente's policy.

const example = defaultRules().municipal.configs.GM9999!;

const sourceTitles: Record<string, string> = {
  'bijzondere-bijstand': 'Beleidsregels bijzondere bijstand (testgegevens)',
  'individuele-inkomenstoeslag': 'Beleidsregels individuele inkomenstoeslag (testgegevens)',
  kwijtschelding: 'Beleidsregels kwijtschelding (testgegevens)',
  meedoenregeling: 'Beleidsregels meedoenregeling (testgegevens)',
  'collectieve-zorgverzekering': 'Beleidsregels collectieve zorgverzekering (testgegevens)',
};

/** Every figure of every scheme, as the paths a save confirms. */
export const everyValue = municipalSchemeIds.flatMap((id) =>
  valueFields[id].map((f) => `schemes.${id}.${f}`),
);

/** A complete configuration for one gemeente (Arnhem unless said otherwise), with sources. */
export function gemeenteSchemesFor(
  change: (c: GemeenteConfig) => void = () => undefined,
  gemeente: { code: string; name: string } = { code: 'GM0202', name: 'Arnhem' },
): GemeenteConfig {
  const c: GemeenteConfig = structuredClone({ ...example, ...gemeente, example: false });
  municipalSchemeIds.forEach((id, i) => {
    configuredScheme(c, id)!.source = {
      title: sourceTitles[id] ?? `${id} (testgegevens)`,
      url: `https://lokaleregelgeving.overheid.nl/CVDR00000${i}`,
    };
  });
  change(c);
  return c;
}
