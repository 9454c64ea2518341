import type { StoreNotice } from '../../shared/api';
import type { StoreEngine } from './engine';
import { DamagedFileError } from './errors';
import { moveAside } from './move-aside';

/** One small JSON file of settings (preferences, window state), read once and written whole. */
export interface SmallFile<T> {
  /** What the file held, or null when it is absent or was damaged (then moved aside). */
  readonly initial: T | null;
  readonly notice: StoreNotice | null;
  save(value: T): void;
}

export interface SmallFileOptions<T> {
  directory: string;
  fileName: string;
  engine: StoreEngine;
  /** The value, or null when the content is not acceptable. */
  parse(content: unknown): T | null;
  now?: () => Date;
}

export function openSmallFile<T extends Record<string, unknown>>({
  directory,
  fileName,
  engine,
  parse,
  now = () => new Date(),
}: SmallFileOptions<T>): SmallFile<T> {
  const file = engine.openFile(directory, fileName);
  let content: unknown;
  let damaged = false;
  try {
    content = file.read();
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    damaged = true;
  }
  const initial = content === undefined ? null : parse(content);
  damaged ||= content !== undefined && initial === null;
  return {
    initial,
    notice: damaged ? moveAside(directory, fileName, now(), null) : null,
    save: (value) => file.write(value),
  };
}
