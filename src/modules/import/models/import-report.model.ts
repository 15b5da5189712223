import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportFormatEnum {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ImportFormatEnum, { name: 'ImportFormat' });

@ObjectType({ description: 'A row that was not imported, and why.' })
export class ImportRejectionModel {
  @Field(() => Int, { description: 'Line in the file where the row starts (the CSV header is line 1).' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, when there is one.' })
  field: string | null;

  @Field()
  reason: string;
}

@ObjectType('ImportReport')
export class ImportReportModel {
  @Field({ description: 'True when nothing was written (a check run).' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows that passed every check (written unless dryRun).' })
  accepted: number;

  @Field(() => [ID], { description: 'Ids of the nodes created, in file order.' })
  createdIds: string[];

  @Field(() => [ImportRejectionModel])
  rejected: ImportRejectionModel[];
}
