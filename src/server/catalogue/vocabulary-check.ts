import type { Vocabularies } from '../../contract/content';
import type { LocalInterventionBody } from '../../contract/catalogue';
import type { FieldError } from '../../contract/problem';
import { messages } from '../../content/message-files';
import { message } from '../../domain/message';

type VocabularyName = keyof Vocabularies;

/** Checks every vocabulary id in a local item against content/vocabularies.yaml. */
export function vocabularyErrors(
  body: LocalInterventionBody,
  vocabularies: Vocabularies,
): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: string, values: string[], vocabulary: VocabularyName) => {
    const known = new Set((vocabularies[vocabulary] as { id: string }[]).map((v) => v.id));
    values.forEach((value, i) => {
      if (!known.has(value)) {
        errors.push({
          field: `${field}.${i}`,
          code: 'unknown_value',
          messages: messages.bilingual(message('problem.catalogue.unknownValue', { value })),
        });
      }
    });
  };
  check('kind', [body.kind], 'kinds');
  check('capitals.primary', body.capitals.primary, 'capitals');
  check('capitals.secondary', body.capitals.secondary, 'capitals');
  check('targetGroups', body.targetGroups, 'target_groups');
  check('phases', body.phases, 'phases');
  check('povertyTypes', body.povertyTypes, 'poverty_types');
  check('lifeEvents', body.lifeEvents, 'life_events');
  check('domains', body.domains, 'domains');
  check('evidence.level', [body.evidence.level], 'evidence_levels');
  body.capitals.secondary.forEach((c, i) => {
    if (body.capitals.primary.includes(c)) {
      errors.push({
        field: `capitals.secondary.${i}`,
        code: 'duplicate',
        messages: messages.bilingual(message('problem.catalogue.capitalTwice')),
      });
    }
  });
  // The kind field reports as 'kind', not 'kind.0'.
  return errors.map((e) =>
    e.field === 'kind.0' || e.field === 'evidence.level.0'
      ? { ...e, field: e.field.slice(0, -2) }
      : e,
  );
}
