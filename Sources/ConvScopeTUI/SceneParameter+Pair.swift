import ConvArithmetic
import ConvScenes

extension SceneParameters {
  /// The value of one pair parameter.
  public subscript(parameter: SceneParameter) -> Pair {
    get {
      switch parameter {
      case .input: return input
      case .kernel: return kernel
      case .stride: return stride
      case .padding: return padding
      case .dilation: return dilation
      case .outputPadding: return outputPadding
      }
    }
    set {
      switch parameter {
      case .input: input = newValue
      case .kernel: kernel = newValue
      case .stride: stride = newValue
      case .padding: padding = newValue
      case .dilation: dilation = newValue
      case .outputPadding: outputPadding = newValue
      }
    }
  }
}

extension SceneParameter {
  /// The name shown in the title bar and status line (`output padding`).
  public var label: String {
    self == .outputPadding ? "output padding" : rawValue
  }

  /// The keys that lower and raise it.
  public var keys: (lower: Character, raise: Character) {
    switch self {
    case .input: return ("i", "I")
    case .kernel: return ("k", "K")
    case .stride: return ("s", "S")
    case .padding: return ("p", "P")
    case .dilation: return ("d", "D")
    case .outputPadding: return ("o", "O")
    }
  }

  /// The largest value the explorer offers on one axis; larger scenes belong to `convscope export`.
  ///
  /// The engine accepts far more, but a grid must fit on a screen to teach anything.
  var explorerMaximum: Int {
    switch self {
    case .input: return 64
    case .kernel: return 32
    case .stride: return 8
    case .padding: return 15
    case .dilation: return 8
    case .outputPadding: return 7
    }
  }
}

/// Formats a pair as the title bar shows it: `2×2`, or `2x2` in ASCII.
func format(_ pair: Pair, ascii: Bool = false) -> String {
  "\(pair.h)\(ascii ? "x" : "×")\(pair.w)"
}
