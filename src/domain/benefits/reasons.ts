import { message, type Message } from '../message';
import type { TraceCondition } from './types';

// 'Waarom niet?' at B1: for each condition that was not met, one plain reason ("U krijgt geen
// kwijtschelding, omdat uw inkomen hoger is dan de grens.") and the two values compared in
// everyday words, as catalogue messages the page or the server words in the reader's language.
// The formula stays in the trace for professionals.

/** Conditions whose reason needs the limit (an age, a number of months, an amount in euros). */
const withLimit: Record<string, (limit: number) => number> = {
  leeftijd: (years) => years,
  'leeftijd-min': (years) => years,
  periode: (months) => months,
  minimumbedrag: (cents) => Math.round(cents / 100),
};

/** Conditions with their own reason in the catalogue (`benefits.whyNot.reason.<id>`). */
const ownReason = new Set([
  'inkomen',
  'vermogen',
  'eigen-woning',
  'leeftijd-max',
  'aangeboden',
  'bedrag',
  'huurwoning',
  'zelfstandig',
  'kinderen',
  'opvang',
  'werk-aanvrager',
  'werk-partner',
  'verzekerd',
  'actief',
  'leefgeld',
  'partner',
  'uitkering',
  'geen-inkomen',
]);

const comparable = new Set([
  'eurocent',
  'eurocent_per_maand',
  'eurocent_per_kwartaal',
  'eurocent_per_jaar',
]);

/** Why a condition was not met, as the end of 'U krijgt geen …, omdat …' ('… because …'). */
export function reasonClause(c: TraceCondition): Message {
  const limit = withLimit[c.id];
  if (limit && typeof c.limit.value === 'number')
    return message(`benefits.whyNot.reason.${c.id}`, { limit: limit(c.limit.value) });
  if (ownReason.has(c.id)) return message(`benefits.whyNot.reason.${c.id}`);
  // The condition's own label, for a condition no reason in the catalogue explains yet.
  return message('benefits.whyNot.reason.other', { label: c.label });
}

/** The values compared, in euros (`Bij u is dat € 1.500,00 per maand. De grens is …`). */
export function comparedValues(c: TraceCondition): Message | null {
  if (!comparable.has(c.actual.unit) || typeof c.actual.value !== 'number') return null;
  if (typeof c.limit.value !== 'number') return null;
  return message(`benefits.whyNot.values.${c.actual.unit}`, {
    actual: c.actual.value / 100,
    limit: c.limit.value / 100,
  });
}
