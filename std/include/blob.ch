/*
 * blob.ch - BLOB*() helpers of the DBFCDX/FPT memo drivers
 *
 * Clipper's blob functions written as calls of dbInfo() and dbFieldInfo()
 * with the DBI_BLOB_* / DBS_BLOB_* codes of dbinfo.ch: the root blob of a
 * memo file, blobs addressed directly by pointer, and memo fields read,
 * exported and imported as blobs.
 */

#ifndef HB_BLOB_CH_
#define HB_BLOB_CH_

#ifndef HB_DBINFO_CH_
   #include "dbinfo.ch"
#endif

/* The root blob of the memo file */
#xtranslate BLOBRootLock()         => dbInfo( DBI_BLOB_ROOT_LOCK )
#xtranslate BLOBRootUnlock()       => dbInfo( DBI_BLOB_ROOT_UNLOCK )
#xtranslate BLOBRootGet()          => dbInfo( DBI_BLOB_ROOT_GET )
#xtranslate BLOBRootPut( <blob> )  => dbInfo( DBI_BLOB_ROOT_PUT, <blob> )
#xtranslate BLOBRootDelete()       => BLOBRootPut( "" )

/* Blobs addressed by pointer, outside any field */
#xtranslate BLOBDirectExport( <ptr>, <file> [, <mode>] ) => ;
            dbInfo( DBI_BLOB_DIRECT_EXPORT, ;
                    { <ptr>, <file>, iif( <.mode.>, <mode>, BLOB_EXPORT_OVERWRITE ) } )
#xtranslate BLOBDirectGet( <ptr> [, <start> [, <count> ]] ) => ;
            dbInfo( DBI_BLOB_DIRECT_GET, { <ptr>, <start>, <count> } )
#xtranslate BLOBDirectImport( <oldptr>, <file> ) => ;
            dbInfo( DBI_BLOB_DIRECT_IMPORT, { <oldptr>, <file> } )
#xtranslate BLOBDirectPut( [<oldptr>], <blob> ) => ;
            dbInfo( DBI_BLOB_DIRECT_PUT, { <oldptr>, <blob> } )

/* Memo fields as blobs */
#xtranslate BLOBGet( <field> [, <start> [, <count>]] ) => ;
            dbFieldInfo( DBS_BLOB_GET, <field>, { <start>, <count> } )
#xtranslate BLOBExport( <field>, <file>, <mode> ) => ;
            dbFileGet( <field>, <file>, <mode> )
#xtranslate BLOBImport( <field>, <file> ) => ;
            dbFilePut( <field>, <file> )

#endif /* HB_BLOB_CH_ */
