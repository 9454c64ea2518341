import { inflateRawSync } from 'node:zlib';
import { inProcessWorkbookCodec } from '../../shared/app/import/workbook-codec';
import type { WorkbookCodec } from '../../shared/app/ports';
import type { RawInflate } from '../../shared/workbook/read';

/**
 * zlib's raw inflate for the streaming .xlsx reader, several times faster than fflate's streaming
 * one and without its garbage: a sheet is unpacked whole, stopped by zlib past `maxBytes`.
 */
export const nodeRawInflate: RawInflate = (compressed, maxBytes) =>
  inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });

/** The in-process codec (command line, benchmarks) with zlib's inflate. */
export const nodeWorkbookCodec: WorkbookCodec = {
  ...inProcessWorkbookCodec,
  readWorkbook: (bytes, options) =>
    inProcessWorkbookCodec.readWorkbook(bytes, { ...options, inflateRaw: nodeRawInflate }),
};
