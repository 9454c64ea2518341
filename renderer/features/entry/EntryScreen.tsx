import { UpcomingScreen } from '../../components/UpcomingScreen';

export function EntryScreen() {
  return <UpcomingScreen screen="entry" needsCatalog={true} />;
}
