/** Adding the open organisation to shortlists, or removing it; adding it to a new shortlist. */
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../contract';
import { NewShortlistForm } from '../shortlists/NewShortlistForm';
import { useShortlists } from '../shortlists/shortlists-context';
import { ProfileSection } from './ProfileSection';

export function ProfileShortlists({ id }: { id: string }) {
  const { t } = useTranslation();
  const shortlists = useShortlists();

  async function addToNew(name: string) {
    try {
      await shortlists.create(name);
    } catch (error) {
      // A list of that name exists (names ignore case): the organisation goes into it, as the
      // API finds lists by name the same way.
      if (toApiError(error).code !== 'CONFLICT') throw error;
    }
    await shortlists.add(name, [id]);
  }

  return (
    <ProfileSection id="profile-shortlists" title={t('shortlists.title')}>
      <ul className="shortlist-toggles">
        {shortlists.lists.map((list) => {
          const inList = shortlists.items.get(list.name)?.some((i) => i.id === id) ?? false;
          return (
            <li key={list.name}>
              <label>
                <input
                  type="checkbox"
                  checked={inList}
                  onChange={() => {
                    void (inList
                      ? shortlists.take(list.name, [id])
                      : shortlists.add(list.name, [id]));
                  }}
                />{' '}
                {list.name}
              </label>
            </li>
          );
        })}
      </ul>
      <NewShortlistForm submitLabel={t('shortlists.add')} onSubmit={addToNew} />
    </ProfileSection>
  );
}
