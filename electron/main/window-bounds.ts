/** Where the main window was, as saved in the window-state store. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800, maximized: false };
export const MIN_SIZE = { width: 900, height: 600 };

/**
 * The saved bounds, if the window would still show on one of today's displays (a monitor may
 * have been unplugged); otherwise the saved size, centred, so the window never opens off-screen.
 */
export function restoreBounds(saved: WindowBounds | null | undefined, workAreas: Area[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const sized = { width, height, maximized: saved.maximized };
  if (saved.x === undefined || saved.y === undefined) return sized;
  const { x, y } = saved;
  // Enough of the title bar must be on a display to grab the window.
  const grabbable = workAreas.some(
    (area) =>
      x + 100 <= area.x + area.width && x + width - 100 >= area.x && y >= area.y && y + 40 <= area.y + area.height,
  );
  return grabbable ? { ...sized, x: Math.round(x), y: Math.round(y) } : sized;
}
