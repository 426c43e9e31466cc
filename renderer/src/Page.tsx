/**
 * A view shown in the main area (Shortlists, Updates, Settings): a page under its title, which
 * names it for screen readers. `name` gives the page's class (`settings-page`) and the title's
 * id (`settings-title`).
 */
import type { ReactNode } from 'react';

interface Props {
  name: string;
  title: string;
  children: ReactNode;
}

export function Page({ name, title, children }: Props) {
  return (
    <section className={`page ${name}-page`} aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`} className="page-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
