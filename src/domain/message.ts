// Domain code never words a sentence: it names a catalogue key and the values the sentence needs
// (src/contract/messages). The server and the web word it in the reader's language (ADR 0006).

/**
 * Values a message needs: numbers stay numbers so each language formats them its own way; a value
 * that is itself a message (a scheme's name) is worded in the same language first, and a content
 * text (`{ nl, en }` from YAML) gives the reader's language.
 */
export type MessageValues = Readonly<Record<string, string | number | Message | ContentText>>;

/** A content text from YAML (a title, a label) that comes in both languages already. */
export interface ContentText {
  readonly nl: string;
  readonly en: string;
}

/** A content text in both languages, as YAML gives it (never a sentence the code writes). */
export function contentText(nl: string, en: string): ContentText {
  return { nl, en };
}

export function isMessage(value: Message | ContentText): value is Message {
  return 'key' in value;
}

export interface Message {
  readonly key: string;
  readonly values?: MessageValues;
}

export function message(key: string, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}
