/// A key the explorer understands, independent of how the terminal reported it.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case tab, backTab
  case enter
  case backspace
  case escape
}

/// The size of the terminal in columns and rows.
public struct ScreenSize: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  public var description: String { "\(width)×\(height)" }
}

/// Everything that can happen to the explorer: input from the user and the clock.
public enum ExplorerEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse click at a screen position; the driver resolves it against the drawn cells.
  case click(x: Int, y: Int)
  /// The mouse wheel turned.
  case wheel(up: Bool)
  /// The animation clock ticked while playing.
  case tick
  /// The terminal changed size.
  case resize(ScreenSize)
  /// An effect finished and left a message for the status line (e.g. an export's path).
  case message(String)
  /// The screen now shows the panels from this row down (the view followed the window or
  /// clamped the scroll); PgUp and PgDn move on from what the user sees.
  case shown(scroll: Int)
  /// The driver measured the last keypress-to-frame time, wall clock and this thread's
  /// CPU time (nil where unknown), for the `--stats` corner.
  case timed(Duration, cpu: Duration?)
}
