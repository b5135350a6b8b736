import CNCurses

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

  /// Reads one input and turns it into an event; nil when the wait timed out.
  static func readEvent() -> ExplorerEvent? {
    var code: Int32 = 0
    switch cs_get_wch(&code) {
    case 0: return keyEvent(character: code)
    case 1: return functionKeyEvent(code)
    default: return nil
    }
  }

  private static func keyEvent(character code: Int32) -> ExplorerEvent? {
    switch code {
    case 27: return .key(.escape)
    case 9: return .key(.tab)
    case 13, 10: return .key(.enter)
    default:
      guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  private static func functionKeyEvent(_ code: Int32) -> ExplorerEvent? {
    switch code {
    case cs_key_up(): return .key(.up)
    case cs_key_down(): return .key(.down)
    case cs_key_left(): return .key(.left)
    case cs_key_right(): return .key(.right)
    case cs_key_home(): return .key(.home)
    case cs_key_end(): return .key(.end)
    case cs_key_btab(): return .key(.backTab)
    case cs_key_ppage(): return .key(.pageUp)
    case cs_key_npage(): return .key(.pageDown)
    case cs_key_resize(): return .resize(size)
    case cs_key_mouse(): return mouseEvent()
    default: return nil
    }
  }

  private static func mouseEvent() -> ExplorerEvent? {
    var x: Int32 = 0
    var y: Int32 = 0
    var button: Int32 = 0
    guard cs_getmouse(&x, &y, &button) != 0 else { return nil }
    switch button {
    case CS_MOUSE_CLICK: return .click(x: Int(x), y: Int(y))
    case CS_MOUSE_WHEEL_UP: return .wheel(up: true)
    case CS_MOUSE_WHEEL_DOWN: return .wheel(up: false)
    default: return nil
    }
  }
}
