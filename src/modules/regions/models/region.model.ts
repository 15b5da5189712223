import { Field, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';

@ObjectType({ description: 'A region promoting a regional innovation strategy.' })
export class Region extends NamedNetworkNode {
  @Field({ description: 'Unique short code, e.g. aomi-bay.' })
  code: string;

  @Field(() => [String])
  prefectures: string[];

  @Field()
  strategySummary: string;

  @Field(() => [String])
  focusFields: string[];
}

@ObjectType()
export class RegionConnection extends Paginated(Region) {}
