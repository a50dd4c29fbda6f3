import type { EventType } from '../../lang/types/events.js';

/**
 * The CAMEO code of an event type (CAMEO 1.1b3 verb codebook). A planned meeting, visit or summit
 * is an expressed intent to meet (036); once it took place, a meeting is hosted/held (043, as in
 * OUTPUT.md), a visit is made (042) and a summit meets at a third location (044). Statements and
 * press conferences make a public statement (010). Deployments increase military force posture
 * (154, mobilise or increase armed forces). Commitments express intent to cooperate (030).
 */
const REPORTED: Record<EventType, string> = {
  meeting: '043',
  visit: '042',
  summit: '044',
  press_conference: '010',
  statement: '010',
  deployment: '154',
  commitment: '030',
};

const PLANNED: Partial<Record<EventType, string>> = { meeting: '036', visit: '036', summit: '036' };

export function cameoOf(type: EventType, modality: 'reported' | 'planned' | 'denied'): string {
  return (modality === 'planned' ? PLANNED[type] : undefined) ?? REPORTED[type];
}
