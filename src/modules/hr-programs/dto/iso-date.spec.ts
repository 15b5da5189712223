import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2025-04-01', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-4-1',
    '20250401',
    '2025-04-01T00:00:00Z',
    ' 2025-04-01',
    '',
    20250401,
    null,
  ])('refuses %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
