import { useRecipientsOf } from './equipment-use-notification.service';
import { UseNotificationContext } from './equipment-use.repository';
import { EquipmentUseStatus } from './models/equipment-use.model';

const ctx = (byUserId: string): UseNotificationContext => ({
  event: {
    id: 'e1',
    at: new Date('2026-11-24T00:00:00Z'),
    byUserId,
    byName: 'X',
    from: EquipmentUseStatus.REQUESTED,
    to: EquipmentUseStatus.APPROVED,
    note: null,
    proposedFrom: null,
    proposedTo: null,
    reason: null,
  },
  requestId: 'r1',
  equipmentName: 'SEM',
  notified: false,
  companyUsers: [
    { id: 'c1', email: 'c1@x.example' },
    { id: 'c2', email: 'c2@x.example' },
  ],
  staffUsers: [{ id: 's1', email: 's1@x.example' }],
  // A coordinator who is also listed twice (covers the region through two paths) is told once.
  coordinators: [
    { id: 'k1', email: 'k1@x.example' },
    { id: 'k1', email: 'k1@x.example' },
  ],
});

describe('useRecipientsOf', () => {
  it('tells both sides once each, sorted, never the author', () => {
    expect(useRecipientsOf(ctx('s1'))).toEqual(['c1@x.example', 'c2@x.example', 'k1@x.example']);
    expect(useRecipientsOf(ctx('c1'))).toEqual(['c2@x.example', 'k1@x.example', 's1@x.example']);
  });
});
