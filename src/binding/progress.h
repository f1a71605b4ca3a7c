/* Progress of a long command that the officer can stop (export_command.c E7-E8). */
#ifndef ASN_BINDING_PROGRESS_H
#define ASN_BINDING_PROGRESS_H
#include "uno.h"

typedef struct asn_progress asn_progress;

/* Starts showing progress over `total` steps: with `dialog`, a small dialog over the frame's window (a line of text,
 * a bar, the button Batal) while the document window takes no input; else the frame's status bar. NULL when nothing
 * can be shown (a hidden document): the steps then do nothing. */
asn_progress *asn_progress_open(uno_Interface *context, uno_Interface *frame, const char *title, long total, int dialog);
/* Shows `done` steps and `text`, and lets the dialog answer. 0 once the officer has pressed Batal. */
int asn_progress_step(asn_progress *progress, long done, const char *text);
/* Closes the dialog (or ends the status bar's progress) and gives the document window its input back. */
void asn_progress_close(asn_progress *progress);

#endif
