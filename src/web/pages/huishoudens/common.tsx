import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useIntervention } from '../../api/catalogue';
import { fetchHousehold, householdKeys } from './households-api';
import './huishoudens.css';

export { todayIso } from '../../today';

export const useHousehold = (id: string) =>
  useQuery({ queryKey: householdKeys.one(id), queryFn: () => fetchHousehold(id) });

/** The sub-navigation of one household: overview, plan, voorzieningencheck. */
export function HouseholdNav({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  const items = [
    { to: `/huishoudens/${id}`, label: t('huishoudens.nav.overview'), end: true },
    { to: `/huishoudens/${id}/plan`, label: t('huishoudens.nav.plan') },
    { to: `/huishoudens/${id}/voorzieningen`, label: t('huishoudens.nav.check') },
  ];
  return (
    <nav aria-label={t('huishoudens.nav.label', { label })} className="ww-subnav ww-no-print">
      <ul>
        <li>
          <NavLink to="/huishoudens" end>
            {t('huishoudens.nav.all')}
          </NavLink>
        </li>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The name of an intervention from the wegwijzer (its id while loading). */
export function InterventionName({ id }: { id: string }) {
  const item = useIntervention(id);
  return <>{item.data?.item.name ?? id}</>;
}
