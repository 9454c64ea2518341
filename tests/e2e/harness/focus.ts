import type { Page } from 'playwright-core';

/** Where the keyboard focus is, and whether a person can see it. */
export interface FocusState {
  /** Nothing focused (the document itself): allowed between the last element and the first. */
  onBody: boolean;
  /** Stable per element for the life of the document, to tell when Tab has come round again. */
  id: number;
  /** Tag, role and name, for the failure message. */
  label: string;
  /** The strongest contrast of the focus indicator (outline or box-shadow) against what is behind it; 0 when there is none. */
  indicatorContrast: number;
  /** The indicator's element is on screen (not clipped away, not outside the window). */
  indicatorOnScreen: boolean;
  insideDialog: boolean;
}

/**
 * Reads the focused element in the page. The indicator may be drawn by the element or, for a
 * visually hidden input (segmented choices, check lists), by the element right after it or its label.
 */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const target = window as unknown as { __focusIds?: WeakMap<Element, number>; __focusNext?: number };
    target.__focusIds ??= new WeakMap();
    target.__focusNext ??= 1;
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) {
      return {
        onBody: true,
        id: 0,
        label: 'body',
        indicatorContrast: 0,
        indicatorOnScreen: false,
        insideDialog: false,
      };
    }
    let id = target.__focusIds.get(element);
    if (id === undefined) {
      id = target.__focusNext++;
      target.__focusIds.set(element, id);
    }

    const parse = (text: string): Rgba[] =>
      [...text.matchAll(/rgba?\(([^)]+)\)/g)].map((match) => {
        const parts = match[1]!
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
      });
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    const over = (top: Rgba, under: Rgba): Rgba =>
      [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
    const behind = (start: Element | null): Rgba => {
      for (let node = start; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor)[0];
        if (colour && colour[3] > 0) return colour[3] === 1 ? colour : over(colour, behind(node.parentElement));
      }
      return [255, 255, 255, 1];
    };
    const indicatorOf = (host: Element) => {
      const style = getComputedStyle(host);
      const colours: Rgba[] = [];
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
        colours.push(...parse(style.outlineColor));
      if (style.boxShadow !== 'none') colours.push(...parse(style.boxShadow));
      const background = behind(host.parentElement);
      return Math.max(0, ...colours.map((colour) => contrast(over(colour, background), background)));
    };

    const hosts = [element, element.nextElementSibling, element.closest('label')].filter(
      (host): host is Element => host !== null,
    );
    let best = 0;
    let bestHost: Element = element;
    for (const host of hosts) {
      const value = indicatorOf(host);
      if (value > best) {
        best = value;
        bestHost = host;
      }
    }
    const box = bestHost.getBoundingClientRect();
    const onScreen =
      box.width >= 4 &&
      box.height >= 4 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    const role = element.getAttribute('role') ?? element.getAttribute('type') ?? '';
    return {
      onBody: false,
      id,
      label: `${element.tagName.toLowerCase()}${role ? `[${role}]` : ''} “${name}”`,
      indicatorContrast: Math.round(best * 100) / 100,
      indicatorOnScreen: onScreen,
      insideDialog: element.closest('[role="dialog"], dialog') !== null,
    };
  });
}
