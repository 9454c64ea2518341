import { serializeJson } from './json-file';

/**
 * The options both engines get, so conf and electron-store write the same file: an explicit folder
 * and name, our serializer, whole keys (no dot paths), no watcher. `clearInvalidConfig` stays false:
 * a damaged file must reach us (conf then throws) so we can move it aside instead of losing it.
 * `cache` is on as the design asks; we never read through conf, so it holds no second copy.
 */
export function engineFileOptions(fileName: string) {
  if (!fileName.endsWith('.json')) throw new Error(`store file names end in .json: ${fileName}`);
  return {
    fileExtension: 'json',
    baseName: fileName.slice(0, -'.json'.length),
    serialize: serializeJson,
    cache: true,
    clearInvalidConfig: false,
    watch: false,
    accessPropertiesByDotNotation: false,
  } as const;
}
