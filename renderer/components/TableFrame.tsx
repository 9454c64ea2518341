import { useEffect, useRef, useState, type ReactNode } from 'react';

interface TableFrameProps {
  /** The id of the heading that names the table: the frame takes it when it scrolls. */
  labelledBy?: string;
  /** Or the name itself. */
  label?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The frame a wide table scrolls in. While its content overflows it is a named, focusable group, so
 * the keyboard can reach it and scroll it with the arrow keys; otherwise it stays out of the Tab order.
 */
export function TableFrame({ labelledBy, label, className, children }: TableFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(frame);
  return (
    <div
      ref={frame}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      aria-label={scrolls && !labelledBy ? label : undefined}
    >
      {children}
    </div>
  );
}

function useOverflows(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      setOverflows(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
