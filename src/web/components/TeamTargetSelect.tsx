import { useTranslation } from 'react-i18next';
import type { ReceivingTeam } from '../../contract/partner-teams';
import { SelectField } from './SelectField';

/** Choosing the team that receives a household, each shown as 'team (organisation)'. */
export function TeamTargetSelect({
  idPrefix,
  label,
  targets,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  label: string;
  targets: ReceivingTeam[];
  value: string;
  onChange: (teamId: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      idPrefix={idPrefix}
      name="teamId"
      label={label}
      value={value}
      options={targets.map((x) => ({
        value: x.teamId,
        label: t('overdracht.teamAt', { team: x.teamName, organisation: x.organisationName }),
      }))}
      onChange={onChange}
      error={error}
    />
  );
}
