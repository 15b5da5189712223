/** The company's views' text. */
import { defineMessages } from '../../lib/define-messages';

export const companyMessages = defineMessages({
  en: {
    'company.myNeeds': 'Our needs',
    'company.newNeed': 'Register a need',
    'company.editNeed': 'Edit the need',
    'company.noNeeds': 'No need registered yet.',
    'company.sharedMatches': 'Matches shared with us',
    'company.noShared': 'No match has been shared with you yet. Your coordinator shares promising partners here.',
    'company.interested': 'Interested',
    'company.notInterested': 'Not interested',
    'company.answerNote': 'Message to the coordinator (optional)',
    'company.answered': 'You answered: {answer}',
    'company.saved': 'Saved.',
    'company.edit': 'Edit',
    'company.forNeed': 'For: {title}',
  },
  ja: {
    'company.myNeeds': '自社のニーズ',
    'company.newNeed': 'ニーズを登録',
    'company.editNeed': 'ニーズを編集',
    'company.noNeeds': 'まだニーズが登録されていません。',
    'company.sharedMatches': '共有されたマッチ',
    'company.noShared': 'まだ共有されたマッチはありません。有望な相手はコーディネーターがここで共有します。',
    'company.interested': '関心あり',
    'company.notInterested': '関心なし',
    'company.answerNote': 'コーディネーターへのメッセージ(任意)',
    'company.answered': '回答済み: {answer}',
    'company.saved': '保存しました。',
    'company.edit': '編集',
    'company.forNeed': '対象ニーズ: {title}',
  },
});
