/*
 * color.ch - positions of the colors in a SetColor() string
 */

#ifndef _COLOR_CH
#define _COLOR_CH

#define CLR_STANDARD            0
#define CLR_ENHANCED            1
#define CLR_BORDER              2
#define CLR_BACKGROUND          3
#define CLR_UNSELECTED          4

#endif
