/**
 * The write step of applying a feed delta: the records a change plan decided on, written row
 * by row (an updated organisation keeps its rid), and counted. The caller owns the transaction.
 */
import type { ChangePlan } from './change-plan';
import { count, emptySummary, type ChangeSummary } from './diff';
import type { CatalogueWriter } from './write';

export function writeChanges(writer: CatalogueWriter, plan: ChangePlan): ChangeSummary {
  const summary = emptySummary();
  for (const { rid } of plan.removedOrganisations) {
    writer.deleteOrganisation(rid);
    count(summary, 'organisations', 'removed');
  }
  for (const { org, previous } of plan.upserts) {
    if (previous === undefined) {
      writer.insertOrganisation(org);
      count(summary, 'organisations', 'added');
    } else {
      writer.updateOrganisation(previous.rid, org, previous.stored);
      count(summary, 'organisations', 'changed');
    }
  }
  for (const id of plan.removedEvents) {
    writer.deleteEvent(id);
    count(summary, 'events', 'removed');
  }
  for (const { event, existed } of plan.upsertEvents) {
    writer.upsertEvent(event);
    count(summary, 'events', existed ? 'changed' : 'added');
  }
  return summary;
}
