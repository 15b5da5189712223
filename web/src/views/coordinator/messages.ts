/** The coordinator's views' text. */
import { defineMessages } from '../../lib/define-messages';

export const coordinatorMessages = defineMessages({
  en: {
    'coord.inbox': 'Review inbox',
    'coord.inboxCount': '{count} suggestions waiting',
    'coord.inboxEmpty': 'No suggestion is waiting for review.',
  },
  ja: {
    'coord.inbox': 'レビュー受信箱',
    'coord.inboxCount': '{count} 件の提案がレビュー待ち',
    'coord.inboxEmpty': 'レビュー待ちの提案はありません。',
  },
});
