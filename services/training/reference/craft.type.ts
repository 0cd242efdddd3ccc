import { Directive, ObjectType } from 'type-graphql';
import { CraftFields } from '../../shared/reference';

/** A craft of the catalogue. */
@Directive('@key(fields: "slug")')
@ObjectType('Craft', { description: 'A handicraft discipline, such as kilim weaving or pottery.' })
export class Craft extends CraftFields {}
