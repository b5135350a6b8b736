/// Why a `--layers` text was not understood: a value naming the bad token.
public enum LayerNotationError: Error, Equatable, Sendable {
  /// The text holds no layer at all.
  case empty
  /// A layer starts with a word that is no layer type (and the whole text is no preset).
  case unknownType(token: String, layer: Int)
  /// A token that is none of `kN sN pN dN opN cN gN`.
  case unknownToken(token: String, layer: Int)
  /// A known setting whose value is not a whole number (or `HxW` where pairs are allowed).
  case badValue(token: String, layer: Int, setting: LayerSetting)
  /// A value below the setting's least value (`k0`, `d0`, `c0`, `g0`).
  case tooSmall(token: String, layer: Int, setting: LayerSetting, minimum: Int)
  /// A value past the engine's limits.
  case tooLarge(token: String, layer: Int, setting: LayerSetting, limit: Int)
  /// The same setting given twice in one layer.
  case repeated(token: String, layer: Int, setting: LayerSetting)
  /// A layer without its kernel size.
  case missingKernel(layer: Int, text: String)
}

/// The settings a layer takes in the notation, by their letters.
public enum LayerSetting: String, CaseIterable, Sendable {
  case kernel = "k"
  case stride = "s"
  case padding = "p"
  case dilation = "d"
  case outputPadding = "op"
  case channels = "c"
  case groups = "g"

  /// Whether the setting takes `HxW` as well as one number.
  public var isPerAxis: Bool { self != .channels && self != .groups }

  /// The least value allowed: sizes and counts start at 1, paddings at 0, and a
  /// zero stride is left for the stack to refuse with its own error.
  public var minimum: Int {
    switch self {
    case .kernel, .dilation, .channels, .groups: return 1
    case .stride, .padding, .outputPadding: return 0
    }
  }

  /// The largest value allowed, from ``Limits``.
  public var limit: Int {
    switch self {
    case .kernel: return Limits.maxSide
    case .channels, .groups: return Limits.maxChannels
    case .stride, .padding, .dilation, .outputPadding: return Limits.maxParameter
    }
  }
}

/// The `--layers` notation: `conv k3 s2 p1; maxpool k2 s2; conv k3 d2 p2; deconv k4 s2 p1`.
///
/// Layers are separated by `;`, each a type (`conv`, `maxpool`, `avgpool`,
/// `deconv`) and settings `kN sN pN dN opN` (N or HxW), `cN` (output channels)
/// and `gN` (groups). Stride and dilation default to 1, padding and output
/// padding to 0, and a pool's stride to its kernel. A text that is a preset's
/// name stands for that preset's layers.
///
///     try LayerNotation.parse("conv k3 s2 p1; maxpool k2").count  // 2
public enum LayerNotation {
  /// The layers a text describes, or the preset it names.
  public static func parse(_ text: String) throws(LayerNotationError) -> [Layer] {
    let trimmed = trim(Substring(text))
    if let preset = NetworkPreset.named(String(trimmed)) { return preset.layers }
    var layers: [Layer] = []
    for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
      let words = piece.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
      // An empty piece (a trailing `;`) is not a layer.
      guard let typeWord = words.first else { continue }
      let number = layers.count + 1
      guard let kind = LayerKind(name: String(typeWord).lowercased()) else {
        throw .unknownType(token: String(typeWord), layer: number)
      }
      layers.append(try parseLayer(kind, words.dropFirst(), number: number, text: trim(piece)))
    }
    if layers.isEmpty { throw .empty }
    return layers
  }

  private static func parseLayer(
    _ kind: LayerKind, _ words: ArraySlice<Substring>, number: Int, text: Substring
  ) throws(LayerNotationError) -> Layer {
    var values: [LayerSetting: Pair] = [:]
    for word in words {
      let token = String(word)
      let chosen = try Self.setting(of: token, layer: number)
      if values[chosen] != nil { throw .repeated(token: token, layer: number, setting: chosen) }
      let digits = token.dropFirst(chosen.rawValue.count)
      guard let pair = chosen.isPerAxis ? parsePair(digits) : Int(digits).map({ Pair($0) }) else {
        throw .badValue(token: token, layer: number, setting: chosen)
      }
      if pair.h < chosen.minimum || pair.w < chosen.minimum {
        throw .tooSmall(token: token, layer: number, setting: chosen, minimum: chosen.minimum)
      }
      if pair.h > chosen.limit || pair.w > chosen.limit {
        throw .tooLarge(token: token, layer: number, setting: chosen, limit: chosen.limit)
      }
      values[chosen] = pair
    }
    guard let kernel = values[.kernel] else {
      throw .missingKernel(layer: number, text: String(text))
    }
    return Layer(
      kind, kernel: kernel, stride: values[.stride], padding: values[.padding] ?? Pair(0),
      dilation: values[.dilation] ?? Pair(1), outputPadding: values[.outputPadding] ?? Pair(0),
      channels: values[.channels]?.h, groups: values[.groups]?.h ?? 1)
  }

  /// The setting a token names by its letters: `op` is tried before `p`.
  private static func setting(of token: String, layer: Int) throws(LayerNotationError)
    -> LayerSetting
  {
    let lower = token.lowercased()
    let order: [LayerSetting] = [
      .outputPadding, .kernel, .stride, .padding, .dilation, .channels, .groups,
    ]
    for setting in order where lower.hasPrefix(setting.rawValue) {
      let rest = lower.dropFirst(setting.rawValue.count)
      // The letters must be followed by a value, so "conv" inside a layer is not read as "c".
      if let first = rest.first, first.isNumber || first == "-" { return setting }
    }
    throw .unknownToken(token: token, layer: layer)
  }

  /// `5`, `5x7`, `5X7` or `5×7`; nil for anything else.
  static func parsePair(_ text: Substring) -> Pair? {
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" })
    guard (1...2).contains(parts.count) else { return nil }
    var numbers: [Int] = []
    for part in parts {
      guard !part.isEmpty, part.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
        let n = Int(part)
      else { return nil }
      numbers.append(n)
    }
    return numbers.count == 1 ? Pair(numbers[0]) : Pair(numbers[0], numbers[1])
  }

  /// The notation for one layer, with only the settings that differ from their defaults.
  ///
  ///     LayerNotation.format(Layer(.maxPool, kernel: Pair(2)))  // "maxpool k2"
  public static func format(_ layer: Layer) -> String {
    func value(_ pair: Pair) -> String { pair.isSquare ? "\(pair.h)" : "\(pair.h)x\(pair.w)" }
    var words = [layer.kind.rawValue, "k\(value(layer.kernel))"]
    let defaultStride = layer.kind.isPool ? layer.kernel : Pair(1)
    if layer.stride != defaultStride { words.append("s\(value(layer.stride))") }
    if layer.padding != Pair(0) { words.append("p\(value(layer.padding))") }
    if layer.dilation != Pair(1) { words.append("d\(value(layer.dilation))") }
    if layer.outputPadding != Pair(0) { words.append("op\(value(layer.outputPadding))") }
    if let channels = layer.channels { words.append("c\(channels)") }
    if layer.groups != 1 { words.append("g\(layer.groups)") }
    return words.joined(separator: " ")
  }

  /// The notation for a whole stack, layers joined by `; `.
  public static func format(_ layers: [Layer]) -> String {
    layers.map { format($0) }.joined(separator: "; ")
  }

  private static func trim(_ text: Substring) -> Substring {
    var text = text
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
