/// What the `shapes` scene adds to the shared parameters: how many input sizes it lists.
///
/// The first size is the input's height, so the explorer's `i`/`I` keys move the range.
public struct ShapesSettings: Hashable, Sendable {
  /// How many consecutive input sizes the table lists, one row (and one step) each.
  public var rows: Int

  /// The `sizes` table's column names, in ``SizeRow/columns``' order: the JSON export's
  /// `column_labels` and the header of `convscope shape --table`.
  public static let columns = [
    "i", "pytorch", "tf_valid", "tf_same", "same_pad_before", "same_pad_after", "transposed",
    "output_padding",
  ]

  public init(rows: Int = 6) {
    self.rows = rows
  }
}
