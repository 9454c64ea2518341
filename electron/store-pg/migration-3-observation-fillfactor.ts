const SCHEMA = 'zone_stats';

/**
 * Room on each page of observations for the next version of its rows. An import rewrites every
 * figure it changes; when the new version fits on the page of the old one (and no key column
 * changed, which an import never does) PostgreSQL makes it a heap-only update: no new entries in
 * the primary key or the period index, and a fraction of the write-ahead log. Rows of recent
 * months sit together (the table is filled zone by indicator by period), so the free space is
 * where the imports land; the old versions are pruned from the page when it is next written.
 * Pages written before this migration keep their old fill until `VACUUM FULL zone_stats.observations`.
 */
export const V3_OBSERVATION_FILLFACTOR = `
ALTER TABLE ${SCHEMA}.observations SET (fillfactor = 75);
`;
