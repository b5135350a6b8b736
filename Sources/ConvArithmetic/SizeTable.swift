/// One input size's output sizes under each framework's convention, along one axis.
///
/// A nil size means the convention gives no output there: the kernel overhangs the input
/// (and its padding), so PyTorch refuses and TensorFlow VALID has nothing to slide over.
public struct SizeRow: Hashable, Sendable {
  /// The input size.
  public let i: Int
  /// PyTorch's `⌊(i + 2p − d(k−1) − 1)/s⌋ + 1`, with p on both sides.
  public let pytorch: Int?
  /// TensorFlow VALID's `⌈(i − d(k−1))/s⌉`.
  public let tfValid: Int?
  /// TensorFlow SAME's `⌈i/s⌉`, whatever the kernel.
  public let tfSame: Int
  /// SAME's padding: `max(0, (o−1)s + d(k−1) + 1 − i)` in total, the odd cell after.
  public let samePadBefore: Int
  public let samePadAfter: Int
  /// The size a transposed convolution with the same k, s, p, d and output_padding 0
  /// gives back from `pytorch`.
  public let transposed: Int?
  /// The output_padding that makes the transposed convolution give back `i` exactly;
  /// nil where none below max(s, d), PyTorch's bound, does.
  public let outputPadding: Int?

  /// Every size in the row, in the order of the `shapes` scene's columns and
  /// `convscope shape --table`: i, pytorch, tf_valid, tf_same, same_pad_before,
  /// same_pad_after, transposed, output_padding.
  public var columns: [Int?] {
    [i, pytorch, tfValid, tfSame, samePadBefore, samePadAfter, transposed, outputPadding]
  }
}

/// Output sizes for a range of input sizes, and which input sizes collide.
///
/// Several input sizes share one output size as soon as s > 1, and a transposed
/// convolution must be told which to restore: PyTorch by output_padding, TensorFlow's
/// `conv2d_transpose` by an explicit `output_shape`.
///
///     let table = try SizeTable(inputs: 4...9, k: 3, s: 2, p: 1)
///     table.rows[2].pytorch                // 3 (i = 6)
///     table.pytorchCollisions              // [[5, 6], [7, 8]]: input sizes sharing o
public struct SizeTable: Hashable, Sendable {
  public let k: Int
  public let s: Int
  public let p: Int
  public let d: Int
  public let rows: [SizeRow]

  public init(inputs: ClosedRange<Int>, k: Int, s: Int, p: Int, d: Int = 1) throws(ConvError) {
    try ConvParameters(
      input: Pair(inputs.upperBound), kernel: Pair(k), stride: Pair(s), padding: Pair(p),
      dilation: Pair(d)
    ).validateRanges()
    guard inputs.lowerBound >= 1 else {
      throw .notPositive(.input, value: Pair(inputs.lowerBound))
    }
    self.k = k
    self.s = s
    self.p = p
    self.d = d
    rows = inputs.map { i in Self.row(i: i, k: k, s: s, p: p, d: d) }
  }

  /// The row of input size `i` alone.
  public static func row(i: Int, k: Int, s: Int, p: Int, d: Int) -> SizeRow {
    let o = AxisShape.convOutput(i: i, k: k, s: s, p: p, d: d)
    let valid = TensorFlowPadding.valid(i: i, k: k, s: s, d: d)
    let same = TensorFlowPadding.same(i: i, k: k, s: s, d: d)
    var transposed: Int? = nil
    var outputPadding: Int? = nil
    if o >= 1 {
      let back = AxisShape.transposedOutput(i: o, k: k, s: s, p: p, d: d)
      // A transposed size below 1 is refused by PyTorch as the direct one is.
      if back >= 1 { transposed = back }
      let needed = i - back
      if back >= 1 && needed >= 0 && needed < max(s, d) { outputPadding = needed }
    }
    return SizeRow(
      i: i, pytorch: o >= 1 ? o : nil, tfValid: valid >= 1 ? valid : nil, tfSame: same.output,
      samePadBefore: same.before, samePadAfter: same.after, transposed: transposed,
      outputPadding: outputPadding)
  }

  /// The row of input size `i`, if the table holds it.
  public func row(for i: Int) -> SizeRow? {
    guard let first = rows.first, i >= first.i, i - first.i < rows.count else { return nil }
    return rows[i - first.i]
  }

  /// Groups of input sizes (two or more) that PyTorch maps to one output size, in order.
  public var pytorchCollisions: [[Int]] { Self.groups(rows.map { ($0.i, $0.pytorch) }) }

  /// The input sizes in the table that share `i`'s PyTorch output size (`i` included).
  public func pytorchGroup(of i: Int) -> [Int] {
    pytorchCollisions.first { $0.contains(i) } ?? [i]
  }

  /// Runs of neighbouring rows with one output size; output sizes never fall as i grows,
  /// so equal sizes are always neighbours.
  static func groups(_ pairs: [(i: Int, o: Int?)]) -> [[Int]] {
    var groups: [[Int]] = []
    var run: [Int] = []
    var runOutput: Int? = nil
    for (i, o) in pairs {
      if o != nil && o == runOutput {
        run.append(i)
      } else {
        if run.count > 1 { groups.append(run) }
        run = [i]
        runOutput = o
      }
    }
    if run.count > 1 { groups.append(run) }
    return groups
  }
}
