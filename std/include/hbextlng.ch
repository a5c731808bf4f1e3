/*
 * hbextlng.ch - request every language module
 *
 * A language module is linked in by requesting its HB_LANG_<id> symbol;
 * this header requests all of them, so that hb_langSelect() accepts any
 * id. Also read by hbextern.ch.
 */

#ifndef HB_EXTLNG_CH_
#define HB_EXTLNG_CH_

/* Tells headers that look for it that the full list was requested */
#define __HBEXTERN__HBLANG__REQUEST

REQUEST HB_LANG_BE, HB_LANG_BG, HB_LANG_CA, HB_LANG_CS, HB_LANG_DE
REQUEST HB_LANG_DE_AT, HB_LANG_EE, HB_LANG_EL, HB_LANG_EN, HB_LANG_EO
REQUEST HB_LANG_ES, HB_LANG_ES_419, HB_LANG_EU, HB_LANG_FR, HB_LANG_GL
REQUEST HB_LANG_HE, HB_LANG_HR, HB_LANG_HU, HB_LANG_ID, HB_LANG_IS
REQUEST HB_LANG_IT, HB_LANG_KO, HB_LANG_LT, HB_LANG_LV, HB_LANG_NL
REQUEST HB_LANG_PL, HB_LANG_PT, HB_LANG_PT_BR, HB_LANG_RO, HB_LANG_RU
REQUEST HB_LANG_SK, HB_LANG_SL, HB_LANG_SR_CYR, HB_LANG_SR_LAT, HB_LANG_SV
REQUEST HB_LANG_TR, HB_LANG_UK, HB_LANG_ZH, HB_LANG_ZH_SIM

#endif /* HB_EXTLNG_CH_ */
