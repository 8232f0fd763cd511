import { Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import './checklist.css';

// Shared pieces of the checklist pages (levensgebeurtenissen, signalen uit de wijk): a grid of
// checklists to choose from, a list to tick off in a conversation, and a print button.

/** The checklists to choose from, each a card with its title, intro and size. */
export function ChecklistCards({
  items,
}: {
  items: { to: string; title: string; intro: string; size: string }[];
}) {
  return (
    <ul className="ww-checklist-list">
      {items.map((item) => (
        <li key={item.to} className="ww-checklist-list__item">
          <RouterLink to={item.to} className="ww-checklist-list__link">
            {item.title}
          </RouterLink>
          <Paragraph>{item.intro}</Paragraph>
          <Paragraph className="ww-muted">{item.size}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

/** Lines to tick off together; the ticks are not saved, and on paper they are empty boxes. */
export function TickList({
  items,
  idPrefix,
}: {
  items: { id: string; text: string; note?: string }[];
  idPrefix: string;
}) {
  return (
    <ul className="ww-checklist">
      {items.map((item) => (
        <li key={item.id}>
          <input type="checkbox" id={`${idPrefix}-${item.id}`} />
          <label htmlFor={`${idPrefix}-${item.id}`}>
            {item.text}
            {item.note && <span className="ww-checklist__note"> {item.note}</span>}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** The print button with a short note; hidden on paper. */
export function PrintBar({ label, hint }: { label: string; hint: string }) {
  return (
    <p className="ww-no-print">
      <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
        {label}
      </Button>{' '}
      <span className="ww-muted">{hint}</span>
    </p>
  );
}
