import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64FromBytes } from '../../../shared/api';
import { utf8Bytes } from '../../../shared/app/export';

describe('file bytes for the transports', () => {
  it('encodes any bytes as Node does', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => base64FromBytes(bytes) === Buffer.from(bytes).toString('base64')));
  });

  it('encodes any text as UTF-8 as TextEncoder does, Chinese and astral characters included', () => {
    expect([...utf8Bytes('包头 €𝄞')]).toEqual([...new TextEncoder().encode('包头 €𝄞')]);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => Buffer.from(utf8Bytes(text)).equals(Buffer.from(new TextEncoder().encode(text)))));
  });
});
