import ConvArithmetic

/// What the `receptive` and `overlap` scenes read besides the input size: the layers,
/// the network preset they came from, and the output cell traced back.
///
///     var p = SceneParameters.defaults(for: .receptive)
///     p.stack.cell = Pair(0, 3)
public struct StackSettings: Hashable, Sendable {
  /// The stack, first layer first.
  public var layers: [Layer]
  /// The network preset the layers came from, if any (the explorer's l/L cycle from it).
  public var preset: String?
  /// The last layer's output cell that `receptive` traces back; nil is the centre cell.
  public var cell: Pair?

  public init(layers: [Layer] = [], preset: String? = nil, cell: Pair? = nil) {
    self.layers = layers
    self.preset = preset
    self.cell = cell
  }

  /// The settings of a network preset, with the input it was published for.
  public static func preset(_ preset: NetworkPreset) -> (settings: StackSettings, input: Pair) {
    (StackSettings(layers: preset.layers, preset: preset.name), preset.input)
  }
}
