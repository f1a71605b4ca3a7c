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
    int answered;           /* set by a command whose outcome the officer has seen (a dialog cancelled, a page
                               opened): no message box then */
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
int asn_help_run(asn_command *command);          /* help_command.c */
int asn_export_feedback_run(asn_command *command); /* export_command.c */

uno_Interface *asn_command_handler_create(uno_Interface *context);
int asn_command_handler_service_info(const rtl_uString *member, void *ret, void *args[]);

/* The file URL of `path` ("/reference/id.html") inside the installed extension, into out (cap bytes); 0 when
 * LibreOffice cannot say where the extension is. */
int asn_command_extension_url(const asn_command *command, const char *path, char *out, size_t cap);
extern const char asn_extension_identifier[]; /* description.xml's identifier */

/* Argument `name` of the command as UTF-8 into out (cap bytes); 0 when absent or not a string. */
int asn_command_string(const asn_command *command, const char *name, char *out, size_t cap);
/* Sets the command's result text and returns 0, so that a failure reads `return asn_command_fail(command, "...")`. */
int asn_command_fail(asn_command *command, const char *text);

/* A file dialog over the frame's window: for opening, or (save) for a new file with the filter's extension added to
 * a name typed without it; one filter (filter_title, pattern such as "*.pdf"), a proposed name and a title (NULL:
 * none). 1 and the chosen file's URL in url; 0 when cancelled or it cannot be shown. */
int asn_command_pick_file(const asn_command *command, int save, const char *filter_title, const char *pattern,
                          const char *default_name, const char *title, char *url, size_t cap);

/* Not Silent: a Yes/No question in a message box over the frame's window; 1 when the officer answered Yes. */
int asn_command_ask(const asn_command *command, const char *question);

/* Argument `name` as a boolean; `fallback` when absent. */
int asn_command_flag(const asn_command *command, const char *name, int fallback);

#endif
