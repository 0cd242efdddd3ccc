import { Directive, ObjectType } from 'type-graphql';
import { ProvinceFields } from '../../shared/reference';

/** A province, with the training subgraph's fields (courses, artisans). */
@Directive('@key(fields: "code")')
@ObjectType('Province', { description: 'One of the 31 provinces of Iran.' })
export class Province extends ProvinceFields {}
