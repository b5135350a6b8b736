import ConvArithmetic

/// Caption lines and titles of the `matrix` and `interp` scenes and of the transposed scene's
/// comparison with dilation, as values; `EnglishCatalogue+Matrix.swift` words them.
public enum MatrixCaption: Equatable, Sendable {
  // The matrix scene's titles.
  /// `input x 4×4`, or with `transposed` the o-sized grid `input y 2×2` that Cᵀ gathers from.
  case inputTitle(size: Pair, transposed: Bool)
  /// `C 4×16` or `Cᵀ 16×4`.
  case matrixTitle(rows: Int, cols: Int, transposed: Bool)
  /// `vec(x) 1×16`: the flattened grid the matrix multiplies.
  case vectorTitle(length: Int, transposed: Bool)
  /// `output y 2×2`, or `conv_transpose2d 4×4`.
  case outputTitle(size: Pair, transposed: Bool)

  // The matrix scene's lines.
  /// How rows and columns of C (or Cᵀ) number cells: row-major, `cols` cells a row.
  case layout(rows: Int, cols: Int, rowCells: Pair, colCells: Pair, transposed: Bool)
  /// How many entries are not zero, and why: each row of C (column of Cᵀ) holds the taps of
  /// one window that land inside the input, at most kh·kw.
  case sparsity(
    nonZeros: Int, entries: Int, kernel: Pair, fewest: Int, most: Int, transposed: Bool)
  /// Row `row` of C is output cell `cell`; its window reads the input cells at `columns`.
  case rowReads(row: Int, cell: Pair, columns: [Int])
  /// Row `row` of Cᵀ is cell `cell` of the large grid; it gathers the small grid's `columns`.
  case gathers(row: Int, cell: Pair, columns: [Int])
  /// Cᵀ·vec(y) against the transposed scene's zero insertion for the same numbers.
  case equalsZeroInsertion(
    input: Pair, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair,
    outputPadding: Pair, difference: String)
  /// The backward pass multiplies by Cᵀ; a transposed convolution is that, used forward.
  case backwardPass
  /// A pinned entry of C (or Cᵀ): kernel tap `tap` where output cell `output`'s window lies on
  /// input cell `input`, or nil when the input cell is outside that window.
  case pinnedEntry(
    row: Int, col: Int, transposed: Bool, value: String, output: Pair, input: Pair, tap: Pair?)

  // The interp scene's titles.
  case interpKernelTitle(size: Int)
  case interpolatedTitle(size: Pair, alignCorners: Bool)
  case transposedTitle(size: Pair)
  case differenceTitle(size: Pair)

  // The interp scene's lines.
  /// The transposed convolution's setting for factor f, and the output size it gives.
  case interpSetting(
    factor: Int, kernel: Int, padding: Int, outputPadding: Int, output: Pair, input: Pair)
  /// Where interpolation samples along one axis (`nil`: both axes alike): the unclamped
  /// source coordinate (pre-formatted), the two neighbours and their weights.
  case interpSource(
    axis: Axis?, index: Int, factor: Int, source: String, low: Int, high: Int,
    lowWeight: String, highWeight: String, clamped: Bool, alignCorners: Bool)
  /// The stamps that reach the current cell, or none.
  case interpStamps(count: Int)
  /// They agree away from a border ring `ring` wide (⌊f/2⌋ = `expected`), `differing` of `cells`.
  case interpRing(ring: Int, factor: Int, expected: Int, differing: Int, cells: Int)
  /// With align_corners, `differing` of `cells` differ.
  case interpAlignCorners(differing: Int, cells: Int)
  /// The current cell's difference (pre-formatted), and whether it lies on the ring.
  case interpCell(cell: Pair, difference: String, onRing: Bool)

  // The transposed scene beside dilation.
  case stretchedTitle(size: Pair, stride: Pair)
  case dilatedTitle(size: Pair, dilation: Pair)
  case transposedOutputTitle(size: Pair)
  case dilatedOutputTitle(size: Pair)
  /// Stride s puts s − 1 zeros between input cells.
  case strideInserts(stride: Pair, input: Pair, stretched: Pair)
  /// Dilation d puts d − 1 holes between kernel taps; `fromStride` when d was taken from s.
  case dilationInserts(dilation: Pair, kernel: Pair, spread: Pair, fromStride: Bool)
  /// What each one enlarges, and so what each does to the output's size.
  case strideVersusDilation
}

/// Why the matrix, interp or dilated-comparison parameters cannot be drawn.
public enum MatrixProblem: Equatable, Sendable {
  /// C (or Cᵀ) would have more entries than a scene draws.
  case matrixTooLarge(rows: Int, cols: Int, limit: Int)
  /// `--transpose` makes its own o-sized grid; a values file gives the large grid instead.
  case transposeWithValuesFile
  case factorRange(factor: Int, allowed: ClosedRange<Int>)
  case unknownComparison(name: String)
  /// `--compare` belongs to the transposed scene.
  case compareNeedsTransposed(scene: String)
  /// `--transpose` belongs to the matrix scene, `--factor` and `--align-corners` to interp.
  case optionNeedsScene(option: String, scene: String, given: String)
}

/// What the explorer's status line says about the matrix and interp scenes' keys
/// (`t` transpose, `f`/`F` factor, `a` align_corners, `b` beside dilated).
public enum MatrixStatus: Equatable, Sendable {
  case transpose(on: Bool)
  case factor(from: Int, to: Int)
  case factorLimit(allowed: ClosedRange<Int>)
  case alignCorners(on: Bool)
  case compareDilated(on: Bool)
  /// The key works only in `scene`.
  case keyNeedsScene(key: String, scene: String)
  /// C (or Cᵀ) would be wider or taller than the explorer draws.
  case matrixTooLarge(rows: Int, cols: Int, limit: Int)
}
