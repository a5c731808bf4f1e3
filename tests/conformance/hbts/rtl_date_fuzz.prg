// Dates, timestamps and the SET options that change their text, as random
// but fixed calls (generated once, then kept): CToD/DToC/SToD/hb_CToT/
// hb_TToC under changing SET DATE, CENTURY, EPOCH, TIME FORMAT and EXACT,
// date and timestamp arithmetic, comparisons, conversions and their errors.

#include "set.ch"
MEMVAR xx
PROCEDURE Main()
   PUBLIC xx := NIL
   SET DATE FORMAT TO "y-m-d"
   Show(0, {|| DToS(0d20000501 + Id(2136633)) })
   Show(1, {|| CMonth(hb_SToT("99991117145103248")) })
   SET FIXED OFF
   Show(2, {|| hb_TToD((0d20000515+Id((60731)))) })
   SET CENTURY ON
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(3, {|| Month(0d20240919) })
   Show(4, {|| hb_SToT("20001203194625971") })
   Show(5, {|| DToS(0d20240728) })
   Show(6, {|| Str(0d99990628 - SToD("")) })
   Show(7, {|| DToS(NIL) })
   Show(8, {|| hb_TToD(.T.) })
   Show(9, {|| Transform(hb_Date(0,-1,27), "99/99/99") })
   Show2(10, 0d20000101)
   Show(11, {|| (hb_Date(7498,7,22) != 0d19990607) })
   Show(12, {|| Days((Sqrt(2))) })
   Show(13, {|| (hb_DateTime(1949,-1,29,24,0,59,1000) > SToD("")) })
   SET EXACT ON
   Show(14, {|| hb_Date(9998,-1,32) - Id((249.0633)) })
   SET CENTURY OFF
   Show(15, {|| CToD("") })
   Show(16, {|| hb_CToD("2000.32.0.2", "yy.mm.dd") })
   Show(17, {|| hb_DToT(0d20240101, "999") })
   SET DATE BRITISH
   Show(18, {|| t"6594-06-07 19:27:45.347" - 0d19990908 })
   SET EXACT ON
   Show(19, {|| hb_CToD(" 29.2024.2000", "dd mmm yyyy") })
   Show2(20, hb_Date(9999,2,28))
   Show2(21, hb_DateTime(1950,1,0,24,45,59,999))
   Show(22, {|| hb_TSToStr(hb_DateTime(1899,13,-1,24,60,0,1000), .T.) })
   Show(23, {|| 0d20230709 + hb_DateTime(1582,13,1,12,0,0,750) })
   Show(24, {|| Transform((0d20001022-Id((0))), "") })
   Show(25, {|| hb_TToHour(hb_SToT("13401116")) })
   Show(26, {|| CMonth(.T.) })
   Show(27, {|| PadR(SToD(""), 12) })
   SET CENTURY ON
   Show(28, {|| Day((0d19991125-Id((3000000)))) })
   Show(29, {|| ((hb_SToT("96980509122041895")-Id(0.5)) > (0d99990121+Id((0)))) })
   Show2(30, hb_SToT("10791206"))
   Show(31, {|| CToD("50x10000x13") })
   SET DATE FORMAT TO "mm-dd"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(32, {|| hb_ValToStr(hb_DateTime(1949,-1,30,-1,59,59,197)) })
   Show(33, {|| hb_ValToExp(hb_Date(99,1,-1)) })
   Show(34, {|| Str((0d01130120+Id((2000000))) - hb_Date(999,12,15)) })
   Show(35, {|| ElapTime("00:00:00", "11:00:00") })
   Show(36, {|| PadR(0d20240915, 12) })
   Show(37, {|| Secs("999,2024,24.123456") })
   Show(38, {|| hb_TSToStr(hb_SToT("20240720163803368"), .T.) })
   Show(39, {|| Empty(hb_SToT("20240327123129271")) })
   SET TIME FORMAT TO "h:m:s"
   Show(40, {|| AmPm("") })
   Show2(41, SToD(""))
   Show(42, {|| CToD(" 99-13-10000-29") })
   Show(43, {|| hb_TToC(hb_SToT("20001202134544997"), "mm/dd/yy", "hhmmss") })
   Show(44, {|| hb_Date(2000.7,2,29) })
   Show2(45, hb_SToT("06481101"))
   Show(46, {|| Empty(hb_DateTime(1,11,28,12,59,0,185)) })
   Show(47, {|| DToS(hb_Date(2024,-1,32) + Id(-151084)) })
   Show(48, {|| Day(hb_SToT("20000828032203786")) })
   Show(49, {|| hb_Date(1999,6,15) })
   SET EPOCH TO 2050
   Show(50, {|| hb_Sec((hb_SToT("70240102220248683")+Id(1/3))) })
   Show(51, {|| AmPm("23:001234-5.5") })
   SET TIME FORMAT TO "hh:mm:ss.fff pm xyz"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(52, {|| Transform(0d10000617, "@DZ") })
   Show(53, {|| hb_Date(1899,13,28) })
   Show(54, {|| (hb_Date(100,3,31) < hb_Date(1,12,30)) })
   Show(55, {|| hb_TToHour(hb_DateTime(9998,13,1,12,60,59,592)) })
   SET TIME FORMAT TO "hh:mm:ss.ffff"
   Show(56, {|| Year(NIL) })
   SET CENTURY OFF
   Show(57, {|| (hb_DateTime(1949,1,15,23,60,0,194) == hb_DateTime(1949,1,15,23,60,0,194)) })
   SET TIME FORMAT TO "HH-MM-SS"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(58, {|| hb_TToHour(0d20000226) })
   Show(59, {|| hb_CToD("x") })
   Show(60, {|| hb_TToC(hb_DateTime(2000,-1,1,-1,59,32,1000)) })
   Show2(61, (0d20240828-Id((365))))
   Show(62, {|| DToS(0d20230903) })
   Show(63, {|| hb_CStr(hb_Date(2000,13,1)) })
   Show(64, {|| Year((0d00011013+Id((1)))) })
   Show(65, {|| Str((0d10000117+Id((1000000))) - 0d10000822) })
   SET CENTURY ON
   Show(66, {|| Transform(hb_DateTime(99,9,18,23,3,0,999), "XXXXXXXXXX") })
   Show(67, {|| (hb_SToT("19990628015231386") < NIL) })
   Show(68, {|| hb_SToT("1999 31T59.24x99am00/.5") })
   Show(69, {|| Transform(hb_Date(1582,2,-1), "@E ") })
   Show(70, {|| hb_DToC(0d20001214, "") })
   Show(71, {|| (0d99990719 != hb_Date(100,3,0)) })
   Show(72, {|| (hb_SToT("68780201204528563")-Id(0.000001)) - (0d53320517+Id((5373484))) })
   Show(73, {|| CDoW(hb_SToT("20200215")) })
   Show(74, {|| hb_Date(1999,0,31) })
   SET TIME FORMAT TO "hh:mm:ss"
   Show(75, {|| {Set(_SET_EXACT), Set(_SET_EXACT), __SetCentury(), DToC(0d20240315)} })
   Show(76, {|| hb_SToT("99990826224445405") - hb_Date(1,0,6) })
   Show(77, {|| t"8608-09-15 15:00:49.094" - 0d19001008 })
   Show(78, {|| 0d19000521 - (0d19990704+Id((2000000))) })
   Show(79, {|| hb_Sec((hb_SToT("46760909081530625")+Id(1))) })
   SET DATE USA
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(80, {|| hb_MSecToT((Sqrt(2))) })
   Show(81, {|| hb_Sec(0d20240101) })
   Show(82, {|| Day(hb_Date(999,12,30)) })
   SET EXACT OFF
   Show2(83, t"7104-06-22 16:44:07.361")
   Show(84, {|| Month(0d99990805) })
   Show2(85, (0d19001207+Id((2000000))))
   Show(86, {|| {__SetCentury(NIL), Set(_SET_EPOCH), __SetCentury(), DToC(0d20240315)} })
   Show(87, {|| (t"7433-07-07 13:53:02.940" = t"7092-11-13 00:30:49.368") })
   Show(88, {|| Year(hb_SToT("99990908151305206")) })
   Show(89, {|| hb_DToC(SToD(""), "yyyyyy") })
   Show(90, {|| DToS(0d10000521) })
   Show(91, {|| hb_DToC(hb_Date(1582,12,-1), "yy/mm") })
   Show(92, {|| t"1695-11-16 16:59:05.857" - hb_SToT("00010326103328857") })
   Show(93, {|| Secs("9999Z") })
   Show(94, {|| hb_Sec(t"2024-01-01 10:00") })
   Show(95, {|| Transform((0d20240625+Id((1721060))), "@D 99/99") })
   Show(96, {|| {Set(_SET_FIXED), Set(_SET_FIXED), __SetCentury(), DToC(0d20240315)} })
   Show(97, {|| CDoW(hb_Date(1999,8,28)) })
   Show(98, {|| hb_Hour(hb_SToT("84250618063356712")) })
   Show(99, {|| hb_SToT("00010519213353820") - Id((1)) })
   SET DATE FORMAT TO "ddd yyyy"
   Show(100, {|| hb_DToT(0d00011112, "25:00") })
   Show(101, {|| hb_TToD(t"6075-04-18 22:10:09.241") })
   Show(102, {|| hb_TToHour((0d00011112+Id((-9819)))) })
   SET TIME FORMAT TO "hh:mm:ss"
   Show(103, {|| DToS(hb_Date(1900,3,15)) })
   Show(104, {|| Secs(t"2024-01-01 10:00") })
   Show(105, {|| ((hb_SToT("92861024135425179")+Id((-132))) < (0d20240512-Id((52364)))) })
   Show(106, {|| hb_SToT("20240511102548260") - 0d99990122 })
   Show(107, {|| {__SetCentury("ON"), Set(_SET_DECIMALS), __SetCentury(), DToC(0d20240315)} })
   Show(108, {|| (0d20000517+Id((365))) - Id((Val("12"))) })
   Show2(109, (0d10000719-Id((0))))
   SET TIME FORMAT TO ""
   Show(110, {|| hb_ValToStr(hb_DateTime(9999,11,30,18,59,0,721)) })
   Show(111, {|| hb_Date(2000,4,32) })
   Show2(112, t"3713-02-23 18:11:13.076")
   SET DATE FORMAT TO ""
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(113, {|| hb_CStr(hb_SToT("19990619023251240")) })
   Show(114, {|| (hb_SToT("19641007105413256")+Id((323))) + Id((123.456)) })
   Show(115, {|| hb_Date(NIL,2.9,"1") })
   SET DECIMALS TO 4
   Show(116, {|| CDoW(hb_SToT("20240815173852160")) })
   Show(117, {|| DToS(0d53510106) })
   SET DATE ITALIAN
   Show(118, {|| hb_Date(2024,2.9,29.5) })
   Show(119, {|| 0d99990608 + hb_SToT("38910514") })
   Show(120, {|| CToD("9999/13/9999") })
   Show(121, {|| hb_Date("2000",2.9,"1") })
   SET DECIMALS TO 1
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(122, {|| SToD("20230229") })
   Show(123, {|| Year(hb_SToT("51160515030444184")) })
   Show(124, {|| hb_Sec(1) })
   Show(125, {|| Transform((hb_SToT("35270204074502034")+Id((-4.627))), "@R") })
   Show(126, {|| hb_Date(99,3,30) })
   Show(127, {|| hb_Week(hb_SToT("00010309212933758"), @xx) })
   ? "  xx", hb_ValToExp(xx)
   Show(128, {|| hb_DToC(0d20000416, "YYYY-MM-DD") })
   Show(129, {|| {Set(_SET_DATEFORMAT, "mm/dd/yy"), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   Show(130, {|| ValType(0d20230803) })
   Show2(131, 0d32240804)
   Show(132, {|| DToS(hb_Date(2024,1,0)) })
   Show(133, {|| hb_Date(2000.7,2,29) })
   Show(134, {|| hb_CStr(0d00010427) })
   Show(135, {|| Transform((0d20230926-Id((3000000))), "@R") })
   Show(136, {|| DToS(0d19990523) })
   SET EXACT OFF
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(137, {|| DToC((0d00010711-Id((5373484)))) })
   Show(138, {|| Year(hb_SToT("19991014184015623")) })
   Show(139, {|| 0d99990602 })
   Show(140, {|| hb_TToMSec(hb_SToT("34810818191248908")) })
   Show(141, {|| {__SetCentury(.F.), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   Show(142, {|| DToS(0d20230218) })
   Show(143, {|| hb_SToT("95700924") - Id((2**0.5)) })
   Show(144, {|| DToC(hb_Date(0,1,31)) })
   SET DATE FORMAT TO "mm-dd"
   Show(145, {|| 0d00010616 + Id((-0.00001)) })
   Show(146, {|| DToS(SToD("20241301")) })
   Show(147, {|| hb_CStr((0d39740814-Id((1721060)))) })
   Show(148, {|| DToS(0d20240628) })
   SET DATE GERMAN
   Show2(149, t"0075-08-27 20:15:53.501")
   Show(150, {|| hb_SToT("2024 1 1") })
   Show(151, {|| hb_CToT("59/10000pm59 ", "yyyy-mm-dd", "hh:mm:ss.fff") })
   Show(152, {|| 0d34710828 + Id((0.00)) })
   Show(153, {|| hb_Hour(hb_SToT("19991114054813649")) })
   Show(154, {|| (SToD("") == SToD("")) })
   SET DATE FORMAT TO "abcdefghijkl"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(155, {|| hb_Sec(hb_DateTime(2023,3,1,0,0,0,425)) })
   Show(156, {|| hb_SToT("99 PM10001.123456") })
   Show(157, {|| CToD("30.99") })
   Show(158, {|| hb_SToD("2024 1 1") })
   Show(159, {|| Transform(SToD(""), "@E") })
   SET EXACT ON
   Show(160, {|| Str(0d20231124 - 0d20000521) })
   Show(161, {|| {Set(_SET_DATEFORMAT, "x"), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   Show(162, {|| hb_Sec(hb_SToT("19991106060433005")) })
   Show(163, {|| hb_DToC(0d00010627, "yy/dd/mm") })
   SET DATE ANSI
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(164, {|| ("abc" < hb_SToT("80600214062209763")) })
   Show(165, {|| (hb_Date(2000,13,16) = (hb_SToT("08571007165514443")-Id(0.000001))) })
   Show(166, {|| hb_Date(2023,2,1) })
   Show(167, {|| hb_DateTime(NIL) })
   Show(168, {|| {Set(_SET_DATEFORMAT, 1950), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   Show(169, {|| Transform(hb_DateTime(100,0,15,0,60,59,999), "@R 99") })
   Show(170, {|| CToD("2024//16//30") })
   SET DATE ITALIAN
   Show(171, {|| SToD("") + Id((2/3*100)) })
   Show(172, {|| 0d56690603 - t"2050-10-17 15:15:08.328" })
   SET TIME FORMAT TO "hh:mm:ss.fff pm xyz"
   Show(173, {|| SToD("") })
   Show(174, {|| hb_SToD("20240100") })
   Show(175, {|| (0d30780513+Id((81018))) })
   Show(176, {|| hb_SToT("99980424") })
   Show(177, {|| hb_TSToStr(t"2024-01-01 10:00") })
   Show(178, {|| hb_Date("2000",2.9,29.5) })
   Show(179, {|| AmPm("999.123456") })
   Show2(180, SToD(""))
   Show(181, {|| (0d00010201 != 0d00010201) })
   Show(182, {|| {Set(_SET_EPOCH), Set(_SET_EPOCH), __SetCentury(), DToC(0d20240315)} })
   SET CENTURY ON
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(183, {|| hb_Date(2000.7,NIL,29.5) })
   SET DATE FORMAT TO "dd.mm.yyyy hh"
   Show(184, {|| hb_Date(2024,3,31) - hb_DateTime(5648,2,31,23,60,60,999) })
   SET DATE AMERICAN
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show2(185, hb_SToT("20000705191009092"))
   Show(186, {|| hb_CStr((0d00011119-Id((5373484)))) })
   Show(187, {|| hb_Date(999,2,15) - hb_SToT("20000624195454561") })
   Show(188, {|| hb_SToD("        ") })
   Show(189, {|| hb_DToT(0d20240101, "1234.123456") })
   Show(190, {|| DToC(hb_SToT("19990107144033982")) })
   Show(191, {|| (0d10000522 < 0d10000522) })
   Show(192, {|| Days((1.5)) })
   Show(193, {|| DToC(0d00010702) })
   SET DATE FORMAT TO "y-m-d"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(194, {|| (hb_Date(10000,2,8) >= hb_DateTime(2024,0,28,-1,59,0,999)) })
   Show(195, {|| AmPm("12:1 31pm1234-/00 PM999.123456") })
   SET TIME FORMAT TO "hh:mm:ss pm"
   Show(196, {|| hb_ValToExp((0d20001025+Id((0)))) })
   SET EXACT OFF
   Show(197, {|| DToS(CToD("")) })
   Show(198, {|| hb_DToT({}) })
   SET DATE GERMAN
   Show(199, {|| hb_ValToStr(0d10001202) })
   Show(200, {|| hb_StrToTS("2024-01-02") })
   SET EPOCH TO 9999
   Show(201, {|| (hb_SToT("99990326125449115") = hb_Date(2000,-1,30)) })
   Show(202, {|| Str(0d99990919 - 0d20230227) })
   Show(203, {|| Year(hb_Date(-1,1,1)) })
   Show2(204, 0d19990724)
   Show(205, {|| ValType(hb_SToT("19990501081420222")) })
   Show(206, {|| hb_TToD(.T.) })
   Show(207, {|| hb_ValToStr((hb_SToT("07630902062819243")-Id(100000))) })
   Show(208, {|| Day(hb_SToT("78440820173705611")) })
   Show(209, {|| CToD("00-99-12") })
   SET EXACT OFF
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(210, {|| hb_CToT("59p") })
   Show(211, {|| ElapTime("x") })
   SET DATE FORMAT TO "yy.mm.dd"
   Show(212, {|| t"9555-07-25 11:13:04.035" - hb_Date(0,2,0) })
   Show(213, {|| (hb_Date(2000,1,29) = SToD("")) })
   SET DATE ANSI
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(214, {|| {Set(_SET_EPOCH, 0), Set(_SET_EPOCH), __SetCentury(), DToC(0d20240315)} })
   SET DATE FORMAT TO "x"
   Show(215, {|| hb_SToD("        ") })
   SET DATE GERMAN
   Show(216, {|| hb_ValToStr(hb_SToT("44400820215835962")) })
   Show(217, {|| ((hb_SToT("80970815165342415")-Id(100000)) $ (0d10000709-Id((1)))) })
   SET DATE AMERICAN
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(218, {|| {__SetCentury(.F.), Set(_SET_DECIMALS), __SetCentury(), DToC(0d20240315)} })
   Show(219, {|| {__SetCentury(.T.), Set(_SET_EPOCH), __SetCentury(), DToC(0d20240315)} })
   Show(220, {|| hb_Date(1950,1,28) })
   Show(221, {|| Transform((hb_SToT("90010213091727717")-Id((-1.75))), "99/99/99") })
   Show(222, {|| AmPm("23.31.5") })
   Show(223, {|| hb_TToC(hb_SToT("20000810214653059")) })
   Show(224, {|| DToS(CToD("2000")) })
   Show(225, {|| (0d19990122 != (0d06820925-Id((1)))) })
   Show(226, {|| hb_DToC(0d19000512, "ddd yyyy") })
   Show(227, {|| hb_CToT("1234 0001.00:24 ", "dd/mm/yy", "hh:mm pm") })
   SET TIME FORMAT TO "mm:ss"
   Show(228, {|| hb_SToT("20000601025643898") + Id((-51403)) })
   Show(229, {|| Day((hb_SToT("01150207020147014")-Id((-358)))) })
   SET DATE FORMAT TO "dd.mm.yyyy hh"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show2(230, (0d19001101-Id((1))))
   Show(231, {|| ElapTime(.T.) })
   Show(232, {|| hb_SToT("20230023") })
   Show(233, {|| DToS(hb_Date(9998,-1,29)) })
   Show(234, {|| hb_SToT("00001316") })
   SET EXACT OFF
   Show(235, {|| hb_DToC((0d19000122-Id((5373484))), "x") })
   SET TIME FORMAT TO "HH-MM-SS"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(236, {|| {Set(_SET_EPOCH, 0), Set(_SET_EPOCH), __SetCentury(), DToC(0d20240315)} })
   Show(237, {|| Str((hb_SToT("88500402104947538")+Id((-1.75)))) })
   Show(238, {|| DToS(0d10000803 + Id(-1280014)) })
   Show(239, {|| hb_CToT("02.01.2024 1:02:03.456", "dd.mm.yyyy hh", "hh:mm pm") })
   Show(240, {|| hb_CToT("0 PMp", "dd/mm/yy", "hh:mm pm") })
   Show(241, {|| (0d20230512+Id((0))) })
   SET DATE ITALIAN
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(242, {|| ElapTime("23:59:59", "13:00:00") })
   Show(243, {|| Transform(0d20000925, "@ED") })
   SET CENTURY OFF
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(244, {|| hb_Date(2023,11,0) - Id((1000000000000000)) })
   Show(245, {|| hb_StrToTS("10000-00/-60:5 ") })
   SET EPOCH TO 2000
   Show(246, {|| DToS(hb_Date(1899,-1,30)) })
   Show(247, {|| hb_DToC((0d20000521+Id((-79339))), "yyyymmdd") })
   Show(248, {|| Year(hb_DateTime(2000,3,1,5,27,59,0)) })
   Show(249, {|| (t"0074-04-05 03:57:50.200" != 0d20000219) })
   Show(250, {|| hb_NToMSec((Sqrt(2))) })
   SET DECIMALS TO 6
   Show(251, {|| hb_DateTime(t"2024-01-01 10:00") })
   Show(252, {|| ValType((0d20230420+Id((1721060)))) })
   SET EPOCH TO 99
   Show(253, {|| hb_DToT(0d20240101, "12x999  1234  0.5") })
   Show(254, {|| 0d20000622 })
   SET CENTURY OFF
   Show(255, {|| Secs("310001  24 ") })
   Show2(256, (hb_SToT("23930322044515386")+Id((287))))
   Show(257, {|| hb_ValToExp(0d40690628) })
   Show(258, {|| Str(0d00010718) })
   Show(259, {|| Month(hb_SToT("62160107")) })
   Show2(260, hb_DateTime(2100,-1,0,0,59,1,999))
   SET EXACT ON
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(261, {|| (0d19990807 > 0d10000420) })
   SET DECIMALS TO 5
   Show(262, {|| hb_CToD("2024x2024", "x") })
   Show(263, {|| hb_DToC(hb_Date(99,11,0), "mmmm") })
   Show(264, {|| Days((99999999999)) })
   Show(265, {|| hb_SToT("99990409220150260") - t"0755-12-25 16:47:03.478" })
   SET DATE FORMAT TO "dd mmm yyyy"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(266, {|| hb_DToT((0d21190911-Id((-45456))), -5) })
   Show(267, {|| hb_DateTime(9999,0,32,23,59,31,0) })
   Show(268, {|| DToS(0d00010617 + Id(-2789362)) })
   Show(269, {|| (hb_Date(100,0,32) != hb_Date(100,0,32)) })
   SET EPOCH TO 1900
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(270, {|| (hb_SToT("19991021223246761") $ hb_Date(1,3,31)) })
   SET DATE USA
   Show(271, {|| Empty(SToD("01001222")) })
   SET DATE GERMAN
   Show(272, {|| CDoW(hb_Date(100,2,28)) })
   Show(273, {|| Transform(hb_SToT("99991221154026858"), "@D") })
   Show(274, {|| hb_SToT("15570326041147706") - hb_Date(1999,-1,-1) })
   Show(275, {|| hb_ValToStr(hb_SToT("10980510064949365")) })
   SET EXACT OFF
   Show(276, {|| DToS(hb_Date(1000,1,1) + Id(-1803101)) })
   SET EXACT ON
   Show(277, {|| hb_StrToTS("9999 1999Z") })
   Show(278, {|| AmPm("99ampm59x31x2024.123456") })
   Show(279, {|| 0d10000621 + hb_SToT("19990425001049241") })
   SET TIME FORMAT TO "h:m:s"
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(280, {|| {Set(_SET_DATEFORMAT), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   SET FIXED OFF
   Show(281, {|| Secs({}) })
   Show(282, {|| SToD("x") })
   SET DATE AMERICAN
   Show(283, {|| CToD("28x10000x12") })
   Show(284, {|| hb_SToT("2024010") })
   Show(285, {|| hb_CToD("13 1999 0", "mm/dd/yy") })
   Show(286, {|| Transform(0d20001116, "@E ") })
   Show(287, {|| {Set(_SET_DATEFORMAT), Set(_SET_DATEFORMAT), __SetCentury(), DToC(0d20240315)} })
   Show(288, {|| hb_Date(2000.7,2,"1") })
   SET DATE BRITISH
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(289, {|| hb_DToC(0d00010512, "ddmmyy") })
   Show(290, {|| CToD("x") })
   Show(291, {|| (t"4213-08-09 20:22:06.256" $ hb_SToT("99990701151205024")) })
   SET DATE AMERICAN
   ? "SETS", Set(_SET_DATEFORMAT), Set(_SET_EPOCH), Set(_SET_TIMEFORMAT), __SetCentury()
   Show(292, {|| Days((1000000000000000)) })
   Show(293, {|| hb_StrToTS(t"2024-01-01 10:00") })
   Show(294, {|| hb_DToC(0d20240115, "dd mmm yyyy") })
   SET CENTURY OFF
   Show(295, {|| hb_Date(2023,1,0) + hb_SToT("09670707") })
   Show(296, {|| {Set(_SET_TIMEFORMAT, "hh:mm"), Set(_SET_TIMEFORMAT), __SetCentury(), DToC(0d20240315)} })
   SET DATE JAPAN
   Show(297, {|| (0d10000319 < .T.) })
   Show(298, {|| Year(hb_SToT("99990815181418723")) })
   Show(299, {|| TString((816.242)) })
   RETURN

STATIC PROCEDURE Show(n, b)
   LOCAL x, e
   BEGIN SEQUENCE WITH {|e| Break(e)}
      x := Eval(b)
      ? n, ValType(x), hb_ValToExp(x), "|"
      IF ValType(x) $ "CNDTL"
         ?? x, "|"
      ENDIF
   RECOVER USING e
      ? n, "ERR", e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp(e:args), e:canSubstitute, e:canDefault, e:canRetry
   END SEQUENCE
   RETURN

STATIC FUNCTION Id(x)
   RETURN x

STATIC PROCEDURE Show2(n, x)
   ? n, "SHOW", x, "|"
   RETURN

STATIC PROCEDURE QOut2(n, x)
   QOut(n, x)
   QQOut("|")
   RETURN

STATIC PROCEDURE DevOut2(n, x)
   ? n
   DevOut(x)
   DevOut("|")
   RETURN

