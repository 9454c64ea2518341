import type { Page } from 'playwright-core';

/** A chart has drawn when its canvas (`[data-chart="<file name>"]`) holds pixels that are not the background. */
export function chartDrawn(page: Page, fileName: string): Promise<boolean> {
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-chart="${name}"] canvas`);
    if (!canvas || canvas.width === 0) return false;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const distinct = new Set<number>();
    for (let i = 0; i < pixels.length && distinct.size < 20; i += 4 * 97)
      distinct.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return distinct.size >= 5;
  }, fileName);
}
