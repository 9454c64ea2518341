import { UpcomingScreen } from '../../components/UpcomingScreen';

export function ImportScreen() {
  return <UpcomingScreen screen="import" needsCatalog={false} />;
}
