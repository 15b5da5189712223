import { GraphQLResponse, TestApi } from './api-client';
import { NetworkFixture } from './network-fixture';

/** Small texts shared by the fault tests and bench:load: seeds in a few fields, needs that match them. */
export const SEED_TEXTS = [
  {
    title: 'Heat-pump drying of seaweed at low temperature',
    summary: 'A heat-pump dryer for kombu and wakame at 30-40 °C keeps colour, aroma and nutrients.',
    keywords: ['seaweed', 'drying', 'heat pump'],
    field: 'food engineering',
  },
  {
    title: '海藻の低温乾燥技術',
    summary: '昆布やワカメなどの海藻を低温で乾燥させ、色と香りを保つ技術。',
    keywords: ['海藻', '乾燥', '低温'],
    field: '食品工学',
  },
  {
    title: 'Care robot arm for lifting patients',
    summary: 'A soft robot arm that helps caregivers lift elderly patients from bed to wheelchair.',
    keywords: ['robotics', 'elderly care'],
    field: 'robotics',
  },
  {
    title: 'Solid-state battery electrolyte',
    summary: 'A sulfide electrolyte for solid-state lithium batteries with high ionic conductivity.',
    keywords: ['battery', 'electrolyte'],
    field: 'materials',
  },
  {
    title: 'Vacuum freeze drying of fruit',
    summary: 'Freeze drying of strawberries and peaches that keeps their shape, colour and vitamin C.',
    keywords: ['freeze drying', 'fruit'],
    field: 'food engineering',
  },
  {
    title: 'Corrosion-resistant coating for marine steel',
    summary: 'A zinc-aluminium coating that protects steel piers and ships from salt water corrosion for 20 years.',
    keywords: ['corrosion', 'coating', 'steel'],
    field: 'materials',
  },
  {
    title: 'Rice straw to bioplastic',
    summary: 'Turning rice straw into a biodegradable plastic for food packaging.',
    keywords: ['bioplastic', 'rice straw', 'packaging'],
    field: 'chemistry',
  },
  {
    title: 'Sensor network for oyster farms',
    summary: 'Low-power sensors that measure water temperature, salinity and oxygen in oyster farms and send alerts.',
    keywords: ['sensor', 'aquaculture', 'oyster'],
    field: 'electronics',
  },
];

/** Need texts, each with words of one or two seeds above; index i % length gives variety. */
export const NEED_TEXTS = [
  {
    title: 'Low-temperature drying of seaweed',
    description:
      'Our kombu loses its green colour when dried with hot air; we need low temperature drying that keeps colour and aroma.',
    keywords: ['seaweed', 'drying'],
  },
  {
    title: 'Lifting elderly patients safely',
    description: 'Our care homes need a robot or device that helps caregivers lift elderly patients from bed.',
    keywords: ['elderly care', 'robotics'],
  },
  {
    title: 'Longer-lasting lithium battery',
    description: 'We build e-bikes and need a safer battery electrolyte with high conductivity for solid-state cells.',
    keywords: ['battery'],
  },
  {
    title: 'Salt water corrosion of our pier',
    description: 'Our steel pier corrodes in salt water; we look for a coating that protects steel for decades.',
    keywords: ['corrosion', 'steel'],
  },
  {
    title: 'Biodegradable food packaging',
    description: 'We want packaging made from a biodegradable plastic, ideally from farm waste such as rice straw.',
    keywords: ['packaging', 'bioplastic'],
  },
  {
    title: 'Monitoring oxygen in oyster farms',
    description: 'Oysters die when oxygen drops; we need sensors for water temperature and oxygen with alerts.',
    keywords: ['oyster', 'sensor'],
  },
  {
    title: 'Dried fruit that keeps its colour',
    description: 'Our dried peaches turn brown; we need a drying process that keeps colour and vitamin C.',
    keywords: ['fruit', 'drying'],
  },
];

export const CREATE_SEED = 'mutation($input: CreateSeedInput!) { createSeed(input: $input) { id } }';
export const CREATE_NEED = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }';
export const UPDATE_NEED = 'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }';

export async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await response;
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors ?? r));
  return r.data;
}

/** Creates the seeds through GraphQL (so their TargetChanged jobs are queued like in production). */
export async function createSeeds(api: TestApi, fx: NetworkFixture): Promise<string[]> {
  const ids: string[] = [];
  for (const seed of SEED_TEXTS) {
    const input = { ...seed, visibility: 'PUBLIC', stage: 'PROTOTYPE', holderOrganizationId: fx.ids.universityA };
    ids.push(
      (await must(api.gql<{ createSeed: { id: string } }>(CREATE_SEED, { input }, fx.tokens.admin))).createSeed.id,
    );
  }
  return ids;
}

export async function createNeed(
  api: TestApi,
  fx: NetworkFixture,
  i: number,
  token = fx.tokens.companyA1,
): Promise<string> {
  const text = NEED_TEXTS[i % NEED_TEXTS.length];
  const input = { ...text, title: `${text.title} (${i})` };
  return (await must(api.gql<{ createNeed: { id: string } }>(CREATE_NEED, { input }, token))).createNeed.id;
}
