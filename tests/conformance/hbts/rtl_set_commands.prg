// SET commands and the Set() values they store: logical settings from
// ON/OFF and expressions, numeric settings, and the settings that change
// how values compare and print.

#include "set.ch"

PROCEDURE Main()

   LOCAL lOn := .T., cMode := "ON"

   SET EXACT ON
   ? "exact-on:", Set( _SET_EXACT ), "abc" = "ab", "ab" = "ab  ", "ab " == "ab"
   SET EXACT OFF
   ? "exact-off:", Set( _SET_EXACT ), "abc" = "ab", "ab" = "ab  "
   SET EXACT ( lOn )
   ? "exact-expr:", Set( _SET_EXACT )
   SET EXACT &cMode
   ? "exact-macro:", Set( _SET_EXACT )
   SET EXACT OFF

   SET DECIMALS TO 4
   ? "decimals:", Set( _SET_DECIMALS ), 1 / 3
   SET DECIMALS TO
   ? "decimals-none:", Set( _SET_DECIMALS ), 1 / 3, 10 / 4
   SET DECIMALS TO 2
   SET FIXED ON
   ? "fixed:", Set( _SET_FIXED ), 1, 1.5, 1 / 3
   SET FIXED OFF

   SET DELETED ON
   SET SOFTSEEK ON
   SET CONFIRM ON
   SET WRAP ON
   ? "logicals:", Set( _SET_DELETED ), Set( _SET_SOFTSEEK ), Set( _SET_CONFIRM ), Set( _SET_WRAP )
   SET DELETED OFF
   SET SOFTSEEK OFF
   SET CONFIRM OFF
   SET WRAP OFF

   SET MARGIN TO 5
   SET TYPEAHEAD TO 20
   SET MESSAGE TO 3 CENTER
   ? "numbers:", Set( _SET_MARGIN ), Set( _SET_TYPEAHEAD ), Set( _SET_MESSAGE ), Set( _SET_MCENTER )
   SET MARGIN TO
   SET MESSAGE TO
   ? "numbers-reset:", Set( _SET_MARGIN ), Set( _SET_MESSAGE ), Set( _SET_MCENTER )

   SET DEFAULT TO mydir
   SET PATH TO a;b
   ? "strings:", Set( _SET_DEFAULT ), Set( _SET_PATH )
   SET DEFAULT TO
   SET PATH TO
   ? "strings-reset:", "[" + Set( _SET_DEFAULT ) + "]", "[" + Set( _SET_PATH ) + "]"

   SET DELIMITERS TO "[]"
   ? "delimiters:", Set( _SET_DELIMCHARS )
   SET DELIMITERS TO DEFAULT
   ? "delimiters-default:", Set( _SET_DELIMCHARS )

   SET EPOCH TO 1960
   ? "epoch:", Set( _SET_EPOCH ), CToD( "01/01/59" )
   SET EPOCH TO 1900

   ? "returns-old:", Set( _SET_EXACT, .T. ), Set( _SET_EXACT, .F. ), Set( _SET_EXACT )

   RETURN
