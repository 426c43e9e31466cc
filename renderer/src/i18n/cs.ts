/**
 * Translation in progress: keys not given here fall back to English (i18next fallbackLng).
 */
import type { PartialMessages } from './partial';

export const cs: PartialMessages = {};
