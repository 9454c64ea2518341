import { errorMessage, fail, ok, type ImportFile, type Result } from '../api';
import type { AppPorts } from './ports';

/** A file the user opened in this session, read through main's registry under a size limit; never a path the page names. */
export async function readRegisteredFile(
  ports: AppPorts,
  file: ImportFile,
  limitBytes: number,
): Promise<Result<{ name: string; bytes: Uint8Array }>> {
  const registered = ports.files?.describe(file.handle);
  if (!ports.files || !registered || registered.mode !== 'read') {
    const message = 'this file was not opened in this session: choose it again';
    return fail('not_found', `${file.name}: ${message}`, { problems: [{ place: file.name, message }] });
  }
  try {
    return ok({ name: registered.name, bytes: await ports.files.read(file.handle, limitBytes) });
  } catch (cause) {
    // The port's messages name the file already (`big.csv is 1.3 MB, over the 1 MB import limit`).
    const message = errorMessage(cause);
    return fail('refused', message, { problems: [{ place: registered.name, message }] });
  }
}
