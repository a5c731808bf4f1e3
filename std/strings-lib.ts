// The string, text and code page part of the runtime library, as one
// module for the registry.

import type { StdModule } from './registry.js';
import { functions as strings } from './strings.js';
import { functions as pad } from './str-pad.js';
import { functions as search } from './str-search.js';
import { functions as tokens } from './str-tokens.js';
import { functions as unicode } from './str-unicode.js';
import { functions as codepage } from './codepage.js';
import { functions as transform } from './transform.js';
import { functions as digest } from './digest.js';
import { functions as format } from './str-format.js';
import { functions as regex } from './regex.js';
import { functions as memo } from './str-memo.js';

export const functions: StdModule = {
  ...strings,
  ...pad,
  ...search,
  ...tokens,
  ...unicode,
  ...codepage,
  ...transform,
  ...digest,
  ...format,
  ...regex,
  ...memo,
};
