/** A link that opens an organisation's profile inside the app. */
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { profileHref } from './links';

interface Props {
  id: string;
  name: string | null;
  onOpen: (id: string) => void;
  children?: ReactNode;
}

export function OrgLink({ id, name, onOpen, children }: Props) {
  const { t } = useTranslation();
  if (name === null) {
    return (
      <span className="org-removed">
        {id} <span className="badge badge-removed">{t('profile.removed')}</span>
      </span>
    );
  }
  return (
    <a
      href={profileHref(id)}
      className="org-link"
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        onOpen(id);
      }}
    >
      {children ?? name}
    </a>
  );
}
