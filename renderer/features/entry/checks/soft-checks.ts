// The checks live in shared/model, where the status rules read them too.
export { componentWarnings, plausibilityWarning, type EntryWarning, type EntryWarningKind } from '../../../../shared/model';
