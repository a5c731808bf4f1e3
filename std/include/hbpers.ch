/*
 * hbpers.ch - the statements of HBPersistent object texts
 *
 * HBPersistent:SaveToText() writes an object as OBJECT ... AS <class> /
 * ARRAY ... LEN <n> blocks of ::property := value lines. These commands let
 * such a text be compiled as PRG code inside a method: OBJECT makes Self the
 * object being filled (a new one for nested objects) and ENDOBJECT returns
 * to the enclosing one, using the hb_SetObject() / hb_EndObject() stack.
 */

#ifndef HB_PERS_CH_
#define HB_PERS_CH_

#xcommand OBJECT <obj> AS <cls> => ;
          Self := hb_SetObject( Self, {|| <cls>():New() } )
#xcommand ENDOBJECT => Self := hb_EndObject()

#xcommand ARRAY <arr> LEN <n> => <arr> := Array( <n> )

/* Only closes the block visually */
#xcommand ENDARRAY =>

#endif /* HB_PERS_CH_ */
