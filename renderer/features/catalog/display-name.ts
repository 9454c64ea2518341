/** The name to show in the UI's language: the Chinese one in Chinese when there is one. */
export function displayName(entity: { name: string; nameZh: string }, language: string): string {
  return language.startsWith('zh') && entity.nameZh.trim() !== '' ? entity.nameZh : entity.name;
}
