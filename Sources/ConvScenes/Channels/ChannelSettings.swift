import ConvArithmetic
import ConvJSON
import ConvMessages

/// How the channels scene connects input channels to output channels.
public enum ChannelMode: String, CaseIterable, Hashable, Sendable {
  /// Every output channel reads every input channel of its group (`--groups`).
  case standard
  /// A 1×1 kernel (no padding, no dilation): channels mixed pixel by pixel.
  case pointwise
  /// groups = C_in: one filter per input channel (times the multiplier).
  case depthwise
  /// Depthwise, then pointwise from its maps to C_out, shown as two phases.
  case separable

  /// The mode after this one, for the explorer's `m`.
  public var next: ChannelMode {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

/// The settings the channels and bnfold scenes add to the spatial ones.
///
///     var p = SceneParameters.defaults(for: .channels)
///     p.channels.mode = .depthwise   // C_out = multiplier · C_in
public struct ChannelSettings: Hashable, Sendable {
  public var inChannels = 3
  /// Ignored by depthwise, whose output channels are `multiplier · inChannels`.
  public var outChannels = 2
  /// Ignored by depthwise and separable, whose groups are `inChannels`.
  public var groups = 1
  public var mode: ChannelMode = .standard
  /// Depthwise filters per input channel.
  public var multiplier = 1
  /// The page of channels shown (8 to a page); nil follows the current output channel.
  public var page: Int?
  /// The batch-norm statistics and conv bias of the bnfold scene.
  public var bnValues: BNValuesSpec = .readable
  /// Batch norm's eps (PyTorch's default).
  public var eps: Double = 1e-5

  public init() {}
}

/// Where the bnfold scene's statistics and conv bias come from.
public enum BNValuesSpec: Hashable, Sendable {
  /// Small readable numbers that cycle with the channel: means near the conv outputs,
  /// variances that are perfect squares (16, 25, 36, 49), γ 0.5…2, β and b small.
  case readable
  /// Seeded small numbers, the same on every platform.
  case random(seed: UInt64)
  /// Given in full (`@FILE.json`); vectors of the wrong length are the engine's to refuse.
  case custom(
    mean: [Double], variance: [Double], weight: [Double]?, bias: [Double]?,
    convBias: [Double]?)

  /// Parses `readable`, `random:SEED` or `@FILE.json` (`{"mean": [...], "var": [...],
  /// "weight": [...], "bias": [...], "conv_bias": [...]}`; the last three optional).
  public static func parse(_ text: String, readFile: (String) -> [UInt8]?) throws(SceneError)
    -> BNValuesSpec
  {
    if text == "readable" { return .readable }
    if text == "random" { return .random(seed: 0) }
    if text.hasPrefix("random:") {
      guard let seed = UInt64(text.dropFirst("random:".count)) else {
        throw .refused(.channels(.badBNValues(text: text)))
      }
      return .random(seed: seed)
    }
    guard text.hasPrefix("@") else { throw .refused(.channels(.badBNValues(text: text))) }
    let path = String(text.dropFirst())
    guard let bytes = readFile(path) else {
      throw .refused(.channels(.unreadableBNValues(path: path, reason: .unreadable)))
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw .refused(.channels(.unreadableBNValues(path: path, reason: .notJSON)))
    }
    func vector(_ key: String) -> [Double]?? {
      guard let given = value[key], given != .null else { return .some(nil) }
      guard case .array(let items) = given else { return nil }
      var numbers: [Double] = []
      for item in items {
        guard let number = item.doubleValue else { return nil }
        numbers.append(number)
      }
      return .some(numbers)
    }
    let shape = SceneError.refused(.channels(.unreadableBNValues(path: path, reason: .wrongShape)))
    guard case .object = value, let mean = vector("mean"), let mean, let variance = vector("var"),
      let variance, let weight = vector("weight"), let bias = vector("bias"),
      let convBias = vector("conv_bias")
    else { throw shape }
    return .custom(
      mean: mean, variance: variance, weight: weight, bias: bias, convBias: convBias)
  }

  /// The text `parse` turns back into this spec.
  public var name: String {
    switch self {
    case .readable: return "readable"
    case .random(let seed): return "random:\(seed)"
    case .custom: return "custom"
    }
  }

  /// The statistics (with `eps`) and the conv bias for `channels` output channels.
  public func statistics(channels: Int, eps: Double) -> (BatchNormStatistics, convBias: [Double]?) {
    switch self {
    case .readable:
      let cycle = 0..<channels
      return (
        BatchNormStatistics(
          mean: cycle.map { Double(60 + 20 * ($0 % 4)) },
          variance: cycle.map { Double(($0 % 4 + 4) * ($0 % 4 + 4)) },
          weight: cycle.map { [0.5, 2, 1, 1.5][$0 % 4] },
          bias: cycle.map { [1, -1, 0.5, -0.5][$0 % 4] }, eps: eps),
        cycle.map { [2, -3, 1, -1][$0 % 4] }
      )
    case .random(let seed):
      var generator = SplitMix64(seed: seed ^ 0xB5_F0_1D)
      func draw(_ count: UInt64, _ f: (Double) -> Double) -> [Double] {
        (0..<channels).map { _ in f(Double(generator.next(below: count))) }
      }
      let mean = draw(100) { $0 }
      let variance = draw(64) { $0 + 1 }
      let weight = draw(4) { ($0 + 1) / 2 }
      let bias = draw(9) { ($0 - 4) / 2 }
      let convBias = draw(7) { $0 - 3 }
      return (
        BatchNormStatistics(mean: mean, variance: variance, weight: weight, bias: bias, eps: eps),
        convBias
      )
    case .custom(let mean, let variance, let weight, let bias, let convBias):
      return (
        BatchNormStatistics(mean: mean, variance: variance, weight: weight, bias: bias, eps: eps),
        convBias
      )
    }
  }
}
