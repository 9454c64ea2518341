import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own build, given to every document the page loads (an init script is not subject to the CSP). */
export const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** Each offending element: its selector and what axe says is wrong with it. */
  nodes: { target: string; summary: string }[];
}

export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript({ path: AXE_SCRIPT });
}

/** Every axe rule (WCAG 2.x A/AA and best practices) on the whole document as it is now. */
export function runAxe(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    type AxeResults = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' > '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/** One line per offending element, with the state of the app it was found in. */
export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: [${violation.impact}] ${violation.rule} (${violation.help}) at ${node.target} — ${node.summary}`,
    ),
  );
}
