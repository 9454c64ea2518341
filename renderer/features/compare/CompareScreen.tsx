import { UpcomingScreen } from '../../components/UpcomingScreen';

export function CompareScreen() {
  return <UpcomingScreen screen="compare" needsCatalog={true} />;
}
