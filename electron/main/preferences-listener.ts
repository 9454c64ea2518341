import type { AppHandlers, Preferences } from '../../shared/api';

/** The handlers, with `listener` told of every saved preference change (the menu follows the language). */
export function onPreferencesSaved(handlers: AppHandlers, listener: (preferences: Preferences) => void): AppHandlers {
  return {
    ...handlers,
    setPreferences: async (arg) => {
      const result = await handlers.setPreferences(arg);
      if (result.ok) listener(result.value);
      return result;
    },
  };
}
