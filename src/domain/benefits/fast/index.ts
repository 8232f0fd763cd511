// Trace-free screening fast paths over columns of households (typed arrays): for screening a
// whole municipality on one scheme at a time. The engine (calculateAll) stays the reference and
// the only source of explanations; each fast path is tested to give the engine's amounts.
export * from './zorgtoeslag-columns';
export { screenZorgtoeslag, zorgtoeslagAmounts } from './zorgtoeslag-fast';
