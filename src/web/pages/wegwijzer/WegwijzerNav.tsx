import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../api/session';

/** Sub-navigation of the wegwijzer pages. */
export function WegwijzerNav() {
  const { t } = useTranslation();
  const me = useMe();
  const editor = me.role === 'beleidsmedewerker' || me.role === 'beheerder';
  const items = [
    { to: '/wegwijzer', label: t('wegwijzer.nav.capitals'), end: true },
    { to: '/wegwijzer/zoeken', label: t('wegwijzer.nav.search') },
    { to: '/wegwijzer/specialisten', label: t('wegwijzer.nav.specialists') },
    { to: `/wegwijzer/poster/${me.organisation.id}`, label: t('wegwijzer.nav.poster') },
    ...(editor ? [{ to: '/wegwijzer/beheer', label: t('wegwijzer.nav.manage') }] : []),
  ];
  return (
    <nav aria-label={t('wegwijzer.nav.label')} className="ww-subnav ww-no-print">
      <ul>
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
