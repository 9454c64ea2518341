/**
 * A zone's or an indicator's name in a language (`zh`, `zh-CN`, `en`…): the Chinese name in
 * Chinese when one is set, else the English name.
 */
export function displayName(entity: { name: string; nameZh: string }, language: string): string {
  return language.startsWith('zh') && entity.nameZh.trim() !== '' ? entity.nameZh : entity.name;
}
