import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onApiError } from '../api';

export interface Notice {
  id: number;
  tone: 'success' | 'error';
  text: string;
  detail?: string;
}

interface NotificationsValue {
  notify(notice: Omit<Notice, 'id'>): void;
}

const NotificationsContext = createContext<NotificationsValue | null>(null);
const SUCCESS_MS = 5000;

/**
 * Short messages at the corner of the window: confirmations fade, errors stay until dismissed.
 * Every API error that no form showed in place arrives here.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-4), { ...notice, id }]);
      if (notice.tone === 'success') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  useEffect(
    () =>
      onApiError((error) => notify({ tone: 'error', text: t(`errors.codes.${error.code}`), detail: error.message })),
    [notify, t],
  );

  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <NotificationsContext value={value}>
      {children}
      <div className="notifications" role="region" aria-label={t('app.notifications')}>
        <div role="status" aria-live="polite">
          {notices
            .filter((n) => n.tone === 'success')
            .map((notice) => (
              <NoticeCard key={notice.id} notice={notice} onDismiss={dismiss} />
            ))}
        </div>
        <div role="alert">
          {notices
            .filter((n) => n.tone === 'error')
            .map((notice) => (
              <NoticeCard key={notice.id} notice={notice} onDismiss={dismiss} />
            ))}
        </div>
      </div>
    </NotificationsContext>
  );
}

function NoticeCard({ notice, onDismiss }: { notice: Notice; onDismiss(id: number): void }) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice--${notice.tone}`}>
      <div className="notice__text">
        <p>{notice.text}</p>
        {notice.detail && <p className="notice__detail">{notice.detail}</p>}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={t('common.dismiss')}
        onClick={() => onDismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}

export function useNotify(): NotificationsValue['notify'] {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotify is used outside NotificationsProvider');
  return value.notify;
}
