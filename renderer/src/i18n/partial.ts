import type { Messages } from './en';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/** A language still being translated: any subset of the English keys, nothing else. */
export type PartialMessages = DeepPartial<Messages>;
