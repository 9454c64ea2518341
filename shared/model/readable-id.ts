import { pinyin } from 'pinyin-pro';
import { idFromName } from './ids';

const MAX_LENGTH = 60;

/** An id a user can read and type for a Chinese name: 煤炭开采和洗选业 → mei-tan-kai-cai-he-xi-xuan-ye. */
export function readableId(name: string): string {
  const syllables = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = idFromName(syllables.join(' '));
  if (slug.length <= MAX_LENGTH) return slug;
  return slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
}
