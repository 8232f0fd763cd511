// Domain code never words a sentence: it names a catalogue key and the values the sentence needs
// (src/contract/messages). The server and the web word it in the reader's language (ADR 0006).

/**
 * Values a message needs: numbers stay numbers so each language formats them its own way; a value
 * that is itself a message (a scheme's name) is worded in the same language first.
 */
export type MessageValues = Readonly<Record<string, string | number | Message>>;

export interface Message {
  readonly key: string;
  readonly values?: MessageValues;
}

export function message(key: string, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}
