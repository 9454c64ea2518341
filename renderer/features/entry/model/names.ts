/** The name to show in the UI's language: the Chinese one in Chinese when there is one. */
export function localName(entity: { name: string; nameZh: string }, language: string): string {
  return language.startsWith('zh') && entity.nameZh.trim() !== '' ? entity.nameZh : entity.name;
}
