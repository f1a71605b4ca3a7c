/* One undo step for a block of cells written with setDataArray (Calc 7.4 records such writes but cannot undo
 * them): a com.sun.star.document.XUndoAction that puts the block's earlier cells back, and the new ones again. */
#ifndef ASN_BINDING_UNDO_BLOCK_H
#define ASN_BINDING_UNDO_BLOCK_H

#include "uno.h"

/* Writes `after` into `range` (XCellRangeData) and adds to the document's undo manager one step titled `title`
 * that restores `before` (both [][]any of the range's shape; the step takes them over). Call it inside an undo
 * context (undo_block.c U1). 1 on success; on failure nothing was written. */
int asn_undo_block_write(uno_Interface *model, uno_Interface *range, uno_Sequence *before, uno_Sequence *after,
                         const char *title);

/* 1 while one of these steps is being undone or redone (the undo manager is then busy with that request: asking it
 * for anything else from within would wait for ever). */
int asn_undo_block_busy(void);

#endif
