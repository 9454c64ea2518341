import { useEffect, useState } from 'react';
import { onChangedElsewhere, onDatasetReplaced } from '../api';

/** Bumped when the dataset changed under the screen (another user's commit, a restored backup, another store chosen): figures shown are read again. */
export function useDatasetGeneration(): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const bump = () => setGeneration((count) => count + 1);
    const stopElsewhere = onChangedElsewhere(bump);
    const stopReplaced = onDatasetReplaced(bump);
    return () => {
      stopElsewhere();
      stopReplaced();
    };
  }, []);
  return generation;
}
