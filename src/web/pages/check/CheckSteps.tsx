import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  childcareTypes,
  configuredScheme,
  incomeKinds,
  otherAdultRelations,
  type GemeenteConfig,
  type SchemeId,
} from '../../../domain/benefits';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { GemeenteCombobox } from '../../components/GemeenteCombobox';
import { fieldId } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import {
  childcareChildren,
  emptyChild,
  emptyOtherAdult,
  type AdultAnswers,
  type CheckAnswers,
  type ChildAnswers,
  type OtherAdultAnswers,
  type StepId,
} from './check-form';
import { RadioGroup } from './fields';

// One component per step: one topic, a few calm questions. Field names are the engine's paths.

export type StepProps = {
  answers: CheckAnswers;
  update: (change: (a: CheckAnswers) => CheckAnswers) => void;
  errors: Record<string, string>;
  peildatum: string;
  /** The chosen gemeente's schemes, once fetched (null: not set up or not chosen yet). */
  config: GemeenteConfig | null;
};

/** Moves focus to a field that was just added, once it is on the page. */
function focusSoon(name: string) {
  setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);
}

const months = (t: TFunction) =>
  Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: t(`check.months.${i + 1}`),
  }));

export function GemeenteStep({ answers, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <GemeenteCombobox
      name="gemeente"
      label={t('check.gemeente.label')}
      description={t('check.gemeente.description')}
      value={answers.gemeente}
      onChange={(gemeente) => update((a) => ({ ...a, gemeente }))}
      error={errors.gemeente}
    />
  );
}

export function PeopleStep({ answers, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="applicant.birthDate"
        label={t('check.people.age')}
        description={t('check.people.ageDescription')}
        inputMode="numeric"
        maxLength={3}
        value={answers.applicant.age}
        onChange={(age) => update((a) => ({ ...a, applicant: { ...a.applicant, age } }))}
        error={errors['applicant.birthDate']}
      />
      <RadioGroup
        name="hasPartner"
        legend={t('check.people.partner')}
        description={t('check.people.partnerDescription')}
        options={[
          { value: 'ja', label: t('check.yes') },
          { value: 'nee', label: t('check.no') },
        ]}
        value={answers.hasPartner}
        onChange={(hasPartner) => update((a) => ({ ...a, hasPartner }))}
        error={errors.hasPartner}
      />
      {answers.hasPartner === 'ja' && (
        <TextField
          name="partner.birthDate"
          label={t('check.people.partnerAge')}
          description={t('check.people.ageDescription')}
          inputMode="numeric"
          maxLength={3}
          value={answers.partner.age}
          onChange={(age) => update((a) => ({ ...a, partner: { ...a.partner, age } }))}
          error={errors['partner.birthDate']}
        />
      )}
    </>
  );
}

type Update = StepProps['update'];
type ChildChange = Partial<CheckAnswers['children'][number]>;
type SetChild = (i: number, change: ChildChange) => void;

/** Changes some answers about the i-th child. */
const childSetter =
  (update: Update): SetChild =>
  (i, change) =>
    update((a) => ({
      ...a,
      children: a.children.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));

export function OthersStep({ answers, update, errors }: StepProps) {
  const { t } = useTranslation();
  const setChild = childSetter(update);
  const setOther = (i: number, change: Partial<CheckAnswers['otherAdults'][number]>) =>
    update((a) => ({
      ...a,
      otherAdults: a.otherAdults.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));
  return (
    <>
      <Paragraph>{t('check.others.intro')}</Paragraph>
      <Heading level={3}>{t('check.others.children')}</Heading>
      {answers.children.length === 0 && <Paragraph>{t('check.others.noChildren')}</Paragraph>}
      {answers.children.map((c, i) => (
        <ChildFields key={i} i={i} c={c} errors={errors} setChild={setChild} update={update} />
      ))}
      <Button
        appearance="secondary-action-button"
        type="button"
        id={fieldId('add-child')}
        onClick={() => {
          update((a) => ({ ...a, children: [...a.children, emptyChild()] }));
          focusSoon(`children.${answers.children.length}.birthDate`);
        }}
      >
        {t('check.others.addChild')}
      </Button>

      <Heading level={3}>{t('check.others.adults')}</Heading>
      <Paragraph>{t('check.others.adultsIntro')}</Paragraph>
      {answers.otherAdults.map((o, i) => (
        <OtherAdultFields key={i} i={i} o={o} errors={errors} setOther={setOther} update={update} />
      ))}
      <Button
        appearance="secondary-action-button"
        type="button"
        id={fieldId('add-adult')}
        onClick={() => {
          update((a) => ({ ...a, otherAdults: [...a.otherAdults, emptyOtherAdult()] }));
          focusSoon(`otherAdults.${answers.otherAdults.length}.birthDate`);
        }}
      >
        {t('check.others.addAdult')}
      </Button>
    </>
  );
}

/** The i-th child's birth year and month; removing it moves focus to 'add a child'. */
function ChildFields({
  i,
  c,
  errors,
  setChild,
  update,
}: {
  i: number;
  c: ChildAnswers;
  errors: Record<string, string>;
  setChild: SetChild;
  update: Update;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('check.others.child', { n: i + 1 })}</FieldsetLegend>
      <div className="ww-row">
        <TextField
          name={`children.${i}.birthDate`}
          label={t('check.others.childYear', { n: i + 1 })}
          description={t('check.others.childYearDescription')}
          inputMode="numeric"
          maxLength={4}
          value={c.year}
          onChange={(year) => setChild(i, { year })}
          error={errors[`children.${i}.birthDate`]}
        />
        <SelectField
          name={`children.${i}.birthMonth`}
          label={t('check.others.childMonth', { n: i + 1 })}
          value={c.month}
          options={[{ value: '', label: t('check.choose') }, ...months(t)]}
          onChange={(month) => setChild(i, { month })}
          error={errors[`children.${i}.birthMonth`]}
        />
      </div>
      <Button
        appearance="subtle-button"
        type="button"
        onClick={() => {
          update((a) => ({ ...a, children: a.children.filter((_, j) => j !== i) }));
          focusSoon('add-child');
        }}
      >
        {t('check.others.removeChild', { n: i + 1 })}
      </Button>
    </Fieldset>
  );
}

/** The i-th other adult's age and relation; removing them moves focus to 'add an adult'. */
function OtherAdultFields({
  i,
  o,
  errors,
  setOther,
  update,
}: {
  i: number;
  o: OtherAdultAnswers;
  errors: Record<string, string>;
  setOther: (i: number, change: Partial<OtherAdultAnswers>) => void;
  update: Update;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('check.others.adult', { n: i + 1 })}</FieldsetLegend>
      <div className="ww-row">
        <TextField
          name={`otherAdults.${i}.birthDate`}
          label={t('check.others.adultAge', { n: i + 1 })}
          inputMode="numeric"
          maxLength={3}
          value={o.age}
          onChange={(age) => setOther(i, { age })}
          error={errors[`otherAdults.${i}.birthDate`]}
        />
        <SelectField
          name={`otherAdults.${i}.relation`}
          label={t('check.others.relation', { n: i + 1 })}
          value={o.relation}
          options={otherAdultRelations.map((r) => ({
            value: r,
            label: t(`check.relations.${r}`),
          }))}
          onChange={(relation) =>
            setOther(i, { relation: relation as (typeof otherAdultRelations)[number] })
          }
        />
      </div>
      <Button
        appearance="subtle-button"
        type="button"
        onClick={() => {
          update((a) => ({ ...a, otherAdults: a.otherAdults.filter((_, j) => j !== i) }));
          focusSoon('add-adult');
        }}
      >
        {t('check.others.removeAdult', { n: i + 1 })}
      </Button>
    </Fieldset>
  );
}

function IncomeFields({
  who,
  person,
  set,
  errors,
}: {
  who: 'applicant' | 'partner';
  person: AdultAnswers;
  set: (change: Partial<AdultAnswers>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t(`check.income.legend.${who}`)}</FieldsetLegend>
      <SelectField
        name={`${who}.incomeKind`}
        label={t(`check.income.kind.${who}`)}
        value={person.incomeKind}
        options={[
          { value: '', label: t('check.choose') },
          ...incomeKinds.map((k) => ({ value: k, label: t(`check.incomeKinds.${k}`) })),
        ]}
        onChange={(kind) => set({ incomeKind: kind as AdultAnswers['incomeKind'] })}
        error={errors[`${who}.incomeKind`]}
      />
      <TextField
        name={`${who}.netMonthlyIncomeCents`}
        label={t(`check.income.net.${who}`)}
        description={t('check.income.netDescription')}
        inputMode="decimal"
        value={person.net}
        onChange={(net) => set({ net })}
        error={errors[`${who}.netMonthlyIncomeCents`]}
      />
      <TextField
        name={`${who}.grossMonthlyIncomeCents`}
        label={t(`check.income.gross.${who}`)}
        description={t('check.income.grossDescription')}
        inputMode="decimal"
        value={person.gross}
        onChange={(gross) => set({ gross })}
        error={errors[`${who}.grossMonthlyIncomeCents`]}
      />
    </Fieldset>
  );
}

export function IncomeStep({ answers, update, errors, config }: StepProps) {
  const { t } = useTranslation();
  const iit = config ? configuredScheme(config, 'individuele-inkomenstoeslag') : null;
  const months = iit?.reference_period_months ?? 0;
  return (
    <>
      <Paragraph>{t('check.income.intro')}</Paragraph>
      <IncomeFields
        who="applicant"
        person={answers.applicant}
        set={(c) => update((a) => ({ ...a, applicant: { ...a.applicant, ...c } }))}
        errors={errors}
      />
      {answers.hasPartner === 'ja' && (
        <IncomeFields
          who="partner"
          person={answers.partner}
          set={(c) => update((a) => ({ ...a, partner: { ...a.partner, ...c } }))}
          errors={errors}
        />
      )}
      {iit?.enabled && (
        <RadioGroup
          name="lowIncomeSinceMonths"
          legend={
            months % 12 === 0
              ? t('check.income.longYears', { count: months / 12 })
              : t('check.income.longMonths', { count: months })
          }
          description={t('check.income.longDescription')}
          options={[
            { value: 'ja', label: t('check.yes') },
            { value: 'nee', label: t('check.no') },
            { value: 'weet-niet', label: t('check.dontKnow') },
          ]}
          value={answers.lowIncomeLong}
          onChange={(lowIncomeLong) => update((a) => ({ ...a, lowIncomeLong }))}
          error={errors.lowIncomeSinceMonths}
        />
      )}
    </>
  );
}

export function SavingsStep({ answers, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <TextField
      name="assetsCents"
      label={t('check.savings.label')}
      description={t(
        answers.hasPartner === 'ja'
          ? 'check.savings.descriptionPartner'
          : 'check.savings.description',
      )}
      inputMode="decimal"
      value={answers.assets}
      onChange={(assets) => update((a) => ({ ...a, assets }))}
      error={errors.assetsCents}
    />
  );
}

export function HomeStep({ answers, update, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        name="home.type"
        legend={t('check.home.type')}
        options={(['huur', 'koop', 'geen'] as const).map((v) => ({
          value: v,
          label: t(`check.home.types.${v}`),
        }))}
        value={answers.homeType}
        onChange={(homeType) => update((a) => ({ ...a, homeType }))}
        error={errors['home.type']}
      />
      {answers.homeType === 'huur' && (
        <>
          <TextField
            name="home.rentMonthlyCents"
            label={t('check.home.rent')}
            description={t('check.home.rentDescription')}
            inputMode="decimal"
            value={answers.rent}
            onChange={(rent) => update((a) => ({ ...a, rent }))}
            error={errors['home.rentMonthlyCents']}
          />
          <TextField
            name="home.serviceCostsMonthlyCents"
            label={t('check.home.serviceCosts')}
            description={t('check.home.serviceCostsDescription')}
            inputMode="decimal"
            value={answers.serviceCosts}
            onChange={(serviceCosts) => update((a) => ({ ...a, serviceCosts }))}
            error={errors['home.serviceCostsMonthlyCents']}
          />
          <RadioGroup
            name="home.independent"
            legend={t('check.home.independent')}
            options={[
              { value: 'ja', label: t('check.yes') },
              { value: 'nee', label: t('check.no') },
            ]}
            value={answers.independent}
            onChange={(independent) => update((a) => ({ ...a, independent }))}
            error={errors['home.independent']}
          />
        </>
      )}
      {answers.homeType === 'koop' && (
        <TextField
          name="home.homeEquityCents"
          label={t('check.home.equity')}
          description={t('check.home.equityDescription')}
          inputMode="decimal"
          value={answers.homeEquity}
          onChange={(homeEquity) => update((a) => ({ ...a, homeEquity }))}
          error={errors['home.homeEquityCents']}
        />
      )}
      <TextField
        name="fixedCostsMonthlyCents"
        label={t('check.home.fixedCosts')}
        description={t('check.home.fixedCostsDescription')}
        inputMode="decimal"
        value={answers.fixedCosts}
        onChange={(fixedCosts) => update((a) => ({ ...a, fixedCosts }))}
        error={errors.fixedCostsMonthlyCents}
      />
    </>
  );
}

export function ChildcareStep({ answers, update, errors, peildatum }: StepProps) {
  const { t } = useTranslation();
  const setChild = childSetter(update);
  const working = [
    ...(answers.applicant.worksOrStudies ? ['applicant'] : []),
    ...(answers.partner.worksOrStudies && answers.hasPartner === 'ja' ? ['partner'] : []),
  ];
  return (
    <>
      <Paragraph>{t('check.childcare.intro')}</Paragraph>
      {childcareChildren(answers, peildatum).map((i) => (
        <ChildcareFields
          key={i}
          i={i}
          c={answers.children[i]!}
          errors={errors}
          setChild={setChild}
        />
      ))}
      <CheckboxGroup
        name="worksOrStudies"
        legend={t('check.childcare.works')}
        options={[
          { value: 'applicant', label: t('check.childcare.worksApplicant') },
          ...(answers.hasPartner === 'ja'
            ? [{ value: 'partner', label: t('check.childcare.worksPartner') }]
            : []),
        ]}
        value={working}
        onChange={(v) =>
          update((a) => ({
            ...a,
            applicant: { ...a.applicant, worksOrStudies: v.includes('applicant') },
            partner: { ...a.partner, worksOrStudies: v.includes('partner') },
          }))
        }
      />
    </>
  );
}

/** The i-th child's kind of childcare and, when there is one, its hours and hourly rate. */
function ChildcareFields({
  i,
  c,
  errors,
  setChild,
}: {
  i: number;
  c: ChildAnswers;
  errors: Record<string, string>;
  setChild: SetChild;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>
        {t('check.childcare.child', {
          n: i + 1,
          month: t(`check.months.${Number(c.month)}`),
          year: c.year,
        })}
      </FieldsetLegend>
      <SelectField
        name={`children.${i}.childcare.type`}
        label={t('check.childcare.type', { n: i + 1 })}
        value={c.childcare}
        options={[
          { value: '', label: t('check.childcare.types.none') },
          ...childcareTypes.map((v) => ({
            value: v,
            label: t(`check.childcare.types.${v}`),
          })),
        ]}
        onChange={(v) => setChild(i, { childcare: v as ChildAnswers['childcare'] })}
        error={errors[`children.${i}.childcare.type`]}
      />
      {c.childcare !== '' && (
        <div className="ww-row">
          <TextField
            name={`children.${i}.childcare.hoursPerMonth`}
            label={t('check.childcare.hours', { n: i + 1 })}
            inputMode="numeric"
            value={c.hours}
            onChange={(hours) => setChild(i, { hours })}
            error={errors[`children.${i}.childcare.hoursPerMonth`]}
          />
          <TextField
            name={`children.${i}.childcare.hourlyRateCents`}
            label={t('check.childcare.rate', { n: i + 1 })}
            description={t('check.childcare.rateDescription')}
            inputMode="decimal"
            value={c.rate}
            onChange={(rate) => setChild(i, { rate })}
            error={errors[`children.${i}.childcare.hourlyRateCents`]}
          />
        </div>
      )}
    </Fieldset>
  );
}

/** Schemes a resident can say they already get, in the order of the results. */
const receivable: SchemeId[] = [
  'zorgtoeslag',
  'huurtoeslag',
  'kindgebonden-budget',
  'kinderbijslag',
  'kinderopvangtoeslag',
  'bijstand',
  'individuele-inkomenstoeslag',
  'kwijtschelding',
  'meedoenregeling',
  'collectieve-zorgverzekering',
];

export function ReceivedStep({ answers, update, config }: StepProps) {
  const { t } = useTranslation();
  const municipal = new Set<SchemeId>([
    'individuele-inkomenstoeslag',
    'kwijtschelding',
    'meedoenregeling',
    'collectieve-zorgverzekering',
  ]);
  const options = receivable
    .filter((id) => config !== null || !municipal.has(id))
    .map((id) => ({ value: id, label: t(`check.schemeNames.${id}`) }));
  return (
    <>
      <CheckboxGroup
        name="alreadyReceives"
        legend={t('check.received.legend')}
        options={options}
        value={answers.alreadyReceives}
        onChange={(v) => update((a) => ({ ...a, alreadyReceives: v as SchemeId[] }))}
      />
      <Paragraph>{t('check.received.none')}</Paragraph>
    </>
  );
}

export const stepComponents: Record<StepId, (props: StepProps) => React.ReactNode> = {
  gemeente: GemeenteStep,
  people: PeopleStep,
  others: OthersStep,
  income: IncomeStep,
  savings: SavingsStep,
  home: HomeStep,
  childcare: ChildcareStep,
  received: ReceivedStep,
};

/** Field name → the label the resident sees, for the error summary. */
export function fieldLabels(a: CheckAnswers, t: TFunction): Record<string, string> {
  const labels: Record<string, string> = {
    gemeente: t('check.gemeente.label'),
    'applicant.birthDate': t('check.people.age'),
    hasPartner: t('check.people.partner'),
    'partner.birthDate': t('check.people.partnerAge'),
    assetsCents: t('check.savings.label'),
    'home.type': t('check.home.type'),
    'home.rentMonthlyCents': t('check.home.rent'),
    'home.serviceCostsMonthlyCents': t('check.home.serviceCosts'),
    'home.homeEquityCents': t('check.home.equity'),
    fixedCostsMonthlyCents: t('check.home.fixedCosts'),
    lowIncomeSinceMonths: t('check.income.longShort'),
  };
  for (const who of ['applicant', 'partner'] as const) {
    labels[`${who}.incomeKind`] = t(`check.income.kind.${who}`);
    labels[`${who}.netMonthlyIncomeCents`] = t(`check.income.net.${who}`);
    labels[`${who}.grossMonthlyIncomeCents`] = t(`check.income.gross.${who}`);
  }
  a.children.forEach((_, i) => {
    labels[`children.${i}.birthDate`] = t('check.others.childYear', { n: i + 1 });
    labels[`children.${i}.birthMonth`] = t('check.others.childMonth', { n: i + 1 });
    labels[`children.${i}.childcare.type`] = t('check.childcare.type', { n: i + 1 });
    labels[`children.${i}.childcare.hoursPerMonth`] = t('check.childcare.hours', { n: i + 1 });
    labels[`children.${i}.childcare.hourlyRateCents`] = t('check.childcare.rate', { n: i + 1 });
  });
  a.otherAdults.forEach((_, i) => {
    labels[`otherAdults.${i}.birthDate`] = t('check.others.adultAge', { n: i + 1 });
  });
  return labels;
}
