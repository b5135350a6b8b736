import ConvScenes

/// What one event cost to show: time, and bytes to the terminal against the least possible.
public struct FrameCost: Sendable {
  /// Time to update the state, render the view and encode the changes.
  public var duration: Duration
  /// Screen cells whose text or style changed.
  public var changedCells: Int
  /// UTF-8 bytes of the changed cells' text: what any update must send at least.
  public var changedCellBytes: Int
  /// Bytes the update sends: cursor moves, colour changes and text.
  public var bytesWritten: Int
  /// Runs of changed cells drawn (each needs at least a cursor move, about 8 bytes).
  public var runs: Int
}

/// The explorer without a terminal: the same state machine, view and diff, drawn to memory.
///
/// The benchmark drives it to measure keypress-to-frame time and bytes per
/// animation step; tests use it to check what the screen shows.
///
/// ```swift
/// var explorer = HeadlessExplorer(state: .opening(screenSize: ScreenSize(width: 120, height: 40)))
/// _ = explorer.draw()                      // the first frame, every cell
/// let cost = explorer.send(.key(.character("S")))
/// print(cost.duration, cost.bytesWritten, cost.changedCellBytes)
/// ```
public struct HeadlessExplorer {
  public private(set) var state: ExplorerState
  /// The screen as last drawn.
  public private(set) var screen: Canvas?
  public let encoder: AnsiEncoder
  public let ascii: Bool
  /// Export effects are recorded here instead of writing files.
  public private(set) var effects: [ExplorerEffect] = []
  /// Recent frame layouts, as the terminal driver keeps them.
  private var memo = FitMemo()

  public init(state: ExplorerState, depth: ColourDepth = .full, ascii: Bool = false) {
    self.state = state
    self.encoder = AnsiEncoder(palette: Palette(depth: depth))
    self.ascii = ascii
  }

  /// Renders the state and "draws" the changes; returns what that cost.
  @discardableResult
  public mutating func draw() -> FrameCost {
    let clock = ContinuousClock()
    let start = clock.now
    let cost = drawWithoutTiming()
    return FrameCost(
      duration: clock.now - start, changedCells: cost.changedCells,
      changedCellBytes: cost.changedCellBytes,
      bytesWritten: cost.bytesWritten, runs: cost.runs)
  }

  /// Applies an event, renders and draws the changes: one keypress-to-frame.
  @discardableResult
  public mutating func send(_ event: ExplorerEvent) -> FrameCost {
    let clock = ContinuousClock()
    let start = clock.now
    if let effect = state.handle(event) { effects.append(effect) }
    if case .resize = event { screen = nil }
    let cost = drawWithoutTiming()
    return FrameCost(
      duration: clock.now - start, changedCells: cost.changedCells,
      changedCellBytes: cost.changedCellBytes,
      bytesWritten: cost.bytesWritten, runs: cost.runs)
  }

  private mutating func drawWithoutTiming() -> FrameCost {
    let rendered = ExplorerView.render(state, ascii: ascii, memo: &memo)
    _ = state.handle(.shown(scroll: rendered.top))
    let next = rendered.canvas
    let runs = ScreenDiff.runs(from: screen, to: next)
    let bytes = encoder.encode(runs).utf8.count
    let cost = FrameCost(
      duration: .zero, changedCells: ScreenDiff.changedCells(from: screen, to: next),
      changedCellBytes: ScreenDiff.changedCellBytes(from: screen, to: next), bytesWritten: bytes,
      runs: runs.count)
    screen = next
    return cost
  }
}
