import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { localOfferSchema } from '../../../contract/catalogue';
import type { LocalOfferView } from '../../api/catalogue';
import { patch, sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { useLeaveGuard, useUnsavedChanges } from '../../hooks/useLeaveGuard';
import { useSave } from '../../hooks/useSave';
import { offerBody, offerDraft, type OfferBody, type OfferDraft } from './offer-form';

/**
 * The offer form's state and saving: an existing offer is changed in place (and says so), a new
 * one is created and opened. Leaving with unsaved changes asks first.
 */
export function useOfferForm(interventionId: string, offer: LocalOfferView | null) {
  const { t } = useTranslation();
  const me = useMe();
  const [message, setMessage] = useState<string | null>(null);
  const [gemeenten, setGemeenten] = useState<string[]>(
    offer?.gemeenten.map((g) => g.code) ?? me.organisation.gemeenten.map((g) => g.code),
  );
  const [form, setForm] = useState(() => offerDraft(offer));
  const [contactPublic, setContactPublic] = useState(offer?.contact?.public ?? false);
  const [checked, setChecked] = useState(false);
  const set = (key: keyof OfferDraft) => (value: string) => setForm({ ...form, [key]: value });
  const unsaved = useUnsavedChanges([gemeenten, form, contactPublic]);
  useLeaveGuard(unsaved.dirty, t('common.leaveUnsaved'));
  const saving = useOfferSave(interventionId, offer, (created) => {
    unsaved.markSaved();
    if (created) return;
    setChecked(false);
    setMessage(t('wegwijzer.offer.saved'));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    saving.save(offerBody(form, gemeenten, contactPublic, checked));
  };
  return {
    form,
    set,
    gemeenten,
    setGemeenten,
    contactPublic,
    setContactPublic,
    checked,
    setChecked,
    message,
    saving,
    submit,
  };
}

/** Sends the offer: a change, or a new offer that is then opened; `onSaved` runs first. */
function useOfferSave(
  interventionId: string,
  offer: LocalOfferView | null,
  onSaved: (created: boolean) => void,
) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['offer'] });
    await client.invalidateQueries({ queryKey: ['intervention', interventionId] });
    await client.invalidateQueries({ queryKey: ['history'] });
  };
  return useSave(
    async (body: OfferBody) => {
      if (offer) {
        await patch(`/api/v1/catalogue/offers/${offer.id}`, body);
        return null;
      }
      const path = '/api/v1/catalogue/offers';
      return sendJson('POST', path, { interventionId, ...body }, localOfferSchema);
    },
    async (created) => {
      onSaved(Boolean(created));
      await refresh();
      if (!created) return;
      void navigate(`/wegwijzer/aanbod/${created.id}`, { state: { created: true } });
    },
  );
}
