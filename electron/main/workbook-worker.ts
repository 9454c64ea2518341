import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../shared/api/result';
import { readWorkbook } from '../../shared/workbook/read';
import type { ReadRequest, ReadResponse } from './workbook-messages';

/** The worker thread's entry: parses each file it is sent and posts the plain grids back. */
const port = parentPort;
if (!port) throw new Error('workbook-worker runs as a worker thread only');

port.on('message', ({ id, bytes, options }: ReadRequest) => {
  let response: ReadResponse;
  try {
    response = { id, outcome: readWorkbook(bytes, options) };
  } catch (error) {
    response = { id, error: errorMessage(error) };
  }
  port.postMessage(response);
});
