/* vnd.asnkarier:Help — "Bantuan fungsi ASN Karier": the function reference in the web browser.
 *  B1. The page is the extension's own reference/<language>.html (tools/gen_help.py writes it from the same sources
 *      as the help pages), found where LibreOffice installed the extension.
 *  B2. Not Silent, the system opens it (com.sun.star.system.SystemShellExecute, the way LibreOffice opens a link),
 *      never LibreOffice's own help: F1 cannot reach an extension's pages, and LibreOffice 25.2 terminates when its
 *      help is asked for an extension page by help ID. Silent, nothing opens: the result is the page's URL.
 *  B3. Indonesian; the argument Language = "en" asks for the English page. */
#include "command_handler.h"

#include <string.h>

#include "sheet_data.h"
#include "uno_calling.h"
#include "uno_implementing.h"
#include "../core/support/locale_free.h"

int asn_help_run(asn_command *command)
{
    char language[16] = "id", url[4096];
    asn_command_string(command, "Language", language, sizeof language);
    const char *page = !strcmp(language, "en") ? "/reference/en-US.html" : "/reference/id.html"; /* B3 */
    if (!asn_command_extension_url(command, page, url, sizeof url)) { /* B1 */
        asn_format(command->result, sizeof command->result, "%s", "Letak ekstensi ASN Karier tidak diketahui.");
        return 0;
    }
    if (command->silent) { /* B2 */
        asn_format(command->result, sizeof command->result, "%s", url);
        return 1;
    }
    uno_Interface *shell = asn_create_service(command->context, "com.sun.star.system.SystemShellExecute");
    rtl_uString *target = asn_ustring_from_utf8(url), *parameters = asn_ustring_from_utf8("");
    sal_Int32 flags = 1; /* com.sun.star.system.SystemShellExecuteFlags URIS_ONLY */
    void *args[3] = { &target, &parameters, &flags };
    int ok = shell && asn_uno_call_on(shell, "com.sun.star.system.XSystemShellExecute::execute", NULL, args);
    rtl_uString_release(target);
    rtl_uString_release(parameters);
    asn_uno_release(shell);
    if (!ok) {
        asn_format(command->result, sizeof command->result, "Peramban web tidak dapat membuka %s", url);
        return 0;
    }
    command->answered = 1;
    asn_format(command->result, sizeof command->result, "%s", url);
    return 1;
}
