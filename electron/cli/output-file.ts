import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Most file systems (ext4, NTFS, APFS) allow 255 bytes in one name. */
const NAME_MAX_BYTES = 255;
/** What the file registry adds while it writes: `.partial-`, a process id of up to 7 digits, `-` and a count of up to 4. */
const PARTIAL_SUFFIX_BYTES = '.partial-'.length + 7 + 5;
export const OUTPUT_NAME_MAX_BYTES = NAME_MAX_BYTES - PARTIAL_SUFFIX_BYTES;

/** Why an output file cannot be written where asked, found before any work: a folder, a missing folder, an over-long name. */
export function outputProblem(path: string): string | undefined {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    return `${path} is a folder; name the file to write, such as ${path.replace(/\/+$/, '')}/comparison.xlsx`;
  const folder = dirname(path);
  const parent = statSync(folder, { throwIfNoEntry: false });
  if (!parent) return `the folder ${folder} does not exist`;
  if (!parent.isDirectory()) return `${folder} is not a folder`;
  const bytes = Buffer.byteLength(basename(path));
  if (bytes > OUTPUT_NAME_MAX_BYTES)
    return `the file name is too long (${bytes} bytes; at most ${OUTPUT_NAME_MAX_BYTES})`;
  return undefined;
}
