/// The largest sizes anything in convscope accepts, defined once so that no request can
/// hang or exhaust memory, and read everywhere else (engine, compute protocol, explorer).
///
/// They comfortably hold FCN's upscore layer: kernel 64, stride 32, on a
/// 16 × 16 map, which gives a 544 × 544 output.
public enum Limits {
  /// The longest side of any grid: input, kernel, or output.
  public static let maxSide = 4096
  /// The most cells in any one grid (2^22, about 4.2 million).
  public static let maxCells = 1 << 22
  /// The most multiply-adds one operation may take (2^28, under a second).
  public static let maxWork = 1 << 28
  /// The largest stride, padding, dilation or output padding.
  public static let maxParameter = 1024
  /// The most entries in a `conv_matrix` answer (2^20: a 32 × 32 input's 1024 × 1024 matrix).
  public static let maxMatrixCells = 1 << 20
  /// The largest bilinear kernel side whose square grid stays within ``maxCells`` (2048).
  public static let maxBilinearKernelSide = Int(Double(maxCells).squareRoot())

  /// The most layers in one stack: deeper than any preset, shallow enough to answer at once.
  public static let maxLayers = 512
  /// The most channels of one layer.
  public static let maxChannels = 1 << 16
  /// The most taps followed when tracing fields back through deconvs (about a second of work at most).
  public static let maxTraceWork = 1 << 24
  /// The largest jump, receptive-field size or count the stack arithmetic will produce (2^52).
  public static let maxStackValue = 1 << 52

  /// The longest compute request line, in bytes: room for a grid at ``maxCells``-scale sizes.
  public static let maxLineBytes = 1 << 26
  /// The most JSON values one request line may hold: a ``maxCells`` input plus as many indices.
  public static let maxJSONValues = 2 * maxCells + 4096

  /// The narrowest and widest `--width` an export takes, in columns.
  public static let exportWidths = 20...1000
  /// How many questions one worksheet holds.
  public static let worksheetQuestions = 1...40
  /// How many questions one round of the quiz asks.
  public static let quizQuestions = 1...20

  /// The largest sides a scene draws; bigger grids make unreadable frames.
  public enum Scenes {
    /// The input's side.
    public static let input = 64
    /// The kernel's side (FCN's upscore kernel, 64, fits).
    public static let kernel = 64
    /// The matrix scene's C (or Cᵀ): at most this many entries, e.g. a 12×12 input with k = 3
    /// (100 × 144); every frame draws all of them.
    public static let matrixEntries = 1 << 14
    /// The interp scene's upsampling factors.
    public static let interpFactors = 2...8
    /// The input sizes one `shapes` table lists, one row and one step each.
    public static let sizeRows = 32
    /// The widest map side the stack scenes draw cell by cell; a larger map is shown scaled,
    /// each shown cell standing for a block (a 224 input shows as 32×32 blocks of 7×7).
    public static let stackMap = 32
  }

  /// The largest values the interactive explorer steps a parameter to; `convscope export`
  /// takes anything up to the engine's limits, but a terminal shows no more than this.
  public enum Explorer {
    /// The input's side.
    public static let input = 32
    /// The kernel's side; the bilinear scene's kernel is its whole picture, so it goes further.
    public static let kernel = 15
    /// The bilinear scene's kernel side.
    public static let bilinearKernel = 32
    public static let stride = 8
    public static let padding = 15
    public static let dilation = 8
    public static let outputPadding = 7
    /// The largest grid side the explorer draws (padded input, transposed output).
    public static let grid = 64
    /// The largest window (dilated kernel) side the explorer draws.
    public static let window = 33
  }

  static func check(_ quantity: Quantity, _ value: Pair, limit: Int = maxParameter)
    throws(ConvError)
  {
    if value.h > limit {
      throw .beyondLimit(.side(quantity, .height), value: value.h, limit: limit)
    }
    if value.w > limit { throw .beyondLimit(.side(quantity, .width), value: value.w, limit: limit) }
  }

  static func checkGrid(_ quantity: Quantity, _ size: Pair) throws(ConvError) {
    try check(quantity, size, limit: maxSide)
    if size.h * size.w > maxCells {
      throw .beyondLimit(.cells(quantity), value: size.h * size.w, limit: maxCells)
    }
  }

  static func checkWork(_ work: Int) throws(ConvError) {
    if work > maxWork {
      throw .beyondLimit(.work, value: work, limit: maxWork)
    }
  }
}
