/** A fresh id under which the main process reports a long read or commit (letters, digits, "-"). */
export function newJobId(): string {
  return `import-${crypto.randomUUID()}`;
}
