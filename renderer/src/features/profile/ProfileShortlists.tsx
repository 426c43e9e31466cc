/** Adding the open organisation to shortlists, or removing it; creating a new shortlist. */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortlists } from '../shortlists/shortlists-context';

export function ProfileShortlists({ id }: { id: string }) {
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const [name, setName] = useState('');

  async function create(event: SyntheticEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (!shortlists.lists.some((l) => l.name === trimmed)) await shortlists.create(trimmed);
    await shortlists.add(trimmed, [id]);
    setName('');
  }

  return (
    <section className="profile-section" aria-labelledby="profile-shortlists">
      <h3 id="profile-shortlists">{t('shortlists.title')}</h3>
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
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <input
          type="text"
          value={name}
          maxLength={100}
          aria-label={t('shortlists.newName')}
          placeholder={t('shortlists.newName')}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
        <button type="submit" className="button">
          {t('shortlists.add')}
        </button>
      </form>
    </section>
  );
}
