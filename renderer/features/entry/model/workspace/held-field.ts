/** Leaves the entry field being typed in, so its text is saved, or held with its error. */
export function leaveFocusedField(): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLInputElement && focused.closest('.entry-screen')) focused.blur();
}

/** Gives the focus back to the first form field holding text that could not be saved, once it shows as such. */
export function focusHeldField(): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>('.entry-form input[aria-invalid="true"]')?.focus(),
  );
}
