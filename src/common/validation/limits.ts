/**
 * Limits on what clients may write, shared by GraphQL inputs, the bulk importer and the demo loader.
 * The "Limits" table of docs/api.md is written from this file.
 */
export const LIMITS = {
  /** Names and titles: region, organization, person, seed, need, equipment, program. */
  name: { min: 1, max: 200 },
  /** Long texts: seed summary, need description, researcher profile, equipment description. */
  longText: { max: 20_000 },
  /** Short free texts: desired outcome, timeline, conditions, fees, notes, industry, field, theme. */
  shortText: { max: 1_000 },
  /** Keywords, fields of expertise, skills, prefectures, IP numbers: items per list and length. */
  list: { maxItems: 50, itemMax: 100 },
  email: { max: 254 },
  password: { min: 12, max: 200 },
  /** Rows in one bulk import, and the size of its file. */
  import: { maxRows: 5_000, maxBytes: 5 * 1024 * 1024 },
  /** Page size for connections. */
  page: { defaultFirst: 20, maxFirst: 100 },
} as const;
