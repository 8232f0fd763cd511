import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AspectAnswer, Instrument, ScanAnswers } from '../../../domain/assessment';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import type { Language } from '../../i18n/i18n';
import { CheckboxField } from '../check/fields';
import { textIn } from './instrument-text';
import { LevelChoice } from './LevelChoice';
import {
  answerOf,
  ratingsDiffer,
  setAnswer,
  type AspectScreen,
  type ScanScreen,
} from './scan-flow';

// One screen of 'samen invullen': the risk or protective factors, or one aspect with its levels.

export function Screen({
  screen,
  instrument,
  answers,
  setAnswers,
  headingRef,
}: {
  screen: ScanScreen;
  instrument: Instrument;
  answers: ScanAnswers;
  setAnswers: (change: (a: ScanAnswers) => ScanAnswers) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (screen.kind === 'risk' || screen.kind === 'protective') {
    const risk = screen.kind === 'risk';
    const factors = risk ? instrument.riskFactors : instrument.protectiveFactors;
    const value = risk ? answers.riskFactors : answers.protectiveFactors;
    return (
      <>
        <Paragraph className="ww-scan-kicker">{t('huishoudens.scan.factorsKicker')}</Paragraph>
        <Heading level={2} ref={headingRef} tabIndex={-1}>
          {risk ? t('huishoudens.scan.riskTitle') : t('huishoudens.scan.protectiveTitle')}
        </Heading>
        <Paragraph>
          {risk ? t('huishoudens.scan.riskIntro') : t('huishoudens.scan.protectiveIntro')}
        </Paragraph>
        <div className="ww-scan-factors">
          <CheckboxGroup
            name={screen.kind}
            legend={
              risk ? t('huishoudens.scan.riskLegend') : t('huishoudens.scan.protectiveLegend')
            }
            options={factors.map((f) => ({
              value: f.id,
              label: textIn(lang, f, 'label'),
            }))}
            value={[...value]}
            onChange={(ids) =>
              setAnswers((a) =>
                risk ? { ...a, riskFactors: ids } : { ...a, protectiveFactors: ids },
              )
            }
          />
        </div>
      </>
    );
  }
  return (
    <AspectStep
      screen={screen}
      instrument={instrument}
      answer={answerOf(answers, screen)}
      onChange={(answer) => setAnswers((a) => setAnswer(a, screen, answer))}
      headingRef={headingRef}
    />
  );
}

function AspectStep({
  screen,
  instrument,
  answer,
  onChange,
  headingRef,
}: {
  screen: AspectScreen;
  instrument: Instrument;
  answer: AspectAnswer | undefined;
  onChange: (answer: AspectAnswer) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const current: AspectAnswer = answer ?? { wantsToWorkOn: false };
  const [otherView, setOtherView] = useState(current.professionalScore !== undefined);
  const { aspect } = screen;
  const update = (change: Partial<AspectAnswer>) => {
    const next = { ...current, ...change };
    for (const k of Object.keys(change) as (keyof AspectAnswer)[])
      if (change[k] === undefined) delete next[k];
    onChange(next);
  };
  const levels = levelOptions(aspect, instrument, lang);
  return (
    <>
      <Paragraph className="ww-scan-kicker">
        {screen.child
          ? t('huishoudens.scan.childKicker', { ref: screen.child.ref, age: screen.child.age })
          : textIn(lang, screen, 'sectionTitle')}
      </Paragraph>
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {textIn(lang, aspect, 'title')}
      </Heading>
      <LevelChoice
        name="householdScore"
        legend={textIn(lang, aspect, 'question')}
        description={t('huishoudens.scan.householdHint')}
        levels={levels}
        value={current.householdScore}
        onChange={(householdScore) => update({ householdScore })}
      />
      <OtherView
        current={current}
        levels={levels}
        shown={otherView}
        onShow={setOtherView}
        update={update}
      />
      <TextAreaField
        name="strength"
        label={t('huishoudens.scan.strength')}
        description={t('huishoudens.scan.strengthHint')}
        value={current.strength ?? ''}
        rows={3}
        maxLength={1000}
        onChange={(strength) => update({ strength: strength === '' ? undefined : strength })}
      />
      <CheckboxField
        name="wantsToWorkOn"
        label={t('huishoudens.scan.wantsToWorkOn')}
        checked={current.wantsToWorkOn}
        onChange={(wantsToWorkOn) => update({ wantsToWorkOn })}
      />
    </>
  );
}

/** The aspect's levels with the scale's names, for the level choices. */
function levelOptions(aspect: AspectScreen['aspect'], instrument: Instrument, lang: Language) {
  return aspect.levels.map((l) => {
    const scale = instrument.scale.find((s) => s.score === l.score);
    return {
      score: l.score,
      label: scale ? textIn(lang, scale, 'label') : String(l.score),
      description: textIn(lang, l, 'description'),
    };
  });
}

/** The professional's own view on the aspect, when it differs from the household's. */
function OtherView({
  current,
  levels,
  shown: otherView,
  onShow: setOtherView,
  update,
}: {
  current: AspectAnswer;
  levels: ReturnType<typeof levelOptions>;
  shown: boolean;
  onShow: (on: boolean) => void;
  update: (change: Partial<AspectAnswer>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField
        name="otherView"
        label={t('huishoudens.scan.otherView')}
        checked={otherView}
        onChange={(on) => {
          setOtherView(on);
          if (!on) update({ professionalScore: undefined });
        }}
      />
      {otherView && (
        <LevelChoice
          name="professionalScore"
          legend={t('huishoudens.scan.professionalLegend')}
          levels={levels}
          value={current.professionalScore}
          onChange={(professionalScore) => update({ professionalScore })}
        />
      )}
      {ratingsDiffer(current) && (
        <Paragraph className="ww-scan-note">{t('huishoudens.scan.bothKept')}</Paragraph>
      )}
    </>
  );
}
