/** Durations as administrators type them: `30d`, `12h`, `2w`, `90m`. */
const UNITS: Readonly<Record<string, number>> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

export function parseDuration(text: string): number {
  const match = /^\s*(\d{1,6})\s*([mhdw])\s*$/.exec(text);
  const unit = match?.[2] === undefined ? undefined : UNITS[match[2]];
  const amount = Number(match?.[1]);
  if (unit === undefined || !(amount > 0)) {
    throw new Error(
      `"${text}" is not a duration; write a number and a unit, e.g. 30d, 12h, 2w or 90m.`,
    );
  }
  return amount * unit;
}
