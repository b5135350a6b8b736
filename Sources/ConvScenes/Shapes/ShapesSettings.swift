/// What the `shapes` scene adds to the shared parameters: how many input sizes it lists.
///
/// The first size is the input's height, so the explorer's `i`/`I` keys move the range.
public struct ShapesSettings: Hashable, Sendable {
  /// How many consecutive input sizes the table lists, one row (and one step) each.
  public var rows: Int

  public init(rows: Int = 6) {
    self.rows = rows
  }
}
