import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { Region } from '../../regions/models/region.model';

export enum OrganizationKind {
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  COMPANY = 'COMPANY',
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  LOCAL_GOVERNMENT = 'LOCAL_GOVERNMENT',
  COORDINATING_ORGANIZATION = 'COORDINATING_ORGANIZATION',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

export enum CompanySize {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(CompanySize, { name: 'CompanySize' });

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
