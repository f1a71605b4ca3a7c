/* The commands of the ASN Karier menu (com.sun.star.frame.ProtocolHandler for the URLs vnd.asnkarier:<Command>):
 * the menu (extension/Addons.xcu) and any script reach them through the dispatch framework, with the same
 * arguments (rules H1-H5 in command_handler.c). */
#ifndef ASN_BINDING_COMMAND_HANDLER_H
#define ASN_BINDING_COMMAND_HANDLER_H

#include <stddef.h>

#include "uno.h"

/* One command: its name after "vnd.asnkarier:" and what runs it (the generated table, from idl/functions.toml
 * [commands], names them; the runner functions live in *_command.c). */
typedef struct {
    uno_Interface *context; /* XComponentContext */
    uno_Interface *frame;   /* the frame the command was dispatched to (XFrame), or NULL */
    const uno_Sequence *arguments; /* sequence<com.sun.star.beans.PropertyValue> */
    int silent;             /* Silent = true: no dialog at all */
    int cancelled;          /* set by a command whose dialog the officer cancelled: nothing more to say */
    char result[600];       /* the short text the dispatch result carries (UTF-8) */
} asn_command;

typedef struct {
    const char *name;
    int (*run)(asn_command *command); /* 1: success; 0: failure, command->result says why */
} asn_command_info;

extern const asn_command_info asn_commands[];
extern const size_t asn_command_count;
extern const char asn_commands_implementation_name[];
extern const char asn_command_protocol[]; /* "vnd.asnkarier:" */

/* The commands' run functions, one per [[commands.command]] of idl/functions.toml. */
int asn_import_roster_run(asn_command *command); /* import_command.c */

uno_Interface *asn_command_handler_create(uno_Interface *context);
int asn_command_handler_service_info(const rtl_uString *member, void *ret, void *args[]);

/* Argument `name` of the command as UTF-8 into out (cap bytes); 0 when absent or not a string. */
int asn_command_string(const asn_command *command, const char *name, char *out, size_t cap);
/* Argument `name` as a boolean; `fallback` when absent. */
int asn_command_flag(const asn_command *command, const char *name, int fallback);

#endif
