import CNCurses
import ConvExplorer

/// The one file that calls ncurses: start and stop, colours, drawing and input.
///
/// Everything here is a thin pass-through to the C shim, so that the rest of
/// the front end works with plain Swift values (`Canvas`, `ExplorerEvent`).
enum Curses {
  /// Installs handlers that restore the terminal on Ctrl-C, SIGTERM, SIGHUP and crashes.
  static func installSignalHandlers() { cs_install_signal_handlers() }

  /// Adopts the user's locale; true when it encodes text as UTF-8.
  static func adoptLocale() -> Bool { cs_setlocale_utf8() != 0 }

  /// Whether both standard input and standard output are terminals.
  static var isInteractive: Bool { cs_isatty(0) != 0 && cs_isatty(1) != 0 }

  /// Enters curses mode; false when the terminal cannot be driven.
  static func start() -> Bool {
    cs_keep_heap()
    return cs_start() != 0
  }

  /// Leaves curses mode and restores the terminal's modes.
  static func stop() { cs_stop() }

  static var size: ScreenSize { ScreenSize(width: Int(cs_cols()), height: Int(cs_lines())) }

  /// How get_wch waits: milliseconds, or negative to wait for a key.
  static func setTimeout(milliseconds: Int) {
    cs_timeout(Int32(clamping: milliseconds))
  }

  /// Colour support the terminal reports once colour is started.
  static func startColours() -> Int {
    guard cs_has_colors() != 0 else { return 0 }
    cs_start_color()
    return Int(cs_colors())
  }

  static var colourPairLimit: Int { Int(cs_color_pairs()) }

  static func definePair(_ pair: Int, foreground: Int, background: Int) {
    _ = cs_init_pair(Int32(pair), Int32(foreground), Int32(background))
  }

  static func attributes(_ set: TextAttributes) -> UInt32 {
    var value = cs_a_normal()
    if set.contains(.bold) { value |= cs_a_bold() }
    if set.contains(.dim) { value |= cs_a_dim() }
    if set.contains(.reverse) { value |= cs_a_reverse() }
    if set.contains(.underline) { value |= cs_a_underline() }
    return value
  }

  static func put(_ text: String, x: Int, y: Int, attributes: UInt32, pair: Int) {
    text.withCString { cs_put(Int32(y), Int32(x), $0, attributes, Int32(pair)) }
  }

  static func erase() { cs_erase() }
  static func refresh() { cs_refresh() }

  /// What one read of the terminal gave.
  enum Input {
    case byte(UInt8)
    case resize(ScreenSize)
    case none
  }

  /// Reads one raw input byte, or a resize, waiting as set by ``setTimeout(milliseconds:)``.
  static func read() -> Input {
    let value = cs_get_byte()
    switch value {
    case 0...255: return .byte(UInt8(value))
    case 256: return .resize(size)
    default: return .none
    }
  }

  /// Whether XON/XOFF flow control is on for standard input (nil when it is not a terminal).
  static var flowControl: Bool? {
    switch cs_ixon() {
    case 1: return true
    case 0: return false
    default: return nil
    }
  }

  // MARK: - Temporary files removed on signals

  // These live in this file because the C shim's static state is per Swift file:
  // the path must be set in the same file that installs the handlers reading it.

  /// Installs the termination handlers that remove ``setCleanupPath(_:)``'s file, for commands without a screen.
  static func installCleanupHandlers() { cs_install_cleanup_handlers() }

  /// Names the temporary file a termination signal removes; nil once it is renamed or gone.
  static func setCleanupPath(_ path: String?) {
    guard let path else {
      cs_set_cleanup_path(nil)
      return
    }
    path.withCString { cs_set_cleanup_path($0) }
  }
}

/// Removes an unfinished export's temporary file when SIGINT, SIGTERM, SIGHUP or SIGQUIT
/// ends a command that draws no screen (the explorer's own handlers do it too).
public enum CleanupOnSignal {
  /// Installs the handlers; the process still dies of the signal, with the usual status.
  public static func install() { Curses.installCleanupHandlers() }
}
