import { describe, expect, it } from 'vitest';
import { API_METHODS, API_SCHEMAS, apiChannel } from '../../../shared/api';

describe('the API contract', () => {
  it('lists each method once, with a schema for every method and no schema without a method', () => {
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
    expect(Object.keys(API_SCHEMAS).sort()).toEqual([...API_METHODS].sort());
  });

  it('names channels api:<method>', () => {
    expect(apiChannel('listZones')).toBe('api:listZones');
  });

  it('rejects unknown fields so the renderer cannot smuggle data through', () => {
    expect(API_SCHEMAS.listZones.safeParse({ extra: 1 }).success).toBe(false);
    expect(API_SCHEMAS.deleteZone.safeParse({ id: 'z1' }).success).toBe(true);
    expect(API_SCHEMAS.deleteZone.safeParse({ id: '../etc' }).success).toBe(false);
  });
});
