import { messages } from '../src/content/message-files';
import type { Message } from '../src/domain/message';

/** A message of the engine as a Dutch reader sees it, for tests that compare whole sentences. */
export const dutch = (m: Message): string => messages.text('nl', m);
