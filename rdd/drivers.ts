// The drivers this runtime provides, registered under Harbour's names:
// DBF (no memos), DBFFPT and DBFBLOB (memos), DBFNTX and DBFCDX (memos and
// indexes); SDF and DELIM are the transfer drivers of COPY TO / APPEND FROM.

import { defaultSettings, registerDriver, RDT_FULL, RDT_TRANSFER, type Driver } from './registry.js';
import { SdfArea } from './transfer/sdf.js';
import { DelimArea } from './transfer/delim.js';
import { DbfArea } from './dbf/area.js';
import { FptArea } from './memo/area.js';
import { BlobArea } from './memo/blobarea.js';
import { NtxArea } from './ntx/area.js';
import { CdxArea } from './cdx/area.js';
import { MEMO_DBT, MEMO_FPT } from './dbf/header.js';

function full(name: string, make: (d: Driver) => Driver['make'], over: Parameters<typeof defaultSettings>[0], type = RDT_FULL): void {
  const d: Driver = { name, type, settings: defaultSettings(over), make: undefined as unknown as Driver['make'] };
  d.make = make(d);
  registerDriver(d);
}

full('DBF', (d) => (mgr) => new DbfArea(mgr, d), {});
full('DBFFPT', (d) => (mgr) => new FptArea(mgr, d), { memoType: MEMO_FPT });
full('DBFBLOB', (d) => (mgr) => new BlobArea(mgr, d), { memoType: MEMO_FPT, memoExt: '.dbv' });
full('DBFCDX', (d) => (mgr) => new CdxArea(mgr, d), { memoType: MEMO_FPT, orderBagExt: '.cdx', structOrd: true, multiTag: true, sortRecNo: true, multiKey: true });
full('DBFNTX', (d) => (mgr) => new NtxArea(mgr, d), { memoType: MEMO_DBT, orderBagExt: '.ntx', multiTag: true });
full('SDF', (d) => (mgr) => new SdfArea(mgr, d), { tableExt: '.txt' }, RDT_TRANSFER);
full('DELIM', (d) => (mgr) => new DelimArea(mgr, d), { tableExt: '.txt' }, RDT_TRANSFER);
