import ConvMessages

/// The last few results of ``FrameLayout/fit(_:width:rows:ascii:scroll:follow:reserve:memo:)``.
///
/// Fitting a 32×32 frame into a window formats and places every cell, about a third of what
/// a key costs the explorer. A key that returns to a state shown a moment ago (`p` then
/// `P`, `S` then `s`, a step back) asks for the same fit again; the fit is a pure function of
/// its arguments, so an equal request is answered with the remembered result. Comparing
/// two frames costs a few microseconds, a fit about half a millisecond.
public struct FitMemo {
  /// Everything a fit depends on.
  struct Request: Equatable {
    /// The frame's equality includes its language, so `z` never gets a fit made for the
    /// other one.
    var frame: Frame
    var width: Int
    var rows: Int
    var ascii: Bool
    var scroll: Int
    var follow: Bool
    var reserve: LayoutReserve?
  }

  private var entries: [(request: Request, fitted: FittedFrame)] = []
  /// How many fits are kept; the oldest is forgotten first.
  let capacity: Int

  /// A memo of the last `capacity` fits (0 remembers nothing).
  public init(capacity: Int = 4) {
    self.capacity = max(0, capacity)
  }

  /// The remembered fit for `request`, moved to the front as the most recently used.
  mutating func fitted(for request: Request) -> FittedFrame? {
    // The cheap fields first: most requests differ from most entries in the step or the size.
    guard
      let index = entries.firstIndex(where: {
        $0.request.frame.index == request.frame.index && $0.request.width == request.width
          && $0.request.rows == request.rows
          && $0.request.frame.language == request.frame.language
          && $0.request == request
      })
    else { return nil }
    let entry = entries.remove(at: index)
    entries.insert(entry, at: 0)
    return entry.fitted
  }

  mutating func remember(_ fitted: FittedFrame, for request: Request) {
    guard capacity > 0 else { return }
    if entries.count >= capacity { entries.removeLast() }
    entries.insert((request, fitted), at: 0)
  }
}
