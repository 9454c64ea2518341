import { UpcomingScreen } from '../../components/UpcomingScreen';

export function ExportScreen() {
  return <UpcomingScreen screen="export" needsCatalog={true} />;
}
