/**
 * The threatening situations of Wgs art. 4 lid 2: a forced eviction, the end of the supply of gas,
 * electricity, district heating or water, or the health insurance cancelled or dissolved. Partner
 * files do not say whether one is announced, so the vroegsignalering worker records it on the case.
 */
export const THREAT_KINDS = ['ontruiming', 'afsluiting', 'zorgverzekering'] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

/** A threatening situation on a case, and the day the gemeente learned of it. */
export type Threat = { kind: ThreatKind; knownOn: string };
