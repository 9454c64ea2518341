import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  icon?: ReactNode;
}

/** What a screen says when it has nothing to show yet: what will be here and how to get it. */
export function EmptyState({ title, children, actions, icon }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon && <div className="empty-state__icon">{icon}</div>}
      <h2 className="empty-state__title">{title}</h2>
      <div className="empty-state__body">{children}</div>
      {actions && <div className="empty-state__actions">{actions}</div>}
    </section>
  );
}
