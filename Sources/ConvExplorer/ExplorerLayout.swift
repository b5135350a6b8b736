import ConvScenes

/// Where things go on the explorer's screen for one state: the pure layout that the view
/// draws from and the reducer resolves clicks against, so neither asks the other.
///
///     let layout = ExplorerLayout(state)
///     layout.hit(x: 12, y: 7)  // the grid cell drawn there, if any
///     layout.top               // the first panel row on screen
public struct ExplorerLayout: Sendable {
  /// The screen the layout is for.
  public var size: ScreenSize
  /// The status message, wrapped to the width.
  public var status: [String]
  /// The frame fitted into the panel area; nil when the window is too small for it.
  public var fitted: FittedFrame?
  /// The smallest screen the frame needs.
  public var needed: ScreenSize
  /// Grid cells in the panel area's coordinates: `y` counts from ``panelRow`` (none while help
  /// covers the screen). Kept unshifted, so laying out a frame copies no hit.
  public var panelHits: [CellHit]
  /// The screen row where the panel area starts.
  public var panelRow: Int { Self.headerRows }

  /// Grid cells in screen coordinates.
  public var hits: [CellHit] {
    panelHits.map { hit in
      var moved = hit
      moved.y += panelRow
      return moved
    }
  }
  /// The first panel row shown: the view may have followed the window or clamped the scroll.
  public var top: Int

  /// Rows above the frame: two title rows and a gap.
  static let headerRows = 3
  /// The smallest panel area worth drawing; below it the window is "too small".
  static let minimumBodyRows = 6
  static let minimumWidth = 40
  /// The most rows a long status message may take.
  static let statusRowsLimit = 3

  /// Lays the state out for its screen size.
  public init(_ state: ExplorerState, ascii: Bool = false) {
    var memo = FitMemo(capacity: 0)
    self.init(state, ascii: ascii, memo: &memo)
  }

  /// Lays the state out for its screen size, reusing a fit `memo` remembers.
  public init(_ state: ExplorerState, ascii: Bool = false, memo: inout FitMemo) {
    size = state.screenSize
    status = Self.statusLines(state, width: size.width, ascii: ascii)
    let footerRows = 1 + max(1, status.count)
    let bodyRows = size.height - Self.headerRows - footerRows
    let fitted = FrameLayout.fit(
      state.frame, width: size.width, rows: bodyRows, ascii: ascii, scroll: state.scroll,
      follow: state.followWindow, reserve: state.reserve, memo: &memo)
    needed = ScreenSize(
      width: max(fitted.minimumWidth, Self.minimumWidth),
      height: Self.headerRows + 2
        + min(fitted.panelHeight + 1 + fitted.captionRows, Self.minimumBodyRows))
    guard size.width >= needed.width && size.height >= needed.height else {
      self.fitted = nil
      panelHits = []
      top = 0
      return
    }
    self.fitted = fitted
    top = fitted.panelTop
    panelHits = state.helpShown ? [] : fitted.hits
  }

  /// The grid cell drawn at a screen position, if any.
  public func hit(x: Int, y: Int) -> CellHit? {
    Self.hit(x: x, y: y, in: panelHits, below: panelRow)
  }

  /// The hit among `hits` (panel-area rows, starting at screen row `panelRow`) drawn at a
  /// screen position, in screen coordinates.
  static func hit(x: Int, y: Int, in hits: [CellHit], below panelRow: Int) -> CellHit? {
    let row = y - panelRow
    guard var hit = hits.first(where: { $0.y == row && x >= $0.x && x < $0.x + $0.width })
    else { return nil }
    hit.y = y
    return hit
  }

  /// The status message wrapped at spaces to the width, at most `statusRowsLimit` rows.
  static func statusLines(_ state: ExplorerState, width: Int, ascii: Bool) -> [String] {
    guard let status = state.status, width > 2 else { return [] }
    let text = ascii ? FrameLayout.transliterate(status, true) : status
    var lines = FrameLayout.wrap(text, width: width - 2)
    if lines.count > statusRowsLimit {
      lines = Array(lines.prefix(statusRowsLimit))
      lines[statusRowsLimit - 1] = ExplorerView.fit(
        lines[statusRowsLimit - 1] + " …", width - 2, ascii: ascii)
    }
    return lines
  }
}
