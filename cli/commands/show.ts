/**
 * `catalogue show ID`: an organisation's whole profile — contact details, people, services,
 * sectors, where it is, its clusters and members, its events — and the user's note on it: the
 * app's `profile` and `getNote` calls. `--json` prints the `profile` result (docs/api.md) with
 * `note` (its text, or null).
 */
import type { Command } from 'commander';
import { ApiError, LOCALES, type OrganisationProfile } from '../../contract';
import { knownValue, printAnswer, styling, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

interface ShowOptions extends DbOptions {
  locale?: string;
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('show')
      .description(SUMMARIES.show)
      .argument('<id>', 'organisation id, as `catalogue search` lists it')
      .option(
        '--locale <lang>',
        'language of labels: en, de, it, sk, cs, hu, pl or sl (default en)',
      ),
    'print the profile (and the note, if any) as JSON',
  ).action(async (id: string, options: ShowOptions) => {
    const locale = knownValue(options.locale ?? 'en', LOCALES, 'locale');
    await printAnswer(
      options,
      'read',
      async (core) => {
        const profile = await core.call('profile', { id, locale }).catch((error: unknown) => {
          if (error instanceof ApiError && error.code === 'NOT_FOUND') {
            throw new ApiError(error.code, `${error.message} Try \`catalogue search\`.`);
          }
          throw error;
        });
        const note = await core.call('getNote', { id });
        return { profile, note: note.updatedAt === null ? null : note.text };
      },
      {
        json: ({ profile, note }) => ({ ...profile, note }),
        lines: ({ profile, note }) => describe(profile, note),
      },
    );
  });
}

function describe(p: OrganisationProfile, note: string | null): string[] {
  const { bold, dim } = styling();
  const lines = [
    `${bold(p.name)}${p.acronym ? ` (${p.acronym})` : ''}  ${dim(`${p.kind} · ${p.id}`)}`,
  ];
  const other = Object.entries(p.names).map(([lang, name]) => `${lang}: ${name}`);
  if (other.length > 0) lines.push(dim(other.join(' · ')));
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`${label.padEnd(10)}${value}`);
  };
  field(
    'Address',
    [p.address, [p.postcode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  );
  field(
    'Region',
    p.region &&
      [...p.region.ancestors.map((a) => a.name), p.region.name].join(' › ') + ` (${p.region.code})`,
  );
  field('Country', `${p.country.name} (${p.country.code})`);
  field('Website', p.website);
  field('E-mail', p.email);
  field('Phone', p.phone);
  field('Fax', p.fax);
  field('Sectors', p.sectors.map((s) => s.label).join(', '));
  field('Verified', p.verifiedAt);
  if (p.description) lines.push('', p.description);
  if (p.contacts.length > 0) {
    lines.push('', bold('Contacts'));
    for (const c of p.contacts) {
      const who = [c.name, c.role].filter(Boolean).join(', ');
      const how = [c.email, c.phone].filter(Boolean).join(' · ');
      lines.push(`  ${[who, how].filter(Boolean).join(' — ')}`);
    }
  }
  if (p.services.length > 0) {
    lines.push('', bold('Services'));
    for (const s of p.services) {
      lines.push(`  ${s.title} ${dim(`(${s.type.label})`)}`);
      if (s.description) lines.push(`    ${s.description}`);
    }
  }
  const related = (title: string, list: OrganisationProfile['members']) => {
    if (list.length === 0) return;
    lines.push('', bold(title));
    for (const o of list) lines.push(`  ${o.name ?? dim('(not in the catalogue)')} ${dim(o.id)}`);
  };
  related('Member of', p.memberOf);
  related('Members', p.members);
  if (p.events.length > 0) {
    lines.push('', bold('Events'));
    for (const e of p.events) {
      const when = e.end && e.end !== e.start ? `${e.start} – ${e.end}` : e.start;
      const note = e.dateNote === null ? '' : ` (${e.dateNote})`;
      lines.push(`  ${when}${note}  ${e.title}${e.city ? `, ${e.city}` : ''} ${dim(e.id)}`);
    }
  }
  if (note !== null) lines.push('', bold('Your note'), note);
  return lines;
}
