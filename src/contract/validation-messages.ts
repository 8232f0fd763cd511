import type { z } from 'zod';
import { issueMessage } from '../domain/issue-message';
import { message } from '../domain/message';
import { catalogue } from './messages/catalogue';
import type { Bilingual, FieldError } from './problem';

// Zod's own messages are English and technical; `issueMessage` (src/domain/issue-message.ts) names
// the catalogue text that says the same in words a user understands, worded here in both languages.

export { issueMessage, refinement } from '../domain/issue-message';

/** An issue in Dutch and English. */
export function issueText(issue: z.core.$ZodIssue): Bilingual {
  return catalogue().bilingual(issueMessage(issue));
}

/** Turns zod issues into field errors; the field is the dotted path ('children.0.birthYear'). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // A value that fits no variant of a union: report the variant it came closest to (fewest
    // problems), so the message names the wrong field instead of the whole object.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length > 0) return fieldErrors(closest, base || undefined);
    }
    // An unknown key is an error *of that key*, so name it as the field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [base, key].filter(Boolean).join('.'),
        code: issue.code,
        messages: catalogue().bilingual(message('validation.unknownField')),
      }));
    }
    return [{ field: base || '(body)', code: issue.code, messages: issueText(issue) }];
  });
}
