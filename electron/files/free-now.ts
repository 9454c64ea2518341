/**
 * Frees an ArrayBuffer's memory at once by detaching it (`transfer(0)`), rather than at the
 * collector's next full pass; left to the collector where the runtime has no `transfer` (Node < 21,
 * which the package does not support but a user may still start the bin with).
 */
export function freeNow(buffer: ArrayBufferLike): void {
  if (buffer instanceof ArrayBuffer && typeof buffer.transfer === 'function') buffer.transfer(0);
}
