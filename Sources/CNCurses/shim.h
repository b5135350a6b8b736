#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
// The one place convscope touches C: ncursesw, the locale and signals.
//
// ncurses exposes much of its API as macros (attributes, mouse masks, KEY_*)
// and as mutable globals (stdscr, LINES, COLS, COLORS) that Swift either
// cannot import or flags as unsafe under Swift 6. Every such use is wrapped
// here in a small static inline function, so Swift only sees plain calls.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#if defined(__linux__)
// mallopt (cs_keep_heap) is glibc's; macOS has no <malloc.h> at this path.
#include <malloc.h>
#endif
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <termios.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
// macOS's own curses.h is ncurses with wide characters behind _XOPEN_SOURCE_EXTENDED.
#include <curses.h>
#endif

// MARK: - Locale

/// Adopts the user's locale (LANG, LC_ALL); returns 1 when its codeset is UTF-8.
static inline int cs_names_utf8(const char *name) {
  return name != NULL
    && (strstr(name, "UTF-8") || strstr(name, "utf-8") || strstr(name, "UTF8") || strstr(name, "utf8"));
}

static inline int cs_setlocale_utf8(void) {
  if (setlocale(LC_ALL, "") == NULL) {
    // A locale the environment names but the system lacks (zh_CN.UTF-8 in a minimal
    // container) leaves everything at "C": keep the UTF-8 its name asks for with the C
    // library's own UTF-8 locale, so that Chinese can still be drawn.
    const char *ctype = getenv("LC_ALL");
    if (ctype == NULL || *ctype == 0) ctype = getenv("LC_CTYPE");
    if (ctype == NULL || *ctype == 0) ctype = getenv("LANG");
    if (cs_names_utf8(ctype)) setlocale(LC_CTYPE, "C.UTF-8");
  }
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) return 0;
  return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0;
}

// MARK: - Terminal state restored on signals

// Static state in a header is per translation unit: the handlers and their
// installer share one copy because they are only ever used together from a
// single Swift file (Curses.swift). Whether curses is active is read from
// ncurses itself (stdscr, isendwin) rather than from a flag of our own.
static inline struct sigaction *cs_previous_action(int sig) {
  static struct sigaction saved[32];
  return &saved[sig & 31];
}

static inline void cs_restore_terminal_from_signal(void) {
  if (stdscr != NULL && !isendwin()) {
    endwin();
  }
}

/// The temporary file an export is writing, removed if a signal ends the process
/// before it is renamed into place; empty when there is none.
static inline char *cs_cleanup_path(void) {
  static char path[4096];
  return path;
}

/// Names the temporary file to remove on a termination signal; NULL or "" clears it.
/// The first byte is written last, so a signal arriving midway sees either no path or the whole one.
static inline void cs_set_cleanup_path(const char *path) {
  char *slot = cs_cleanup_path();
  slot[0] = 0;
  if (path == NULL || path[0] == 0 || strlen(path) >= 4096) return;
  memcpy(slot + 1, path + 1, strlen(path));
  __atomic_store_n(&slot[0], path[0], __ATOMIC_SEQ_CST);
}

/// Ctrl-C, SIGTERM, SIGHUP: remove an unfinished export's temporary file, restore the
/// terminal, then die of the same signal so the parent sees the usual status.
static void cs_on_termination_signal(int sig) {
  char *path = cs_cleanup_path();
  if (path[0] != 0) unlink(path);
  cs_restore_terminal_from_signal();
  signal(sig, SIG_DFL);
  raise(sig);
}

/// Installs only the termination handlers, for commands that write files but draw no screen.
static inline void cs_install_cleanup_handlers(void) {
  int termination[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof termination / sizeof termination[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_on_termination_signal;
    sigemptyset(&action.sa_mask);
    sigaction(termination[i], &action, cs_previous_action(termination[i]));
  }
}

/// Crashes: restore the terminal, then hand the signal to whoever handled it
/// before (the Swift runtime's backtracer) or to the default action.
static void cs_on_fatal_signal(int sig) {
  cs_restore_terminal_from_signal();
  if (sig > 0 && sig < 32) {
    sigaction(sig, cs_previous_action(sig), NULL);
  } else {
    signal(sig, SIG_DFL);
  }
  raise(sig);
}

/// Installs the handlers; call before initscr so ncurses keeps ours for SIGINT and SIGTERM.
static inline void cs_install_signal_handlers(void) {
  int termination[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof termination / sizeof termination[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_on_termination_signal;
    sigemptyset(&action.sa_mask);
    sigaction(termination[i], &action, cs_previous_action(termination[i]));
  }
  int fatal[] = {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_on_fatal_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(fatal[i], &action, cs_previous_action(fatal[i]));
  }
}

static inline int cs_isatty(int fd) { return isatty(fd); }

// MARK: - Start and stop

/// initscr and the modes the explorer needs; returns 0 when the terminal cannot be used.
/* Keeps freed memory in the process instead of handing it back to the kernel after
   every frame: each keypress rebuilds a scene, and glibc's default 128 KiB trim
   threshold made every frame fault its pages in again (about a third of a 32x32
   parameter change). */
static inline void cs_keep_heap(void) {
#ifdef M_TRIM_THRESHOLD
  mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
  mallopt(M_TOP_PAD, 4 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
#endif
}

static inline int cs_start(void) {
  // newterm instead of initscr: initscr exits the process on an unknown TERM.
  const char *term = getenv("TERM");
  SCREEN *screen = newterm(term, stdout, stdin);
  if (screen == NULL) return 0;
  set_term(screen);
  // A terminal that cannot move the cursor (TERM=dumb) would print one garbled line.
  const char *cup = tigetstr("cup");
  if (cup == NULL || cup == (char *)-1) {
    endwin();
    delscreen(screen);
    return 0;
  }
  cbreak();
  noecho();
  nonl();
  // Raw bytes: convscope decodes escape sequences itself (KeyDecoder), because curses
  // reads a sequence it does not know as Esc plus other keys, and Esc quits.
  keypad(stdscr, FALSE);
  meta(stdscr, TRUE);
  // Ctrl-S would stop all output until Ctrl-Q (XON/XOFF), which looks like a frozen
  // screen. def_prog_mode records the change, so it survives Ctrl-Z and fg, while
  // endwin still restores the shell's own settings.
  struct termios modes;
  if (tcgetattr(0, &modes) == 0) {
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(0, TCSANOW, &modes);
    def_prog_mode();
  }
  // No typeahead checks: curses would poll the keyboard and flush its output before each
  // changed line (a write(2) and a poll(2) per line), to abandon a redraw a key overtakes;
  // convscope's frames are small, and it reads every key anyway before drawing again.
  typeahead(-1);
  curs_set(0);
  leaveok(stdscr, TRUE);
  mouseinterval(0);
  mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  return 1;
}

static inline void cs_stop(void) {
  if (stdscr != NULL && !isendwin()) endwin();
}

/// Milliseconds get_wch waits before reporting no key (negative waits forever).
static inline void cs_timeout(int ms) { wtimeout(stdscr, ms); }

static inline int cs_lines(void) {
  int y, x;
  getmaxyx(stdscr, y, x);
  (void)x;
  return y;
}

static inline int cs_cols(void) {
  int y, x;
  getmaxyx(stdscr, y, x);
  (void)y;
  return x;
}

// MARK: - Colours and attributes

static inline int cs_has_colors(void) { return has_colors() ? 1 : 0; }
static inline int cs_colors(void) { return COLORS; }
static inline int cs_color_pairs(void) { return COLOR_PAIRS; }
static inline void cs_start_color(void) {
  start_color();
  use_default_colors();
}
static inline int cs_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }

static inline unsigned cs_a_normal(void) { return (unsigned)A_NORMAL; }
static inline unsigned cs_a_bold(void) { return (unsigned)A_BOLD; }
static inline unsigned cs_a_dim(void) { return (unsigned)A_DIM; }
static inline unsigned cs_a_reverse(void) { return (unsigned)A_REVERSE; }
static inline unsigned cs_a_underline(void) { return (unsigned)A_UNDERLINE; }

// MARK: - Drawing

/// Writes UTF-8 text at row y, column x with the given attributes and colour pair.
static inline void cs_put(int y, int x, const char *utf8, unsigned attrs, int pair) {
  wattr_set(stdscr, (attr_t)attrs, (short)pair, NULL);
  mvwaddstr(stdscr, y, x, utf8);
}

static inline void cs_erase(void) { werase(stdscr); }
static inline void cs_clearok(void) { clearok(stdscr, TRUE); }
static inline void cs_refresh(void) { wrefresh(stdscr); }

// MARK: - Input

/// Whether standard input has the XON/XOFF flow control (IXON) on: 1, 0, or -1 when unknown.
static inline int cs_ixon(void) {
  struct termios modes;
  if (tcgetattr(0, &modes) != 0) return -1;
  return (modes.c_iflag & IXON) ? 1 : 0;
}

/// Reads one input byte (0-255), or reports a resize (256), or nothing within the timeout (-1).
static inline int cs_get_byte(void) {
  int c = wgetch(stdscr);
  if (c == ERR) return -1;
  if (c == KEY_RESIZE) return 256;
  if (c >= 0 && c <= 255) return c;
  return -1;
}

#endif
