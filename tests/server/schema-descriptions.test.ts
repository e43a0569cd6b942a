/**
 * Every type, field, argument and enum value of the schema says what it is: GraphiQL, codegen
 * and schema linters show these to other tools' authors, and a missing one fails here, naming it.
 */
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/schema/index.ts';

/** Schema coordinates (Type, Type.field, Type.field(arg:), Enum.VALUE) that have no description. */
export function undescribed(): string[] {
  const missing: string[] = [];
  const has = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
    if (isUnionType(type)) void getNamedType(type);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('every type, field, argument and enum value has one', () => {
    expect(undescribed()).toEqual([]);
  });
});
