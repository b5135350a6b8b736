import ConvArithmetic
import ConvMessages
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
      case .inChannels: return Pair(channels.inChannels)
      case .outChannels: return Pair(channels.outChannels)
      case .groups: return Pair(channels.groups)
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
      case .inChannels: channels.inChannels = newValue.h
      case .outChannels: channels.outChannels = newValue.h
      case .groups: channels.groups = newValue.h
      }
    }
  }
}

extension SceneParameter {
  /// The name shown in the title bar and status line (`output padding`).
  public func label(in language: Language = .english) -> String {
    Message.explorer(.parameterName(quantity)).text(in: language)
  }

  /// What the catalogue calls this parameter.
  public var quantity: Quantity {
    switch self {
    case .input: return .input
    case .kernel: return .kernel
    case .stride: return .stride
    case .padding: return .padding
    case .dilation: return .dilation
    case .outputPadding: return .outputPadding
    case .inChannels: return .inChannels
    case .outChannels: return .outChannels
    case .groups: return .groups
    }
  }

  /// A short label for narrow title bars (`op` for output padding).
  public var shortLabel: String {
    switch self {
    case .input: return "in"
    case .kernel: return "k"
    case .stride: return "s"
    case .padding: return "p"
    case .dilation: return "d"
    case .outputPadding: return "op"
    case .inChannels: return "cin"
    case .outChannels: return "cout"
    case .groups: return "g"
    }
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
    case .inChannels: return ("c", "C")
    case .outChannels: return ("n", "N")
    case .groups: return ("r", "R")
    }
  }

  /// The largest value the explorer raises it to; larger scenes belong to `convscope export`.
  ///
  /// The scenes accept more, but a grid must fit on a screen to teach
  /// anything, and a key press must redraw in a few milliseconds.
  func explorerMaximum(in scene: SceneKind) -> Int {
    switch self {
    case .input: return Limits.Explorer.input
    case .kernel:
      return scene == .bilinear ? Limits.Explorer.bilinearKernel : Limits.Explorer.kernel
    case .stride: return Limits.Explorer.stride
    case .padding: return Limits.Explorer.padding
    case .dilation: return Limits.Explorer.dilation
    case .outputPadding: return Limits.Explorer.outputPadding
    case .inChannels, .outChannels, .groups: return Limits.Channels.scene
    }
  }
}

/// Formats a pair as the title bar shows it: `2×2`, or `2x2` in ASCII.
func format(_ pair: Pair, ascii: Bool = false) -> String {
  "\(pair.h)\(ascii ? "x" : "×")\(pair.w)"
}
