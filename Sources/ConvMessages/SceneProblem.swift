import ConvArithmetic

/// Why scene parameters cannot be drawn, before or beside the engine's own refusals.
public enum SceneProblem: Equatable, Sendable {
  case unknownScene(name: String, scenes: [String])
  case unknownPreset(name: String)
  case presetScene(preset: String, scene: String, wanted: String)
  case badValues(text: String)
  case unreadableValues(path: String, reason: ValuesFileProblem)
  case bilinearKernelNotSquare(kernel: Pair)
  case bilinearKernelSize(size: Int, limit: Int)
  case inputTooLarge(input: Pair, limit: Int)
  case kernelTooLarge(kernel: Pair, limit: Int)
  case unknownView(name: String)
  // MARK: matrix, interp and the transposed scene beside dilation
  case matrix(MatrixProblem)
  /// `--format pytorch` covers only some scenes.
  case pytorchUnavailable(scene: String, scenes: [String])
  // MARK: shapes
  /// The shapes scene works along one axis, so k, s, p and d must be single numbers.
  case shapesOneAxis(kernel: Pair, stride: Pair, padding: Pair, dilation: Pair)
  /// The shapes scene lists at most `limit` input sizes.
  case shapesRows(first: Int, last: Int, limit: Int)
  // MARK: channels
  case channels(ChannelProblem)
  // MARK: symbolic
  case symbolic(SymbolicProblem)
}

/// Why a `--values @FILE.json` file was refused.
public enum ValuesFileProblem: Equatable, Sendable {
  case unreadable
  case notJSON
  case wrongShape
  /// The `grid` ("input" or "kernel") is not a non-empty array of equal rows.
  case badGrid(grid: String)
}

/// Why a command line cannot be carried out as given (options that do not fit together,
/// values out of range, files that cannot be read).
public enum CommandProblem: Equatable, Sendable {
  case frameAndAll
  case widthRange(width: Int, allowed: ClosedRange<Int>)
  case unknownColours(text: String)
  case frameRange(scene: String, count: Int)
  case emptyOutputName
  case benchmarkCount(count: Int, largest: Int)
  case noStack
  case layersAndPreset
  case unknownStackPreset(name: String, presets: [String])
  case layersFileUnreadable(path: String)
  case layersFileNotJSON(path: String, reason: String)
  /// A refusal inside a layers file, with the refusal's own message.
  indirect case inLayersFile(path: String, Message)
  /// A `--lang` value that names no language convscope speaks.
  case unknownLanguage(text: String, languages: [String])
  /// An SVG export's options that do not fit together.
  case slides(SlideProblem)
}
