import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Textbox } from '@utrecht/component-library-react';
import { findGemeenten, gemeenteRegister } from '../../domain/benefits';
import { fieldId } from './ErrorSummary';
import { describedBy, FieldShell } from './FieldShell';
import './GemeenteCombobox.css';

// Choosing a gemeente by typing its name: a combobox over the CBS register (WAI-ARIA combobox
// with a listbox popup). Arrow keys move, Enter chooses, Escape closes; the list also works with
// a mouse or touch. The value is the CBS code; the field shows the name.

const register = gemeenteRegister().gemeenten;
const MAX_OPTIONS = 8;

export const gemeenteName = (code: string) => register.find((g) => g.code === code)?.name ?? '';

type Props = {
  name: string;
  label: string;
  /** CBS code, or '' when none is chosen. */
  value: string;
  onChange: (code: string) => void;
  description?: string | undefined;
  error?: string | undefined;
  idPrefix?: string;
};

export function GemeenteCombobox(props: Props) {
  const { t } = useTranslation();
  const id = `${props.idPrefix ?? ''}${fieldId(props.name)}`;
  const listId = `${id}-options`;
  const statusId = useId();
  const box = useGemeenteSearch(props.value, props.onChange);
  const showList = box.open && box.options.length > 0;
  return (
    <FieldShell
      id={id}
      type="text"
      label={props.label}
      description={props.description ?? t('gemeentePicker.description')}
      error={props.error}
    >
      <span className="ww-combobox">
        <Textbox
          id={id}
          name={props.name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList ? `${listId}-${box.active}` : undefined}
          aria-describedby={
            [describedBy(id, true, props.error), statusId].filter(Boolean).join(' ') || undefined
          }
          invalid={Boolean(props.error)}
          value={box.text}
          onChange={(e) => box.type(e.target.value)}
          onKeyDown={box.onKeyDown}
          onFocus={() => box.setOpen(true)}
          onBlur={() => box.setOpen(false)}
        />
        <GemeenteOptions
          listId={listId}
          label={props.label}
          hidden={!showList}
          options={box.options}
          active={box.active}
          choose={box.choose}
        />
        <span id={statusId} className="ww-visually-hidden" aria-live="polite">
          {box.open && box.text.trim() !== ''
            ? t('gemeentePicker.count', { count: findGemeenten(register, box.text).length })
            : ''}
        </span>
      </span>
    </FieldShell>
  );
}

/** The typed text, whether the list is open, the active option, and the keys that move it. */
function useGemeenteSearch(value: string, onChange: (code: string) => void) {
  const [text, setText] = useState(() => gemeenteName(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => findGemeenten(register, text).slice(0, MAX_OPTIONS), [text]);

  const choose = (code: string) => {
    onChange(code);
    setText(gemeenteName(code));
    setOpen(false);
  };

  const type = (typed: string) => {
    setText(typed);
    setActive(0);
    setOpen(true);
    if (value) onChange('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % Math.max(options.length, 1));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      choose(options[active].code);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return { text, open, setOpen, active, options, choose, type, onKeyDown };
}

function GemeenteOptions({
  listId,
  label,
  hidden,
  options,
  active,
  choose,
}: {
  listId: string;
  label: string;
  hidden: boolean;
  options: { code: string; name: string }[];
  active: number;
  choose: (code: string) => void;
}) {
  return (
    <ul id={listId} role="listbox" aria-label={label} hidden={hidden}>
      {options.map((g, i) => (
        <li
          key={g.code}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the input's blur would close the list first.
          onMouseDown={(e) => {
            e.preventDefault();
            choose(g.code);
          }}
        >
          {g.name}
        </li>
      ))}
    </ul>
  );
}
