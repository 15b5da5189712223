import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const ImportFormatEnum = graphqlEnum('ImportFormat', ['CSV', 'JSON']);
export type ImportFormatEnum = EnumValue<typeof ImportFormatEnum>;

@ObjectType('ImportRejection', {
  description: 'One problem with one row that was not imported. A row with several problems has one entry each.',
})
export class ImportRejectionModel {
  @Field(() => Int, {
    description:
      'Line of the file where the row starts (the CSV header is line 1; a quoted cell with line breaks spans several lines).',
  })
  line: number;

  @Field(() => Int, {
    description:
      "The row's number in the file, from 1: a JSON array's element number (index + 1), a CSV's data row number (the row after the header is 1; blank rows are not counted).",
  })
  record: number;

  @Field(() => String, { nullable: true, description: 'The column (JSON key) at fault, when there is one.' })
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

  @Field(() => Int, { description: 'Rows left out (each may have several entries in rejected).' })
  rejectedRows: number;

  @Field(() => [ID], { description: 'Ids of the nodes created, in file order.' })
  createdIds: string[];

  @Field(() => [ImportRejectionModel], { description: 'Problems of the rows left out, in file order.' })
  rejected: ImportRejectionModel[];
}
