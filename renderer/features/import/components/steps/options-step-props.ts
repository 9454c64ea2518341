import type { ImportOptions, ImportPreview } from '../../../../../shared/api';

/** What a step that adjusts the reading gets: the preview it shows and the options it changes. */
export interface OptionsStepProps {
  preview: ImportPreview;
  options: ImportOptions;
  onChange(patch: ImportOptions): void;
}
