/* A block of cells as one undo step (undo_block.h).
 *  U1. The step holds the range and the cells before and after; undo writes the cells before, redo the cells after,
 *      each with one setDataArray. Calc also records each setDataArray as an action of its own, whose undo and redo
 *      change nothing (LibreOffice 7.4, measured); the caller keeps them out of sight in an undo context, and
 *      while an action runs the undo manager records nothing (SfxUndoManager::ImplUndo locks it).
 *  U2. Nothing raises into LibreOffice: a write that fails leaves the cells as they are. */
#include "undo_block.h"

#include <stdlib.h>

#include "types.h"
#include "uno_calling.h"
#include "uno_implementing.h"

typedef struct {
    uno_Interface iface; /* first: UNO sees a pointer to this */
    int refcount;
    uno_Interface *range;
    uno_Interface *manager; /* the document's undo manager */
    uno_Sequence *before, *after;
    rtl_uString *title;
} undo_block;

static const char *const block_interfaces[] = { "com.sun.star.uno.XInterface", "com.sun.star.document.XUndoAction" };

static void SAL_CALL block_acquire(uno_Interface *i) { __atomic_add_fetch(&((undo_block *)i)->refcount, 1, __ATOMIC_RELAXED); }

static void SAL_CALL block_release(uno_Interface *i)
{
    undo_block *self = (undo_block *)i;
    if (__atomic_sub_fetch(&self->refcount, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    asn_uno_release(self->range);
    asn_uno_release(self->manager);
    uno_type_destructData(&self->before, asn_type_any_matrix(), NULL);
    uno_type_destructData(&self->after, asn_type_any_matrix(), NULL);
    rtl_uString_release(self->title);
    free(self);
}

static int busy; /* asn_undo_block_busy */

int asn_undo_block_busy(void)
{
    return __atomic_load_n(&busy, __ATOMIC_ACQUIRE);
}

/* U1: writes the cells with the undo manager locked, so that Calc's record of the write is dropped: added to the
 * list action being undone, it terminated LibreOffice 7.4 (SfxListUndoAction::Undo). */
static int write(uno_Interface *range, uno_Interface *manager, uno_Sequence *cells)
{
    sal_Bool locked = 1;
    if (manager && !asn_uno_call_on(manager, "com.sun.star.util.XLockable::isLocked", &locked, NULL))
        locked = 1;
    int lock_here = !locked && asn_uno_call_on(manager, "com.sun.star.util.XLockable::lock", NULL, NULL);
    void *args[1] = { &cells };
    int ok = asn_uno_call_on(range, "com.sun.star.sheet.XCellRangeData::setDataArray", NULL, args);
    if (lock_here)
        asn_uno_call_on(manager, "com.sun.star.util.XLockable::unlock", NULL, NULL);
    return ok;
}

static void SAL_CALL block_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                    void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* U2 */
    undo_block *self = (undo_block *)i;
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "undo") || asn_ustr_is(member, "redo")) {
        __atomic_store_n(&busy, 1, __ATOMIC_RELEASE);
        write(self->range, self->manager, asn_ustr_is(member, "undo") ? self->before : self->after); /* U1 */
        __atomic_store_n(&busy, 0, __ATOMIC_RELEASE);
    } else if (asn_ustr_is(member, "Title")) { /* the readonly attribute */
        rtl_uString_acquire(self->title);
        *(rtl_uString **)ret = self->title;
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, block_interfaces, 2, ret, args);
    } else if (asn_ustr_is(member, "acquire")) {
        block_acquire(i);
    } else if (asn_ustr_is(member, "release")) {
        block_release(i);
    }
}

int asn_undo_block_write(uno_Interface *model, uno_Interface *range, uno_Sequence *before, uno_Sequence *after,
                         const char *title)
{
    uno_Interface *undo = asn_uno_interface_result(model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager",
                                                   NULL);
    undo_block *self = calloc(1, sizeof *self);
    if (!undo || !self) {
        asn_uno_release(undo);
        free(self);
        uno_type_destructData(&before, asn_type_any_matrix(), NULL);
        uno_type_destructData(&after, asn_type_any_matrix(), NULL);
        return 0;
    }
    self->iface.acquire = block_acquire;
    self->iface.release = block_release;
    self->iface.pDispatcher = block_dispatch;
    self->refcount = 1;
    range->acquire(range);
    self->range = range;
    self->before = before;
    self->after = after;
    self->title = asn_ustring_from_utf8(title);
    undo->acquire(undo);
    self->manager = undo;
    int ok = write(range, undo, after);
    if (ok) {
        uno_Interface *action = &self->iface;
        void *add_args[1] = { &action };
        asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::addUndoAction", NULL, add_args);
    }
    block_release(&self->iface);
    undo->release(undo);
    return ok;
}
