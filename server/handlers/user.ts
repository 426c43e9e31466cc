/** The user's own data: shortlists and notes (settings live in settings.ts). */
import { ApiError } from '../../contract/errors';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { getNote, setNote } from '../../db/user-data/notes';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  listShortlists,
  removeFromShortlist,
  renameShortlist,
  shortlistItems,
} from '../../db/user-data/shortlists';
import type { HandlerContext } from '../context';

export function userHandlers({ db }: HandlerContext) {
  const summary = (name: string) => {
    const wanted = name.trim().toLocaleLowerCase();
    const found = listShortlists(db).find((s) => s.name.toLocaleLowerCase() === wanted);
    if (!found) throw new ApiError('NOT_FOUND', `There is no shortlist called "${name.trim()}".`);
    return found;
  };

  return {
    listShortlists(): ApiResult<'listShortlists'> {
      return { shortlists: listShortlists(db) };
    },

    createShortlist({ name }: ApiParsedArgs<'createShortlist'>): ApiResult<'createShortlist'> {
      return createShortlist(db, name);
    },

    renameShortlist({
      name,
      newName,
    }: ApiParsedArgs<'renameShortlist'>): ApiResult<'renameShortlist'> {
      const { name: actual } = summary(name);
      renameShortlist(db, actual, newName);
      return { name: actual, renamedTo: newName };
    },

    deleteShortlist({ name }: ApiParsedArgs<'deleteShortlist'>): ApiResult<'deleteShortlist'> {
      const { name: actual } = summary(name);
      deleteShortlist(db, actual);
      return { name: actual, deleted: true };
    },

    addToShortlist({ name, ids }: ApiParsedArgs<'addToShortlist'>): ApiResult<'addToShortlist'> {
      const changed = addToShortlist(db, name, ids);
      const after = summary(name);
      return { name: after.name, changed, count: after.count };
    },

    removeFromShortlist({
      name,
      ids,
    }: ApiParsedArgs<'removeFromShortlist'>): ApiResult<'removeFromShortlist'> {
      const changed = removeFromShortlist(db, name, ids);
      const after = summary(name);
      return { name: after.name, changed, count: after.count };
    },

    shortlistItems({ name }: ApiParsedArgs<'shortlistItems'>): ApiResult<'shortlistItems'> {
      const items = shortlistItems(db, name);
      return { name: summary(name).name, items };
    },

    getNote({ id }: ApiParsedArgs<'getNote'>): ApiResult<'getNote'> {
      const note = getNote(db, id);
      return { id, text: note?.text ?? '', updatedAt: note?.updatedAt ?? null };
    },

    setNote({ id, text }: ApiParsedArgs<'setNote'>): ApiResult<'setNote'> {
      const note = setNote(db, id, text);
      return { id, text: note?.text ?? '', updatedAt: note?.updatedAt ?? null };
    },
  };
}
