/* The DLL entry point of the Windows build (compiled only there, like src/core/support/platform_windows.c).
 *
 * libxml2 is linked in statically, built with LIBXML_STATIC_FOR_DLL: it keeps each thread's parser state in a
 * Win32 TLS slot and frees it when the thread ends, but only if the DLL that contains it forwards its
 * DllMain notifications to xmlDllMain (a plain static libxml2 would instead start a helper thread for every
 * Calc thread that parses, just to notice that thread ending). */
#include <windows.h>

int xmlDllMain(void *instance, unsigned long reason, void *reserved); /* libxml2 threads.c (with LIBXML_STATIC_FOR_DLL) */
BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved);

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    return xmlDllMain(instance, reason, reserved);
}
