import { ageOn } from '../dates';
import { yearlyIncome } from '../facts';
import { percentOfExact } from '../money';
import { c, formula, pc, word } from '../formula';
import type { SchemeResult } from '../types';
import { result, toeslagAmount } from './common';
import type { SchemeContext, SchemeInfo } from './common';
import { say } from './texts';

// Huurtoeslag in the system of 2026: Wet op de huurtoeslag art. 13-21 (versie 2026-01-01).
// Rekenhuur is the kale huur; rent above the maximum no longer excludes, it just does not count.

export const huurtoeslagInfo: SchemeInfo = {
  scheme: 'huurtoeslag',
  name: 'Huurtoeslag',
  category: 'landelijk',
};

const P = {
  min: 'algemeen.minimumleeftijd-toeslag',
  maxHuur: 'huurtoeslag.maximale-huurgrens',
  maxHuurJong: 'huurtoeslag.maximale-huurgrens-jongeren',
  kkg: 'huurtoeslag.kwaliteitskortingsgrens',
  aftop12: 'huurtoeslag.aftoppingsgrens-1-2-personen',
  aftop3: 'huurtoeslag.aftoppingsgrens-3-plus-personen',
  basis1: 'huurtoeslag.basishuur-eenpersoons',
  basisMeer: 'huurtoeslag.basishuur-meerpersoons',
  pctB: 'huurtoeslag.subsidiepercentage-tot-aftoppingsgrens',
  pctC: 'huurtoeslag.subsidiepercentage-boven-aftoppingsgrens',
  ijk1: 'huurtoeslag.minimum-inkomensijkpunt-eenpersoons',
  ijkMeer: 'huurtoeslag.minimum-inkomensijkpunt-meerpersoons',
  afbouw1: 'huurtoeslag.afbouwpercentage-eenpersoons',
  afbouwMeer: 'huurtoeslag.afbouwpercentage-meerpersoons',
  kindVrij: 'huurtoeslag.vrijstelling-inkomen-kind-onder-23',
  vermAlleen: 'algemeen.awir-vermogensgrens-zonder-partner',
  vermPartner: 'algemeen.awir-vermogensgrens-met-partner',
} as const;

export function huurtoeslag(ctx: SchemeContext): SchemeResult {
  const t = ctx.trace;
  // Parameters of the 2026 system; before 2026 these are absent and the scheme is not computed.
  const maxHuurAll = t.p(P.maxHuur);
  checkConditions(ctx);
  const { allYoung, kale, maxHuur, partA, partB, partC } = rentParts(ctx, maxHuurAll);
  const afbouw = incomeReduction(ctx);
  const month = t.step(
    'maand-exact',
    say('huurtoeslag.beforeRounding'),
    Math.max(0, partA + partB + partC - afbouw),
    'eurocent_per_maand',
    () => formula`${c(partA)} + ${c(partB)} + ${c(partC)} - ${c(afbouw)}`,
  );
  const conditionsOk = t.failed === 0;
  const { amount } = conditionsOk ? toeslagAmount(t, month * 12, 'exact') : { amount: null };
  const ok = conditionsOk && amount !== null;
  const notes = [say('huurtoeslag.noteServiceCosts')];
  if (allYoung) notes.push(say('huurtoeslag.noteUnder21'));
  if (kale > maxHuur) notes.push(say('huurtoeslag.noteAboveMax'));
  return result(huurtoeslagInfo, ctx, {
    status: ok ? 'recht' : 'geen-recht',
    amount: ok ? amount : null,
    howToApply: say('huurtoeslag.apply'),
    via: say('via.toeslagen'),
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/huurtoeslag/huurtoeslag',
    notes,
  });
}

/** Rented, self-contained home, age and assets (each co-resident adds the single asset limit). */
function checkConditions(ctx: SchemeContext): void {
  const { household: h, facts: f, trace: t } = ctx;
  t.check('huurwoning', say('huurtoeslag.rented'), h.home.type, '=', 'huur', 'tekst');
  t.check('zelfstandig', say('huurtoeslag.selfContained'), h.home.independent, '=', true, 'ja_nee');
  t.check('leeftijd', say('common.age18'), f.applicantAge, '>=', t.p(P.min), 'jaar', [P.min]);
  const vermId = f.hasPartner ? P.vermPartner : P.vermAlleen;
  const perMedebewoner = t.p(P.vermAlleen);
  const vermGrens = t.p(vermId) + h.otherAdults.length * perMedebewoner;
  t.check('vermogen', say('huurtoeslag.assets'), h.assetsCents, '<=', vermGrens, 'eurocent', [
    vermId,
  ]);
}

/** Rekenhuur capped at the maximum rent, and the parts A, B and C of the rent that count. */
function rentParts(ctx: SchemeContext, maxHuurAll: number) {
  const { household: h, facts: f, trace: t } = ctx;
  const onePerson = f.persons === 1;
  const allYoung =
    h.children.length === 0 &&
    f.applicantAge < 21 &&
    (f.partnerAge === null || f.partnerAge < 21) &&
    f.otherAdultAges.every((a) => a < 21);
  const maxId = allYoung ? P.maxHuurJong : P.maxHuur;
  const maxHuur = allYoung ? t.p(P.maxHuurJong) : maxHuurAll;
  const kale = h.home.rentMonthlyCents ?? 0;
  const rekenhuur = t.step(
    'rekenhuur',
    say('huurtoeslag.rentCounted'),
    Math.min(kale, maxHuur),
    'eurocent_per_maand',
    () =>
      kale > maxHuur ? formula`${c(kale)}, ${word('butNotMoreThan')} ${c(maxHuur)}` : [c(kale)],
    [maxId],
  );
  const basisId = onePerson ? P.basis1 : P.basisMeer;
  const basishuur = t.p(basisId);
  const kkg = t.p(P.kkg);
  const aftopId = f.persons <= 2 ? P.aftop12 : P.aftop3;
  const aftop = t.p(aftopId);
  const partA = t.step(
    'deel-a',
    say('huurtoeslag.partA'),
    Math.max(0, Math.min(rekenhuur, kkg) - basishuur),
    'eurocent_per_maand',
    () => formula`min(${c(rekenhuur)}, ${c(kkg)}) - ${c(basishuur)}`,
    [basisId, P.kkg],
  );
  const pctB = t.p(P.pctB);
  const partB = t.step(
    'deel-b',
    say('huurtoeslag.partB'),
    percentOfExact(Math.max(0, Math.min(rekenhuur, aftop) - kkg), pctB),
    'eurocent_per_maand',
    () => formula`${pc(pctB)} x (min(${c(rekenhuur)}, ${c(aftop)}) - ${c(kkg)})`,
    [P.pctB, aftopId],
  );
  const pctC = t.p(P.pctC);
  const partC = t.step(
    'deel-c',
    say('huurtoeslag.partC'),
    percentOfExact(Math.max(0, rekenhuur - aftop), pctC),
    'eurocent_per_maand',
    () => formula`${pc(pctC)} x (${c(rekenhuur)} - ${c(aftop)})`,
    [P.pctC],
  );

  return { allYoung, kale, maxHuur, partA, partB, partC };
}

/** Monthly reduction for the household income above the ijkpunt. */
function incomeReduction(ctx: SchemeContext): number {
  const { household: h, facts: f, trace: t } = ctx;
  const onePerson = f.persons === 1;
  // Rekeninkomen: applicant, partner and other adults; a child under 23 keeps an exempt part.
  const kindVrij = t.p(P.kindVrij);
  let rekeninkomen = f.toetsingsinkomenCents;
  h.otherAdults.forEach((o, i) => {
    const inc = yearlyIncome(o);
    const age = f.otherAdultAges[i] ?? ageOn(o.birthDate, f.peildatum);
    rekeninkomen += o.relation === 'kind' && age < 23 ? Math.max(0, inc - kindVrij) : inc;
  });
  t.step(
    'rekeninkomen',
    say('huurtoeslag.householdIncome'),
    rekeninkomen,
    'eurocent_per_jaar',
    () => [word('householdIncome')],
    [P.kindVrij],
  );
  const ijkId = onePerson ? P.ijk1 : P.ijkMeer;
  const afbouwId = onePerson ? P.afbouw1 : P.afbouwMeer;
  const ijk = t.p(ijkId);
  const afbouwPct = t.p(afbouwId);
  const boven = Math.max(0, rekeninkomen - ijk);
  const afbouw = t.step(
    'afbouw',
    say('huurtoeslag.incomeReduction'),
    percentOfExact(boven, afbouwPct) / 12,
    'eurocent_per_maand',
    () => formula`(${c(rekeninkomen)} - ${c(ijk)}) x ${pc(afbouwPct)} / 12`,
    [ijkId, afbouwId],
  );
  return afbouw;
}
