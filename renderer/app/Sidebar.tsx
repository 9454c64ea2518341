import { useTranslation } from 'react-i18next';
import type { Screen } from '../../shared/api';
import { ScreenIcon } from '../components/Icon';
import { hashOf } from './routes';

/** The work first, then the set-up: the order of the Navigate menu too. */
const GROUPS: Screen[][] = [
  ['entry', 'compare'],
  ['import', 'export'],
  ['zones', 'settings'],
];

const LABEL_KEYS = {
  entry: 'nav.entry',
  compare: 'nav.compare',
  import: 'nav.import',
  export: 'nav.export',
  zones: 'nav.catalog',
  settings: 'nav.settings',
} as const satisfies Record<Screen, string>;

export function Sidebar({ current }: { current: Screen }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
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
