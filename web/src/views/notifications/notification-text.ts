/**
 * A notification in words and the address of what it opens. The API sends facts, not sentences
 * (docs/api.md "Notifications"): the sentence is written here in the reader's language, and the
 * link depends on the reader's role, since coordinators and companies see a match on different screens.
 */
import type { Role } from '../../gql/graphql';
import { enumLabel, isMessageKey, type Translate } from '../../lib/i18n';
import { withSearch } from '../../lib/router';
import type { NotificationItem } from './queries';

/** Long need titles are cut in the sentence; the whole title is on the object's own page. */
const TITLE_CHARS = 40;

export interface NotificationView {
  text: string;
  /** The in-app address of its object, or null when the reader has no screen for it. */
  to: string | null;
}

/** `role` is the reader's; without one (signed out meanwhile) nothing is linked. */
export function describeNotification(item: NotificationItem, role: Role | null, t: Translate): NotificationView {
  return { text: sentence(item, role, t), to: target(item, role) };
}

function sentence(item: NotificationItem, role: Role | null, t: Translate): string {
  const title = quoted(item.needTitle, t);
  const company = item.companyName ?? t('notif.aCompany');
  const equipment = item.equipmentName ?? t('notif.theEquipment');
  switch (item.kind) {
    case 'NEW_SUGGESTIONS': {
      const count = item.suggestionCount ?? 0;
      return t(count === 1 ? 'notif.newSuggestions.one' : 'notif.newSuggestions.many', { count, title });
    }
    case 'COMPANY_ANSWERED':
      return t(item.interested ? 'notif.answered.yes' : 'notif.answered.no', { company, title });
    case 'MATCH_STALLED':
      return t('notif.stalled', { title, previous: status(t, 'status', item.previousMatchStatus) });
    case 'MATCH_SHARED':
      return t('notif.shared', { title });
    case 'MATCH_STATUS_CHANGED':
      return t('notif.statusChanged', { title, status: status(t, 'status', item.matchStatus) });
    case 'EQUIPMENT_REQUESTED':
      return t('notif.equipmentRequested', { company, equipment });
    case 'EQUIPMENT_USE_CHANGED': {
      // The company hears what the host side did, the host side what the company did.
      const key = `notif.use.${role === 'COMPANY' ? 'company' : 'host'}.${item.useStatus ?? ''}`;
      const params = { company, equipment, status: status(t, 'company.useStatus', item.useStatus) };
      return isMessageKey(key) ? t(key, params) : t('notif.use.other', params);
    }
  }
}

function target(item: NotificationItem, role: Role | null): string | null {
  const path = (prefix: string, id: string | null | undefined) => (id ? `${prefix}/${encodeURIComponent(id)}` : null);
  switch (item.kind) {
    case 'NEW_SUGGESTIONS':
      // The pipeline filtered to the need: its suggestions (only coordinators are told of them).
      return role === 'COORDINATOR' && item.needId
        ? withSearch('/pipeline', new URLSearchParams(), { need: item.needId })
        : null;
    case 'COMPANY_ANSWERED':
    case 'MATCH_STALLED':
    case 'MATCH_SHARED':
    case 'MATCH_STATUS_CHANGED':
      // A company sees its shared matches on its need's page; coordinators have a page per match.
      if (role === 'COORDINATOR') return path('/matches', item.matchId);
      return role === 'COMPANY' ? path('/needs', item.needId) : null;
    case 'EQUIPMENT_REQUESTED':
    case 'EQUIPMENT_USE_CHANGED':
      // Only companies have a screen for use requests; the host side reads the equipment's name.
      return role === 'COMPANY' ? path('/equipment/requests', item.equipmentUseRequestId) : null;
  }
}

function quoted(title: string | null | undefined, t: Translate): string {
  if (!title) return t('notif.aNeed');
  const chars = [...title];
  const cut = chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : title;
  return t('notif.quoted', { title: cut });
}

function status(t: Translate, prefix: string, value: string | null | undefined): string {
  return value ? enumLabel(t, prefix, value) : '';
}
