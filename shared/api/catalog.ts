import { z } from 'zod';
import { IdSchema, IndicatorSchema, ZoneSchema, type Indicator, type Zone } from '../model';

export const catalogSchemas = {
  listZones: z.object({}).strict(),
  createZone: z.object({ zone: ZoneSchema }).strict(),
  updateZone: z.object({ zone: ZoneSchema }).strict(),
  /** Refused while observations or other zones use it, unless `confirm` (observations go too). */
  deleteZone: z.object({ id: IdSchema, confirm: z.boolean().default(false) }).strict(),
  listIndicators: z.object({}).strict(),
  createIndicator: z.object({ indicator: IndicatorSchema }).strict(),
  updateIndicator: z.object({ indicator: IndicatorSchema }).strict(),
  deleteIndicator: z.object({ id: IdSchema, confirm: z.boolean().default(false) }).strict(),
};

export interface DeleteOutcome {
  deletedObservations: number;
  backupId: string | null;
}

export interface CatalogResults {
  listZones: Zone[];
  createZone: Zone;
  updateZone: Zone;
  deleteZone: DeleteOutcome;
  listIndicators: Indicator[];
  createIndicator: Indicator;
  updateIndicator: Indicator;
  deleteIndicator: DeleteOutcome;
}
