/** The user's own data: shortlists and notes (settings live in settings.ts). */
import { ApiError } from '../../contract/errors';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import * as userData from '../../db/user-data';
import type { HandlerContext } from '../context';

export function userHandlers({ db }: HandlerContext) {
  const summary = (name: string) => {
    const wanted = name.trim().toLocaleLowerCase();
    const found = userData.listShortlists(db).find((s) => s.name.toLocaleLowerCase() === wanted);
    if (!found) throw new ApiError('NOT_FOUND', `There is no shortlist called "${name.trim()}".`);
    return found;
  };

  return {
    listShortlists(): ApiResult<'listShortlists'> {
      return { shortlists: userData.listShortlists(db) };
    },

    createShortlist({ name }: ApiParsedArgs<'createShortlist'>): ApiResult<'createShortlist'> {
      return userData.createShortlist(db, name);
    },

    renameShortlist({
      name,
      newName,
    }: ApiParsedArgs<'renameShortlist'>): ApiResult<'renameShortlist'> {
      const { name: actual } = summary(name);
      userData.renameShortlist(db, actual, newName);
      return { name: actual, renamedTo: newName };
    },

    deleteShortlist({ name }: ApiParsedArgs<'deleteShortlist'>): ApiResult<'deleteShortlist'> {
      const { name: actual } = summary(name);
      userData.deleteShortlist(db, actual);
      return { name: actual, deleted: true };
    },

    addToShortlist({ name, ids }: ApiParsedArgs<'addToShortlist'>): ApiResult<'addToShortlist'> {
      const changed = userData.addToShortlist(db, name, ids);
      const after = summary(name);
      return { name: after.name, changed, count: after.count };
    },

    removeFromShortlist({
      name,
      ids,
    }: ApiParsedArgs<'removeFromShortlist'>): ApiResult<'removeFromShortlist'> {
      const changed = userData.removeFromShortlist(db, name, ids);
      const after = summary(name);
      return { name: after.name, changed, count: after.count };
    },

    shortlistItems({ name }: ApiParsedArgs<'shortlistItems'>): ApiResult<'shortlistItems'> {
      const items = userData.shortlistItems(db, name);
      return { name: summary(name).name, items };
    },

    getNote({ id }: ApiParsedArgs<'getNote'>): ApiResult<'getNote'> {
      const note = userData.getNote(db, id);
      return { id, text: note?.text ?? '', updatedAt: note?.updatedAt ?? null };
    },

    setNote({ id, text }: ApiParsedArgs<'setNote'>): ApiResult<'setNote'> {
      const note = userData.setNote(db, id, text);
      return { id, text: note?.text ?? '', updatedAt: note?.updatedAt ?? null };
    },
  };
}
