import { message, type Message, type MessageValues } from '../../message';

// Every text a scheme shows (condition and step labels, notes, how to apply, what to ask) is a
// catalogue message (src/contract/messages/schemeTexts.<lang>.json, ADR 0006): the page and the
// API word it in the reader's language. The formulas stay as they are, for professionals.

/** A scheme's text by its key under `schemeTexts`. */
export const say = (key: string, values?: MessageValues): Message =>
  message(`schemeTexts.${key}`, values);

/**
 * A text a gemeente or fund wrote in its own configuration (how to apply, a note): shown as
 * written, in whatever language it was written.
 */
export const asWritten = (text: string): Message => say('asWritten', { text });
