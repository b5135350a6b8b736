import ConvArithmetic

/// A caption line or panel title of a scene, as values; the catalogue words it.
///
/// Numbers the scenes format themselves (values shown to a set precision) arrive as
/// text; sizes, indices and counts arrive as numbers so each language can place them.
public enum Caption: Equatable, Sendable {
  // Panel titles.
  case inputTitle(size: Pair, paddedTo: Pair?)
  /// `dilation` is nil for an undilated kernel; `spans` is the dilated kernel's extent.
  case kernelTitle(size: Pair, dilation: Pair?, spans: Pair)
  case outputTitle(size: Pair)
  case rotatedTitle
  case kernelAsGivenTitle(size: Pair)
  /// The zero-inserted grid: its size once padded, else the input alone or stretched.
  case insertedTitle(size: Pair)
  case insertedInputOnlyTitle
  case insertedStretchedTitle(size: Pair)
  case runningSumTitle(size: Pair)
  /// `full` is the uncropped stamped grid's size, when cropping makes it differ.
  case stampsTitle(full: Pair?)
  case pooledTitle(size: Pair)
  case unpooledTitle(size: Pair)
  case nearestTitle(size: Pair)
  case bilinearTitle(style: String, size: Int, symmetric: Bool)

  // Formula symbols that are words.
  case pooledSymbol
  case defaultUnpooledSymbol

  // The sliding window.
  /// The window's rows and columns on the input (padded or not), and how far it moves.
  case window(rows: [Int], cols: [Int], padded: Bool, stride: Pair)
  /// Lines no tap reads, for one axis (nil: both agree), and why.
  case unreached(
    axis: Axis?, indices: [Int], padded: Bool, reason: UnreachedWhy, inside: [Int])
  /// A product line (mathematics) for a pinned cell.
  case pinned(String)
  /// A pinned input cell, named in padded coordinates when `padded`.
  case pinnedPaddingCell(cell: Pair, padded: Bool)
  case pinnedUnread(cell: Pair, padded: Bool, value: String)
  case pinnedFeeds(cell: Pair, padded: Bool, value: String, outputs: [Pair])

  // The transposed convolution as zero insertion.
  case transposes(
    input: Pair, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair, output: Pair)
  case zerosInput(input: Pair)
  case zerosStretch(stride: Pair, input: Pair, stretched: Pair)
  /// Step 3: pad by p′ (or crop when negative), plus output_padding, to `total`.
  case zerosPad(padding: Pair, outputPadding: Pair, total: Pair)
  case zerosRotate
  case stride1Window(rows: [Int], cols: [Int])

  // The transposed convolution as scatter.
  /// One stamp: `rows`/`cols` empty when it lands only on the cropped ring.
  case stamp(
    cell: Pair, value: String, rows: [Int], cols: [Int], step: Int, count: Int,
    restCropped: Bool)
  case stampCounts(most: Int)
  case pinnedRunningSum(cell: Pair, value: String, stamps: Int)
  case pinnedStampsCropped(cell: Pair, stamps: Int)
  case pinnedStampsAt(cell: Pair, output: Pair, stamps: Int)
  /// What padding crops from the stamped grid (and output_padding gives back or adds).
  /// `cropped` is what padding takes at the bottom and right, `givenBack` what output_padding
  /// returns of it, `added` what output_padding adds past the stamps.
  case crop(
    padding: Pair, outputPadding: Pair, cropped: Pair, givenBack: Pair, added: Pair, stamped: Pair,
    output: Pair)

  // Unpooling.
  case poolPadding(padding: Pair)
  case unpoolAsksInputSize(size: Pair)
  case poolWindow(
    index: Int, count: Int, cells: Int, value: String, switchCell: Pair, switchIndex: Int)
  case poolTie(cells: [Pair], value: String)
  case poolTieRule
  case unpoolPuts(cell: Pair, value: String, switchCell: Pair)
  case nearestCopies(value: String, rows: [Int], cols: [Int])
  case unpoolVersusNearest
  case pinnedPooled(cell: Pair, value: String, from: Pair)

  // Bilinear kernels.
  case bilinearFactor(size: Int, factor: Int, kernel: Int, stride: Int, padding: Int)
  case bilinearNoFactor(size: Int)
  case legacySymmetric(size: Int)
  case legacyAsymmetric(size: Int, difference: String)
  case bilinearRow(style: String, profile: [String], row: Int, weight: String, values: [String])

  // MARK: channels
  /// The channels and bnfold scenes' own captions.
  case channels(ChannelCaption)
  // MARK: matrix, interp and the transposed scene beside dilation
  case matrix(MatrixCaption)
  // MARK: receptive, overlap
  /// The stack scenes' titles and lines.
  case stack(StackCaption)

  /// The caption in `language`.
  public func text(in language: Language = .english) -> String {
    language.catalogue.text(.caption(self))
  }
  // MARK: shapes
  /// The `shapes` scene's words; see ``ShapesCaption``.
  case shapes(ShapesCaption)
  // MARK: legend
  /// A frame's header line and the legend under its captions; see ``LegendText``.
  case legend(LegendText)
  // MARK: symbolic
  /// Symbols instead of numbers, and true convolution.
  case symbolic(SymbolicCaption)
}

/// Why no tap reads a padded line, with the numbers that show it.
public enum UnreachedWhy: Equatable, Sendable {
  /// Every window over it has a dilation hole there: taps `d` apart, stride `s`.
  case dilationHole(d: Int, s: Int)
  /// It lies between windows: the stride is longer than the `window` (dilated kernel) side.
  case betweenWindows(s: Int, window: Int)
  /// After the last window, which ends at `end`.
  case pastLastWindow(end: Int, s: Int)
}

extension UnreachedWhy {
  /// Why lines of `axis` go unread, for the engine's `reason`, with the numbers a caption names.
  public init(_ reason: UnreachedReason, along axis: Axis, of field: ReceptiveField) {
    let a = field.parameters.along(axis)
    switch reason {
    case .dilationHole: self = .dilationHole(d: a.d, s: a.s)
    case .betweenWindows:
      self = .betweenWindows(s: a.s, window: AxisShape.effectiveKernel(k: a.k, d: a.d))
    case .pastLastWindow: self = .pastLastWindow(end: field.lastWindowEnd(along: axis), s: a.s)
    }
  }
}
