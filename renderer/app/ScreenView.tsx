import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { Screen } from '../../shared/api';
import { Loading } from '../components/Loading';

/** Each screen is its own chunk, loaded on first visit: charts and grids do not slow the start. */
const SCREEN_COMPONENTS: Record<Screen, LazyExoticComponent<ComponentType>> = {
  entry: lazy(() => import('../features/entry/EntryScreen').then((module) => ({ default: module.EntryScreen }))),
  compare: lazy(() =>
    import('../features/compare/CompareScreen').then((module) => ({ default: module.CompareScreen })),
  ),
  import: lazy(() => import('../features/import/ImportScreen').then((module) => ({ default: module.ImportScreen }))),
  brief: lazy(() => import('../features/brief/BriefScreen').then((module) => ({ default: module.BriefScreen }))),
  export: lazy(() => import('../features/export/ExportScreen').then((module) => ({ default: module.ExportScreen }))),
  zones: lazy(() => import('../features/zones/ZonesScreen').then((module) => ({ default: module.ZonesScreen }))),
  settings: lazy(() =>
    import('../features/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })),
  ),
};

export function ScreenView({ screen }: { screen: Screen }) {
  const Component = SCREEN_COMPONENTS[screen];
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}
