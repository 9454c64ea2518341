import { describe, expect, it } from 'vitest';
import { API_METHODS, API_SCHEMAS, metricsSchemas } from '../../../shared/api';

describe('the metrics methods on the contract', () => {
  it('are listed and validated like every other method', () => {
    expect(API_METHODS).toEqual(expect.arrayContaining(['getMetrics', 'getBulletin']));
    expect(API_SCHEMAS.getMetrics).toBe(metricsSchemas.getMetrics);
  });

  it('getBulletin defaults to the year-to-date basis and refuses other languages', () => {
    expect(metricsSchemas.getBulletin.parse({ zoneId: 'baotou-hitech', period: '2025-05' })).toEqual({
      zoneId: 'baotou-hitech',
      period: '2025-05',
      basis: 'ytd',
    });
    expect(metricsSchemas.getBulletin.safeParse({ zoneId: 'z', period: '2025-05', language: 'fr' }).success).toBe(
      false,
    );
    expect(metricsSchemas.getBulletin.safeParse({ zoneId: 'z', period: '2025-5' }).success).toBe(false);
  });

  it('getMetrics takes a selection and a threshold, nothing else', () => {
    expect(
      metricsSchemas.getMetrics.safeParse({
        zoneIds: ['a'],
        from: '2025-01',
        to: '2025-05',
        basis: 'month',
        threshold: 8,
      }).success,
    ).toBe(true);
    expect(metricsSchemas.getMetrics.safeParse({ period: '2025-05' }).success).toBe(false);
    expect(metricsSchemas.getMetrics.safeParse({ threshold: Number.NaN }).success).toBe(false);
  });
});
