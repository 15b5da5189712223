import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const EquipmentAvailability = graphqlEnum(
  'EquipmentAvailability',
  ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'],
  'Whether outside users can book it now: AVAILABLE, LIMITED (some slots or conditions), UNAVAILABLE.',
);
export type EquipmentAvailability = EnumValue<typeof EquipmentAvailability>;

/** Organization kinds that may host shared equipment. */
export const EQUIPMENT_HOST_KINDS = ['UNIVERSITY', 'RESEARCH_INSTITUTE'] as const;

@ObjectType({ description: 'Research equipment a university or research institute opens to local companies.' })
export class Equipment extends NamedNetworkNode {
  @Field({ description: 'e.g. "分析機器 / analytical instrument".' })
  category: string;

  @Field({ description: 'Long text, Japanese or English.' })
  description: string;

  @Field({ description: 'Long text, Japanese or English.' })
  specifications: string;

  @Field({ description: 'Conditions for outside users.' })
  conditions: string;

  @Field({ description: 'Fees for outside users.' })
  fees: string;

  @Field(() => EquipmentAvailability)
  availability: EquipmentAvailability;

  @Field(() => ID, { description: 'The hosting university or research institute.' })
  hostId: string;

  /** Not exposed: resolved into `region`; the host's region, where coordinators may write it. */
  regionId: string | null;
}

@ObjectType()
export class EquipmentConnection extends Paginated(Equipment) {}
