import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createCatalogue,
  installCatalogue,
  resourcesFromFiles,
  type Catalogue,
  type Message,
} from '../contract/messages/catalogue';

// The server's copy of the message catalogue, read once from src/contract/messages. The path is
// two levels up both from this file and from the bundled dist/server/server.cjs.
export const messagesDir = fileURLToPath(new URL('../../src/contract/messages/', import.meta.url));

export function readMessageFiles(dir = messagesDir): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    files[name] = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as unknown;
  }
  return files;
}

/** The catalogue the server words problem answers, PDFs and audit labels with. */
export const messages: Catalogue = createCatalogue(resourcesFromFiles(readMessageFiles()));
installCatalogue(messages);

/** Dutch and English on one line, for messages in command-line output. */
export function bothLanguages(message: Message): string {
  const { nl, en } = messages.bilingual(message);
  return `${nl} / ${en}`;
}
