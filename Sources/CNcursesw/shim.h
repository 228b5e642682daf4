#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* Must precede the curses include: without it get_wch, cchar_t and add_wch are hidden from Swift. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* glibc hides wcwidth unless _XOPEN_SOURCE; declare it rather than redefine feature macros. */
extern int wcwidth(wchar_t c);

/* C globals trip Swift 6 strict concurrency and function-like macros are not imported. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline SCREEN *cn_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline int cn_key_f(int n) { return KEY_F(n); }
#endif
