// SWITCH takes whole numbers and strings; any other value is BASE/3104,
// whose substitute is switched on
PROCEDURE Main()
   LOCAL x, e
   FOR EACH x IN { 1, 2.0, 10/5, 1.5, NIL, .T., Date(), "a", {}, {=>}, 3000000000, 2^40 }
      BEGIN SEQUENCE WITH {| o | Break( o ) }
         SWITCH x
         CASE 1
            ?? "one "
            EXIT
         CASE 2
            ?? "two "
            EXIT
         CASE "a"
            ?? "a "
            EXIT
         OTHERWISE
            ?? "other "
         ENDSWITCH
      RECOVER USING e
         ?? "err", e:subCode, e:canSubstitute, e:canDefault, e:canRetry, ""
      END SEQUENCE
   NEXT
   ? ""
   BEGIN SEQUENCE WITH {| o | 2 }
      SWITCH 1.5
      CASE 2
         ? "subst two"
         EXIT
      OTHERWISE
         ? "subst other"
      ENDSWITCH
   END SEQUENCE
