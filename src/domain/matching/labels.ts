import { contentText, message, type ContentText, type Message } from '../message';
import type { Capital } from '../assessment/types';

// Target group names as they read mid-sentence ('bedoeld voor eenoudergezinnen'), from
// content/vocabularies.yaml › target_groups, as catalogue keys (kapitaalscan.targetGroup.*).
const TARGET_GROUPS: ReadonlySet<string> = new Set([
  'kinderen',
  'jongeren',
  'jongvolwassenen',
  'volwassenen',
  'ouderen',
  'ouders',
  'aanstaande-ouders',
  'gezinnen',
  'eenoudergezinnen',
  'geldzorgen',
  'schulden',
  'werkende-armen',
  'uitkering',
  'werkzoekenden',
  'zzp',
  'migratieachtergrond',
  'statushouders',
  'laaggeletterden',
  'mantelzorgers',
  'studenten',
  'huurders',
  'huiseigenaren',
  'wijkbewoners',
]);

/** A target group's name; an id the catalogue does not know is shown as it is. */
export function targetGroupName(id: string): Message | ContentText {
  return TARGET_GROUPS.has(id) ? message(`kapitaalscan.targetGroup.${id}`) : contentText(id, id);
}

/**
 * How one capital can lift another, after the interplay links in the shared fact base
 * (capitals.yaml › interplay.links, sources 001 and 003), worded in kapitaalscan.link.<from>-<to>.
 * Used to explain combinations.
 */
export const CAPITAL_LINKS: readonly { from: Capital; to: Capital }[] = [
  { from: 'economisch', to: 'mentaal' },
  { from: 'economisch', to: 'pedagogisch' },
  { from: 'economisch', to: 'cultureel' },
  { from: 'economisch', to: 'sociaal' },
  { from: 'sociaal', to: 'mentaal' },
  { from: 'sociaal', to: 'pedagogisch' },
  { from: 'sociaal', to: 'economisch' },
  { from: 'mentaal', to: 'sociaal' },
  { from: 'mentaal', to: 'pedagogisch' },
  { from: 'cultureel', to: 'sociaal' },
  { from: 'cultureel', to: 'economisch' },
];

/** How a strong `from` can help a weak `to`, in our own words. */
export function capitalLinkHow(link: { from: Capital; to: Capital }): Message {
  return message(`kapitaalscan.link.${link.from}-${link.to}`);
}
