import type { ComponentType } from 'react';
import type { Screen } from '../../shared/api';
import { CatalogScreen } from '../features/catalog/CatalogScreen';
import { CompareScreen } from '../features/compare/CompareScreen';
import { EntryScreen } from '../features/entry/EntryScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

const SCREEN_COMPONENTS: Record<Screen, ComponentType> = {
  entry: EntryScreen,
  compare: CompareScreen,
  import: ImportScreen,
  export: ExportScreen,
  zones: CatalogScreen,
  settings: SettingsScreen,
};

export function ScreenView({ screen }: { screen: Screen }) {
  const Component = SCREEN_COMPONENTS[screen];
  return <Component />;
}
