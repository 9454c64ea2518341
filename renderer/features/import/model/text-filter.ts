/** Whether any of the parts contains the typed text (case and surrounding spaces ignored); no text matches all. */
export function matchesText(parts: readonly (string | null | undefined)[], text: string): boolean {
  const needle = text.trim().toLowerCase();
  return needle === '' || parts.some((part) => part?.toLowerCase().includes(needle));
}
