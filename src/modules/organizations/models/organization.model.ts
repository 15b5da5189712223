import { Field, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { Region } from '../../regions/models/region.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const OrganizationKind = graphqlEnum('OrganizationKind', [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'COMPANY',
  'FINANCIAL_INSTITUTION',
  'LOCAL_GOVERNMENT',
  'COORDINATING_ORGANIZATION',
]);
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

export const CompanySize = graphqlEnum('CompanySize', ['SMALL', 'MEDIUM', 'LARGE']);
export type CompanySize = EnumValue<typeof CompanySize>;

@ObjectType()
export class Organization extends NamedNetworkNode {
  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Companies: their industry.' })
  industry: string | null;

  @Field(() => CompanySize, { nullable: true, description: 'Companies: their size.' })
  size: CompanySize | null;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => Region, { nullable: true })
  region?: Region | null;

  /** Not exposed: resolved into `region`. */
  regionId: string | null;
}

@ObjectType()
export class OrganizationConnection extends Paginated(Organization) {}
