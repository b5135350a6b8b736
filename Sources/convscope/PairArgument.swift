import ArgumentParser
import ConvArithmetic

/// A per-axis command-line value: `5` (both axes) or `5x7` (height x width).
struct PairArgument: ExpressibleByArgument, Hashable, Sendable {
  var pair: Pair

  init(_ pair: Pair) { self.pair = pair }

  init?(argument: String) {
    guard let pair = Self.parse(argument) else { return nil }
    self.pair = pair
  }

  /// Parses `5`, `5x7`, `5X7` or `5×7`; nil when the text is anything else.
  static func parse(_ text: String) -> Pair? {
    let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" }).map(String.init)
    guard (1...2).contains(parts.count), text.first != "x", text.last != "x" else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    return numbers.count == 1 ? Pair(numbers[0]) : Pair(numbers[0], numbers[1])
  }

  var defaultValueDescription: String { pair.isSquare ? "\(pair.h)" : "\(pair.h)x\(pair.w)" }
}

/// A padding value: a number, `HxW`, or a preset name (`valid`, `same`, `half`, `full`).
struct PaddingArgument: ExpressibleByArgument, Hashable, Sendable {
  enum Value: Hashable, Sendable {
    case explicit(Pair)
    case preset(PaddingPreset)
  }

  var value: Value

  init(_ value: Value) { self.value = value }

  init?(argument: String) {
    if let preset = PaddingPreset(name: argument.lowercased()) {
      value = .preset(preset)
    } else if let pair = PairArgument.parse(argument) {
      value = .explicit(pair)
    } else {
      return nil
    }
  }

  /// The padding for a kernel and dilation: presets depend on both.
  func resolve(kernel: Pair, dilation: Pair) -> Pair {
    switch value {
    case .explicit(let pair): return pair
    case .preset(let preset):
      return Pair.zip(kernel, dilation) { preset.padding(k: $0, d: $1) }
    }
  }

  var defaultValueDescription: String {
    switch value {
    case .explicit(let pair): return pair.isSquare ? "\(pair.h)" : "\(pair.h)x\(pair.w)"
    case .preset(let preset): return preset.rawValue
    }
  }
}
