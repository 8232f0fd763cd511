import { describe, expect, it } from 'vitest';
import { gemeenteSchema } from './common';
import { fieldErrors } from './validation-messages';

// Every gemeente a user gives (setup, organisation, household) must be a real one from the CBS
// register: a well-formed but invented code is refused, in Dutch and English.

describe('gemeenteSchema', () => {
  it('accepts a gemeente from the register', () => {
    expect(gemeenteSchema.parse({ code: 'gm1708', name: 'Steenwijkerland' })).toEqual({
      code: 'GM1708',
      name: 'Steenwijkerland',
    });
  });

  it('refuses a code that looks right but is not in the register', () => {
    const out = gemeenteSchema.safeParse({ code: 'GM0001', name: 'Verzonnen' });
    expect(out.success).toBe(false);
    if (out.success) return;
    expect(fieldErrors(out.error.issues)).toEqual([
      {
        field: 'code',
        code: 'custom',
        messages: {
          nl: 'Deze gemeentecode staat niet in het register van het CBS. Kies de gemeente uit de lijst.',
          en: 'This municipality code is not in the CBS register. Choose the municipality from the list.',
        },
      },
    ]);
  });

  it('refuses a gemeente that merged away (Brielle became Voorne aan Zee in 2023)', () => {
    expect(gemeenteSchema.safeParse({ code: 'GM0501', name: 'Brielle' }).success).toBe(false);
    expect(gemeenteSchema.safeParse({ code: 'GM1992', name: 'Voorne aan Zee' }).success).toBe(true);
  });
});
