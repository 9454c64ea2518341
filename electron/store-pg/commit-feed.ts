import pg, { type Notification } from 'pg';
import type { DatasetChange, StoreCommitEvent } from '../../shared/app/ports';
import { encodeZoneMonths } from '../../shared/app/zone-months';
import { connect } from './connect';

export const CHANNEL = 'zone_stats_commits';
/** PostgreSQL refuses a payload of 8000 bytes or more; a longer one says "re-read everything". */
const MAX_PAYLOAD = 7000;

type Announcement = Omit<StoreCommitEvent, 'by'>;

/**
 * The notification as a statement of its own (its payload a quoted literal), so that it can travel
 * with the COMMIT in one round trip. PostgreSQL delivers it when, and only if, the transaction commits.
 */
export function notifySql(change: DatasetChange | 'replaced'): string {
  return `SELECT pg_notify('${CHANNEL}', (jsonb_build_object('by', session_user) || ${pg.escapeLiteral(JSON.stringify(announce(change)))}::jsonb)::text)`;
}

/**
 * What changed, as precisely as the payload allows: the zone-months (so other apps re-read just
 * those), else the zones alone, else "re-read everything".
 */
function announce(change: DatasetChange | 'replaced'): Announcement {
  const at = new Date().toISOString();
  const everything: Announcement = { at, catalog: true, zoneIds: [], meta: [], replaced: true };
  if (change === 'replaced') return everything;
  const keys = [...(change.upsert ?? []), ...(change.remove ?? [])];
  const zonesOnly: Announcement = {
    at,
    catalog: change.catalog !== undefined,
    zoneIds: [...new Set(keys.map((key) => key.zoneId))].sort(),
    meta: Object.keys(change.meta ?? {}),
    replaced: false,
  };
  const precise: Announcement = { ...zonesOnly, zoneMonths: encodeZoneMonths(keys) };
  return [precise, zonesOnly].find((announcement) => JSON.stringify(announcement).length <= MAX_PAYLOAD) ?? everything;
}

/**
 * Other connections' commits, on a connection of their own that only listens. The store's own
 * commits are left out (same backend process id as the store's connection).
 */
export class CommitListener {
  private readonly listeners = new Set<(event: StoreCommitEvent) => void>();
  private client: Promise<pg.Client> | null = null;

  constructor(
    private readonly url: string,
    private readonly ownProcessId: () => number | undefined,
  ) {}

  subscribe(listener: (event: StoreCommitEvent) => void): () => void {
    this.listeners.add(listener);
    if (!this.client) {
      const opening = this.open();
      this.client = opening;
      // A failed LISTEN connection is dropped (the next subscribe tries again) and reported by ready().
      opening.catch(() => {
        if (this.client === opening) this.client = null;
      });
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Resolves once LISTEN is in place (tests wait for it before committing elsewhere). */
  async ready(): Promise<void> {
    await this.client;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.listeners.clear();
    if (client) await (await client).end();
  }

  private async open(): Promise<pg.Client> {
    const client = await connect(this.url);
    client.on('notification', (message: Notification) => this.deliver(message));
    // A lost listening connection must not take the app down; phase 2 reconnects and tells the user.
    client.on('error', () => undefined);
    await client.query(`LISTEN ${CHANNEL}`);
    return client;
  }

  private deliver(message: Notification): void {
    if (message.channel !== CHANNEL || message.processId === this.ownProcessId() || !message.payload) return;
    const event = JSON.parse(message.payload) as StoreCommitEvent;
    for (const listener of this.listeners) listener(event);
  }
}
