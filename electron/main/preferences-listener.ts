import type { AppApi, Preferences } from '../../shared/api';

/** The handlers, with `listener` told of every saved preference change (the menu follows the language). */
export function onPreferencesSaved(handlers: AppApi, listener: (preferences: Preferences) => void): AppApi {
  return {
    ...handlers,
    setPreferences: async (arg) => {
      const result = await handlers.setPreferences(arg);
      if (result.ok) listener(result.value);
      return result;
    },
  };
}
