import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../shared/api/result';
import { packedPlanBuffers, packPlanOutcome } from '../../shared/app/import/packed-plan';
import { planImport } from '../../shared/app/import/plan';
import { readWorkbookAsync } from '../../shared/workbook/read';
import { packedBuffers, packGrid } from '../../shared/workbook/read/packed-grid';
import { writeTables } from '../../shared/workbook/write';
import { nodeWorkbookCodec, nodeZip } from '../files/raw-inflate';
import type { WorkbookRequest, WorkbookResponse } from './workbook-messages';

/** The worker thread's entry: reads or plans each file, or writes each workbook, it is sent and posts the result back. */
const port = parentPort;
if (!port) throw new Error('workbook-worker runs as a worker thread only');

const post = (response: WorkbookResponse, transfer: ArrayBuffer[] = []) => port.postMessage(response, transfer);

port.on('message', async (request: WorkbookRequest) => {
  const { id } = request;
  try {
    if (request.kind === 'read') {
      const outcome = await readWorkbookAsync(request.bytes, { ...request.options, native: nodeZip });
      if (!outcome.ok) return post({ id, outcome });
      const packed = packGrid(outcome.workbook);
      return post({ id, outcome: { ok: true, packed } }, packedBuffers(packed));
    }
    if (request.kind === 'plan') {
      const outcome = await planImport({
        ...request.input,
        codec: nodeWorkbookCodec,
        // Cancelling is the main thread's: it checks on each progress message, and stops this worker.
        job: {
          stage: (stage, total = 0) => post({ id, progress: { stage, total } }),
          advance: (done) => post({ id, progress: { done } }),
          checkpoint: async () => {},
        },
      });
      const plan = packPlanOutcome(outcome);
      return post({ id, plan }, packedPlanBuffers(plan));
    }
    // A copy in a fresh buffer of its own: the writer's may be a view into a larger (or pooled) one, which cannot be transferred whole.
    const bytes = new Uint8Array(writeTables(request.tables));
    post({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    post({ id, error: errorMessage(error) });
  }
});
