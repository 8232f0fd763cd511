import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DETAILS,
  LINE_COLOUR,
  REGIONS,
  VIEWBOX,
  hexOf,
  type Fills,
  type Shape,
} from '../../../domain/kleurplaat/drawing';

// The praatkleurplaat drawn from the shapes in src/domain/kleurplaat. Interactive, every region is
// a button with its name and its colour, reachable with Tab, coloured with a tap, click or Enter.
// Read-only (a kept drawing), it is one image with a name.

type Props = {
  fills: Fills;
  /** Colours a region; without it the drawing is a read-only picture. */
  onColour?: (regionId: string) => void;
  label: string;
  className?: string;
};

function ShapeElement({ shape, ...rest }: { shape: Shape } & React.SVGProps<SVGElement>) {
  const props = rest as Record<string, unknown>;
  switch (shape.kind) {
    case 'rect':
      return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...props} />;
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...props} />;
    case 'path':
      return <path d={shape.d} {...props} />;
  }
}

export function Drawing({ fills, onColour, label, className }: Props) {
  const { t } = useTranslation();
  const interactive = onColour !== undefined;
  const regionName = (id: string) => {
    const region = t(`kleurplaat.region.${id}`);
    return fills[id]
      ? t('kleurplaat.regionState', { region, colour: t(`kleurplaat.colour.${fills[id]}`) })
      : t('kleurplaat.regionBlank', { region });
  };
  const onKey = (id: string) => (e: KeyboardEvent<SVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onColour?.(id);
    }
  };
  return (
    <svg
      viewBox={`0 0 ${VIEWBOX.width} ${VIEWBOX.height}`}
      className={className ?? 'ww-kp-drawing'}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
    >
      {REGIONS.map((r) => (
        <ShapeElement
          key={r.id}
          shape={r.shape}
          className="ww-kp-region"
          fill={hexOf(fills[r.id])}
          stroke={LINE_COLOUR}
          strokeWidth={3}
          strokeLinejoin="round"
          data-region={r.id}
          {...(interactive
            ? {
                role: 'button',
                tabIndex: 0,
                'aria-label': regionName(r.id),
                onClick: () => onColour(r.id),
                onKeyDown: onKey(r.id),
              }
            : {})}
        />
      ))}
      <g aria-hidden="true" pointerEvents="none">
        {DETAILS.map((d, i) => (
          <ShapeElement
            key={i}
            shape={d.shape}
            fill={d.solid ? LINE_COLOUR : 'none'}
            stroke={LINE_COLOUR}
            strokeWidth={3}
            strokeLinecap="round"
          />
        ))}
      </g>
    </svg>
  );
}
