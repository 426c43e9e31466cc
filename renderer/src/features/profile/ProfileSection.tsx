/** A part of a profile under its own heading, which names the section for screen readers. */
import type { ReactNode } from 'react';

interface Props {
  /** The heading's id (`profile-services`), unique in the page. */
  id: string;
  title: ReactNode;
  children: ReactNode;
}

export function ProfileSection({ id, title, children }: Props) {
  return (
    <section className="profile-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
