/**
 * react-data-grid finds cells with nested selectors (`& > [role="row"]`), which Chromium accepts
 * and happy-dom does not yet; outside Chromium `&` at the start means the element itself, as
 * `:scope` does. Only for the component tests: the e2e tests run the grid in real Chromium.
 */
const RELATIVE = /^\s*&/;

for (const method of ['querySelector', 'querySelectorAll'] as const) {
  const original = Element.prototype[method] as (this: Element, selectors: string) => unknown;
  Object.defineProperty(Element.prototype, method, {
    configurable: true,
    writable: true,
    value(this: Element, selectors: string) {
      return original.call(this, RELATIVE.test(selectors) ? selectors.replace(RELATIVE, ':scope') : selectors);
    },
  });
}
