import { useTranslation } from 'react-i18next';
import type { Screen } from '../../shared/api';
import { ScreenIcon } from '../components/Icon';
import { hashOf } from './routes';

/** The work first, then the set-up: the order of the Navigate menu too. */
const GROUPS: Screen[][] = [
  ['entry', 'compare'],
  ['import', 'brief', 'export'],
  ['zones', 'settings'],
];

const LABEL_KEYS = {
  entry: 'nav.entry',
  compare: 'nav.compare',
  import: 'nav.import',
  brief: 'nav.brief',
  export: 'nav.export',
  zones: 'nav.catalog',
  settings: 'nav.settings',
} as const satisfies Record<Screen, string>;

/** The screens, as names and icons or icons only (collapsed: by the toggle, or by itself in a narrow window). */
export function Sidebar({ current, collapsed, onToggle }: { current: Screen; collapsed: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <button
        type="button"
        className="sidebar__toggle icon-button"
        aria-expanded={!collapsed}
        aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
        title={collapsed ? t('nav.expand') : t('nav.collapse')}
        onClick={onToggle}
      >
        <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
      </button>
      {GROUPS.map((group) => (
        <ul key={group.join()} className="sidebar__group">
          {group.map((screen) => (
            <li key={screen}>
              <a
                className="sidebar__link"
                href={hashOf(screen)}
                aria-current={screen === current ? 'page' : undefined}
                title={t(LABEL_KEYS[screen])}
                data-screen={screen}
              >
                <ScreenIcon screen={screen} />
                <span>{t(LABEL_KEYS[screen])}</span>
              </a>
            </li>
          ))}
        </ul>
      ))}
    </nav>
  );
}
