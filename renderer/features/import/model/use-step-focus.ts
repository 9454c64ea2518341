import { useEffect, useRef } from 'react';
import type { WizardStep } from './steps';

/**
 * Moves the focus to the step's panel when the step changes, so a keyboard or screen-reader user
 * lands on the new step instead of on the page (the button they pressed is often gone: Import, Choose).
 */
export function useStepFocus(step: WizardStep) {
  const panel = useRef<HTMLElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    panel.current?.focus();
  }, [step]);
  return panel;
}
