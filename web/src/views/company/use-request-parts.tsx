import type { EquipmentUseStatus } from '../../gql/graphql';

/**
 * The moves the company side makes on its own use requests (docs/workflows.md, "Equipment use
 * requests"): accept or decline a proposed time, cancel while not final. The API has no list of
 * allowed moves per request, so the buttons follow this table and the server checks every move.
 */
export const COMPANY_MOVES: Record<EquipmentUseStatus, readonly EquipmentUseStatus[]> = {
  REQUESTED: ['CANCELLED'],
  TIME_PROPOSED: ['APPROVED', 'REQUESTED', 'CANCELLED'],
  APPROVED: ['CANCELLED'],
  REFUSED: [],
  CANCELLED: [],
};

/** "10 Jan 2027 – 12 Jan 2027" in the reader's language. */
export function formatPeriod(from: string, to: string, lang: string): string {
  const day = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium' });
  };
  return day(from) === day(to) ? day(from) : `${day(from)} – ${day(to)}`;
}

/** A date input's day ("2027-01-10") as an instant: its start, or with `end` its last second, local time. */
export function dayToIso(day: string, end = false): string {
  return new Date(`${day}T${end ? '23:59:59' : '00:00:00'}`).toISOString();
}
