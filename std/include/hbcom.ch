/*
 * hbcom.ch - serial ports (hb_com*() functions)
 */

#ifndef HB_COM_CH_
#define HB_COM_CH_

/* Queues for hb_comFlush() */
#define HB_COM_IFLUSH                1
#define HB_COM_OFLUSH                2
#define HB_COM_IOFLUSH               3

/* Modem control lines */
#define HB_COM_MCR_DTR               0x01
#define HB_COM_MCR_RTS               0x02
#define HB_COM_MCR_OUT1              0x04
#define HB_COM_MCR_OUT2              0x08
#define HB_COM_MCR_LOOP              0x10

/* Modem status bits */
#define HB_COM_MSR_DELTA_CTS         0x01
#define HB_COM_MSR_DELTA_DSR         0x02
#define HB_COM_MSR_TERI              0x04
#define HB_COM_MSR_DELTA_DCD         0x08
#define HB_COM_MSR_CTS               0x10
#define HB_COM_MSR_DSR               0x20
#define HB_COM_MSR_RI                0x40
#define HB_COM_MSR_DCD               0x80

/* Line status bits */
#define HB_COM_LSR_DATA_READY        0x01
#define HB_COM_LSR_OVERRUN_ERR       0x02
#define HB_COM_LSR_PARITY_ERR        0x04
#define HB_COM_LSR_FRAMING_ERR       0x08
#define HB_COM_LSR_BREAK             0x10
#define HB_COM_LSR_TRANS_HOLD_EMPTY  0x20
#define HB_COM_LSR_TRANS_EMPTY       0x40

/* Flow control for hb_comFlowControl() */
#define HB_COM_FLOW_IRTSCTS          0x01
#define HB_COM_FLOW_ORTSCTS          0x02
#define HB_COM_FLOW_IDTRDSR          0x04
#define HB_COM_FLOW_ODTRDSR          0x08
#define HB_COM_FLOW_DCD              0x10
#define HB_COM_FLOW_XOFF             0x20
#define HB_COM_FLOW_XON              0x40

/* Flow settings for hb_comFlowSet() */
#define HB_COM_FL_OOFF               0x01
#define HB_COM_FL_OON                0x02
#define HB_COM_FL_IOFF               0x04
#define HB_COM_FL_ION                0x08
#define HB_COM_FL_SOFT               0x10
#define HB_COM_FL_RTSCTS             0x20
#define HB_COM_FL_DTRDSR             0x40
#define HB_COM_FL_DCD                0x80

/* Why output is held (hb_comOutputState()) */
#define HB_COM_TX_CTS                0x01
#define HB_COM_TX_DSR                0x02
#define HB_COM_TX_DCD                0x04
#define HB_COM_TX_XOFF               0x08
#define HB_COM_TX_EMPTY              0x10
#define HB_COM_TX_RFLUSH             0x20

/* Input state (hb_comInputState()) */
#define HB_COM_RX_XOFF               0x01

/* Error codes (hb_comGetError()) */
#define HB_COM_ERR_WRONGPORT         1
#define HB_COM_ERR_CLOSED            2
#define HB_COM_ERR_TIMEOUT           3
#define HB_COM_ERR_NOSUPPORT         4
#define HB_COM_ERR_PARAMVALUE        5
#define HB_COM_ERR_BUSY              6
#define HB_COM_ERR_OTHER             7
#define HB_COM_ERR_ALREADYOPEN       8
#define HB_COM_ERR_IO                9
#define HB_COM_ERR_PIPE              10
#define HB_COM_ERR_ACCESS            11
#define HB_COM_ERR_NOCOM             12

#endif /* HB_COM_CH_ */
