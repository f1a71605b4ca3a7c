/* The sizes of LibreOffice's Windows x86-64 build (LLP64: long has 32 bits), for building the Windows DLL with
 * mingw-w64 against the Linux SDK's headers. The Makefile puts this folder before the SDK on the include path
 * of the Windows build only: the SDK's own sal/typesizes.h describes Linux (long of 64 bits), with which
 * sal_Int64 would come out as a 32-bit long and every UNO structure holding one would be misread. */
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
