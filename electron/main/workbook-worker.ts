import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../shared/api/result';
import { readWorkbook } from '../../shared/workbook/read';
import { packedBuffers, packGrid } from '../../shared/workbook/read/packed-grid';
import { writeTables } from '../../shared/workbook/write';
import { nodeZip } from '../files/raw-inflate';
import type { WorkbookRequest, WorkbookResponse } from './workbook-messages';

/** The worker thread's entry: parses each file, or writes each workbook, it is sent and posts the result back. */
const port = parentPort;
if (!port) throw new Error('workbook-worker runs as a worker thread only');

port.on('message', (request: WorkbookRequest) => {
  const { id } = request;
  try {
    if (request.kind === 'read') {
      const outcome = readWorkbook(request.bytes, { ...request.options, native: nodeZip });
      if (!outcome.ok) {
        port.postMessage({ id, outcome } satisfies WorkbookResponse);
        return;
      }
      const packed = packGrid(outcome.workbook);
      port.postMessage({ id, outcome: { ok: true, packed } } satisfies WorkbookResponse, packedBuffers(packed));
      return;
    }
    // A copy in a fresh buffer of its own: the writer's may be a view into a larger (or pooled) one, which cannot be transferred whole.
    const bytes = new Uint8Array(writeTables(request.tables));
    port.postMessage({ id, bytes } satisfies WorkbookResponse, [bytes.buffer]);
  } catch (error) {
    port.postMessage({ id, error: errorMessage(error) } satisfies WorkbookResponse);
  }
});
