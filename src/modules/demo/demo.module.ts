import { Module } from '@nestjs/common';
import { DemoLoader } from './demo.loader';
import { DemoRepository } from './demo.repository';

/** Not part of the API's module graph: the demo is loaded from the CLI and from `npm start`. */
@Module({ providers: [DemoRepository, DemoLoader], exports: [DemoLoader] })
export class DemoModule {}
