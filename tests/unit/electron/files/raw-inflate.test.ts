import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRawPieces, nodeRawInflate, nodeZip } from '../../../../electron/files/raw-inflate';
import { crc32 } from '../../../../shared/workbook/read/crc32';

/** Text that compresses as a sheet's XML does, with random bytes so that it does not collapse to nothing. */
function sheetLike(bytes: number): Uint8Array {
  const noise = randomBytes(bytes / 8).toString('hex');
  return new TextEncoder().encode(`<row r="1"><c r="A1"><v>${noise}</v></c></row>`.padEnd(bytes, 'x'));
}

describe("zlib's raw inflate for the streaming reader", () => {
  it.each([
    ['a small part given its exact size', 1_000, 1_000],
    ['a part of several megabytes given its exact size', 3_000_000, 3_000_000],
    ['a part given more room than it needs', 200_000, 5_000_000],
  ])('unpacks %s byte for byte', (_, size, room) => {
    const original = sheetLike(size);
    const inflated = nodeRawInflate(deflateRawSync(original), room);
    expect(inflated).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(inflated).equals(Buffer.from(original))).toBe(true);
  });

  it('stops at the room it was given: a part larger than its directory says is refused', () => {
    const original = sheetLike(300_000);
    expect(() => nodeRawInflate(deflateRawSync(original), 299_999)).toThrow();
  });
});

describe("zlib's raw inflate in pieces, on its own thread", () => {
  async function pieces(compressed: Uint8Array, room: number): Promise<Uint8Array[]> {
    const taken: Uint8Array[] = [];
    await inflateRawPieces(compressed, room, (piece) => taken.push(piece.slice()));
    return taken;
  }

  it.each([
    ['a small part', 1_000],
    ['a part of several pieces', 5_500_000],
  ])('hands %s over in order, byte for byte', async (_, size) => {
    const original = sheetLike(size);
    const taken = await pieces(deflateRawSync(original), size);
    expect(Buffer.concat(taken).equals(Buffer.from(original))).toBe(true);
    if (size > 1_048_576) expect(taken.length).toBeGreaterThan(1);
  });

  it('refuses past the room it was given, and damaged or cut data', async () => {
    const original = sheetLike(3_000_000);
    const compressed = deflateRawSync(original);
    await expect(pieces(compressed, 2_999_999)).rejects.toThrow(/more than 2999999 bytes/);
    const damaged = new Uint8Array(compressed);
    for (let at = 40; at < 120; at++) damaged[at] = 0xff;
    await expect(pieces(damaged, 3_000_000)).rejects.toThrow();
    await expect(pieces(compressed.subarray(0, compressed.length >> 1), 3_000_000)).rejects.toThrow();
  });

  it('stops at the first piece its taker refuses, and takes none after it', async () => {
    const taken: number[] = [];
    const refused = inflateRawPieces(deflateRawSync(sheetLike(6_000_000)), 6_000_000, (piece) => {
      taken.push(piece.length);
      if (taken.length === 2) throw new Error('not a sheet');
    });
    await expect(refused).rejects.toThrow('not a sheet');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(taken).toHaveLength(2);
  });
});

describe("zlib's CRC-32 for the streaming reader", () => {
  it('gives what crc32.ts gives, continued over pieces of any length', () => {
    const bytes = new Uint8Array(randomBytes(300_001));
    const cuts = [0, 1, 7, 8, 4_096, 65_537, 200_000, bytes.length];
    let native = 0;
    let portable = 0;
    for (let index = 1; index < cuts.length; index++) {
      const piece = bytes.subarray(cuts[index - 1], cuts[index]);
      native = nodeZip.crc32(piece, native);
      portable = crc32(piece, portable);
      expect(native).toBe(portable);
    }
    expect(native).toBe(crc32(bytes));
    expect(nodeZip.crc32(new Uint8Array(0), 0)).toBe(0);
  });
});

describe('releasing an inflated sheet', () => {
  it('frees a large one at once, and never a small Buffer that shares Node’s pool with others', () => {
    const large = nodeRawInflate(deflateRawSync(sheetLike(2_000_000)), 2_000_000);
    nodeZip.release(large);
    expect(large.length).toBe(0);

    const neighbour = Buffer.from('a neighbour in the pool');
    const small = nodeRawInflate(deflateRawSync(sheetLike(1_000)), 1_000);
    const pooled = Buffer.from('pooled');
    nodeZip.release(small);
    nodeZip.release(pooled);
    expect(small.length).toBe(1_000);
    expect(pooled.toString()).toBe('pooled');
    expect(neighbour.toString()).toBe('a neighbour in the pool');
  });
});
