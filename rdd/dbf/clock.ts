// The current local date and time as a timestamp (modification stamps).

import { HbTimestamp } from '../../runtime/values/types.js';
import { dateEncode } from '../../runtime/values/date.js';

export function currentTimestamp(): HbTimestamp {
  const d = new Date();
  const jd = dateEncode(d.getFullYear(), d.getMonth() + 1, d.getDate());
  const ms = ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
  return new HbTimestamp(jd, ms);
}
