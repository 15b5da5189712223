import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { ImportFormatEnum } from '../models/import-report.model';

@ArgsType()
export class ImportArgs {
  @Field(() => ImportFormatEnum)
  @IsEnum(ImportFormatEnum)
  format: ImportFormatEnum;

  @Field({
    description:
      "The file's text (UTF-8). Through GraphQL the request body limit (1 MB) applies; `npm run import` takes files up to 5 MB.",
  })
  @IsString()
  @MinLength(1, { message: 'content must not be empty' })
  @MaxLength(1024 * 1024, { message: 'content must be at most 1 MB; use npm run import for larger files' })
  content: string;

  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing.' })
  @IsBoolean()
  dryRun: boolean = false;
}
