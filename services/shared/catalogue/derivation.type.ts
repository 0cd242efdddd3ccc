import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/** How a stored value relates to the words of its source. */
export enum DerivationMethod {
  DERIVED = 'DERIVED',
  INFERRED = 'INFERRED',
  UNDETERMINED = 'UNDETERMINED',
}

registerEnumType(DerivationMethod, {
  name: 'DerivationMethod',
  description: 'How a value that its source does not state word for word was obtained.',
  valuesConfig: {
    DERIVED: {
      description:
        'Worked out from what the source states by a rule anyone can repeat (calendar arithmetic, the date of the report, a count), with nothing assumed beyond `statement`.',
    },
    INFERRED: {
      description:
        'A reading of the source that it supports but does not state: another reading is possible. `statement` gives the words and the reading.',
    },
    UNDETERMINED: {
      description:
        'The source speaks to the field without settling it; the field is null (or says "not stated") rather than a guess, and `statement` gives the words.',
    },
  },
});

/** One value of a record that its source does not state word for word, and how it was obtained. */
@Directive('@shareable')
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({
  description:
    'A field of a record whose value its source does not state word for word: derived from what it states, inferred from it, or left null because the source does not settle it.',
})
export class Derivation {
  @Field({
    description:
      'The GraphQL field of the record the note is about, e.g. `endsOn`; `parties.representativeRole` for a field of a listed item.',
  })
  field: string;

  @Field(() => DerivationMethod, { description: 'Derived, inferred, or left undetermined.' })
  method: DerivationMethod;

  @Field({ description: "What the source says and how the value was obtained from it, quoting the source's words." })
  statement: string;
}

/** Returns `derivations` without the notes on any of `fields`: a value that was just written no longer carries its old note. */
export function withoutDerivationsOf(derivations: readonly Derivation[], fields: readonly string[]): Derivation[] {
  return derivations.filter(
    (derivation) => !fields.some((field) => derivation.field === field || derivation.field.startsWith(`${field}.`)),
  );
}
