/// The cells a scene changed when it advanced a frame in place by one step: per panel, the
/// index of every cell it may have changed, in increasing order, and what each held before.
///
/// A superset of the cells that differ: a cell restored to what it was (a window leaving a
/// cell it will mark again) is listed too, and ``changes`` leaves it out.
struct TouchedCells {
  /// Per panel, increasing cell indices.
  var indices: [[Int]] = []
  /// Per panel, the cell at each of `indices` before the step.
  var old: [[Cell]] = []

  /// Records the cells at `indices` (increasing, each once) of panel `panel` of `frame` as
  /// they are now, before the step changes them.
  mutating func record(_ indices: [Int], panel: Int, of frame: Frame) {
    while self.indices.count <= panel {
      self.indices.append([])
      old.append([])
    }
    let cells = frame.panels[panel].cells
    self.indices[panel] = indices
    old[panel] = indices.map { cells[$0] }
  }

  /// Per panel of `frame` (the frame after the step), the touched cells that differ from
  /// what they were, as ``CellComparison`` tells them apart, and their old cells.
  func changes(in frame: Frame) -> CellChanges {
    var indices: [[Int]] = []
    var old: [[Cell]] = []
    indices.reserveCapacity(frame.panels.count)
    old.reserveCapacity(frame.panels.count)
    for (panel, new) in frame.panels.enumerated() {
      var changed: [Int] = []
      var before: [Cell] = []
      if panel < self.indices.count {
        for (k, index) in self.indices[panel].enumerated()
        where CellComparison.differ(new.cells[index], self.old[panel][k]) {
          changed.append(index)
          before.append(self.old[panel][k])
        }
      }
      indices.append(changed)
      old.append(before)
    }
    return CellChanges(indices: indices, previous: nil, old: old)
  }
}

/// The cells of a frame that differ from the frame before, per panel, and what they held.
struct CellChanges {
  /// Per panel, increasing indices of the cells that differ.
  var indices: [[Int]]
  /// The frame before's panels, when they are at hand: what a changed cell held is read
  /// there, with nothing copied.
  var previous: [Panel]?
  /// Otherwise (a frame changed in place), per panel, the cell each of `indices` held.
  var old: [[Cell]]

  /// Calls `body` with what each changed cell of panel `panel` held, by its position in
  /// `indices[panel]`.
  @inline(__always)
  func withOld<R>(panel: Int, _ body: ((Int) -> Cell) -> R) -> R {
    let indices = self.indices[panel]
    if let previous {
      return previous[panel].cells.withUnsafeBufferPointer { cells in
        body { cells[indices[$0]] }
      }
    }
    let old = self.old[panel]
    return body { old[$0] }
  }
}
