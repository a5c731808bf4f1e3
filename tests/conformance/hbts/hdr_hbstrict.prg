/* hbstrict.ch: IIF() and the IF statement are unaffected */

#include "hbstrict.ch"

PROCEDURE Main()

   LOCAL n := 2

   ? iif( n > 1, "big", "small" )
   IF( n > 1 )
      ? "statement form"
   ENDIF
   IF n == 2
      ? "plain statement"
   ENDIF
#ifdef HB_STRICT_CH_
   ? "HB_STRICT_CH_"
#endif

   RETURN
