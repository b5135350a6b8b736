/// The fifteen numbered relationships of Dumoulin & Visin, "A guide to convolution
/// arithmetic for deep learning" (arXiv 1603.07285), along one axis.
///
/// Relationships 8–14 describe a transposed convolution by the direct one it
/// transposes: `i`, `k`, `s`, `p` are the direct convolution's, and the answer
/// is the transposed output size `o′` for an input of size `i′ = o`.
public enum Relationship: Int, CaseIterable, Sendable {
  case noPaddingUnitStrides = 1
  case zeroPaddingUnitStrides
  case halfPadding
  case fullPadding
  case noPaddingStrides
  case paddingStrides
  case pooling
  case transposedNoPaddingUnitStrides
  case transposedZeroPaddingUnitStrides
  case transposedHalfPadding
  case transposedFullPadding
  case transposedNoPaddingStrides
  case transposedPaddingStrides
  case transposedPaddingStridesOdd
  case dilated

  /// The relationship with this number (1–15) or name (e.g. `full-padding`, `full_padding`).
  public init?(_ key: String) {
    if let n = Int(key), let r = Relationship(rawValue: n) {
      self = r
      return
    }
    let normalised = String(key.lowercased().map { $0 == "_" ? "-" : $0 })
    guard let r = Relationship.allCases.first(where: { $0.name == normalised }) else { return nil }
    self = r
  }

  /// A stable kebab-case name.
  public var name: String {
    switch self {
    case .noPaddingUnitStrides: "no-padding-unit-strides"
    case .zeroPaddingUnitStrides: "zero-padding-unit-strides"
    case .halfPadding: "half-padding"
    case .fullPadding: "full-padding"
    case .noPaddingStrides: "no-padding-strides"
    case .paddingStrides: "padding-strides"
    case .pooling: "pooling"
    case .transposedNoPaddingUnitStrides: "transposed-no-padding-unit-strides"
    case .transposedZeroPaddingUnitStrides: "transposed-zero-padding-unit-strides"
    case .transposedHalfPadding: "transposed-half-padding"
    case .transposedFullPadding: "transposed-full-padding"
    case .transposedNoPaddingStrides: "transposed-no-padding-strides"
    case .transposedPaddingStrides: "transposed-padding-strides"
    case .transposedPaddingStridesOdd: "transposed-padding-strides-odd"
    case .dilated: "dilated"
    }
  }

  /// Whether the relationship is about a transposed convolution.
  public var isTransposed: Bool { (8...14).contains(rawValue) }

  /// The relationship with the narrowest premises that holds for `a`: half or full padding
  /// before zero padding, no padding before padding, and dilation (which always holds) last.
  ///
  ///     Relationship.mostSpecific(for: AxisParameters(i: 5, k: 3, s: 1, p: 1))  // .halfPadding
  public static func mostSpecific(for a: AxisParameters, transposed: Bool = false)
    -> Relationship?
  {
    let order: [Relationship] =
      transposed
      ? [
        .transposedNoPaddingUnitStrides, .transposedHalfPadding, .transposedFullPadding,
        .transposedZeroPaddingUnitStrides, .transposedNoPaddingStrides,
        .transposedPaddingStrides, .transposedPaddingStridesOdd,
      ]
      : [
        .noPaddingUnitStrides, .halfPadding, .fullPadding, .zeroPaddingUnitStrides,
        .noPaddingStrides, .paddingStrides, .dilated,
      ]
    return order.first { $0.applies(to: a) }
  }

  /// Whether the relationship holds for these parameters (its premises).
  public func applies(to a: AxisParameters) -> Bool {
    switch self {
    case .noPaddingUnitStrides, .transposedNoPaddingUnitStrides: a.s == 1 && a.p == 0 && a.d == 1
    case .zeroPaddingUnitStrides, .transposedZeroPaddingUnitStrides: a.s == 1 && a.d == 1
    case .halfPadding, .transposedHalfPadding:
      a.s == 1 && a.d == 1 && a.k % 2 == 1 && a.p == a.k / 2
    case .fullPadding, .transposedFullPadding: a.s == 1 && a.d == 1 && a.p == a.k - 1
    case .noPaddingStrides, .pooling: a.p == 0 && a.d == 1
    case .paddingStrides: a.d == 1
    case .transposedNoPaddingStrides: a.p == 0 && a.d == 1 && floorMod(a.i - a.k, a.s) == 0
    case .transposedPaddingStrides: a.d == 1 && floorMod(a.i + 2 * a.p - a.k, a.s) == 0
    case .transposedPaddingStridesOdd: a.d == 1
    case .dilated: true
    }
  }

  /// The size the relationship gives: `o` for a direct convolution or pooling, `o′` for a transposed one.
  public func output(_ a: AxisParameters) -> Int {
    let (i, k, s, p, d) = (a.i, a.k, a.s, a.p, a.d)
    // For the transposed relationships the transposed input is the direct output.
    let iT = AxisShape.convOutput(i: i, k: k, s: s, p: p, d: d)
    switch self {
    case .noPaddingUnitStrides: return (i - k) + 1
    case .zeroPaddingUnitStrides: return (i - k) + 2 * p + 1
    case .halfPadding: return i
    case .fullPadding: return i + (k - 1)
    case .noPaddingStrides, .pooling: return floorDiv(i - k, s) + 1
    case .paddingStrides: return floorDiv(i + 2 * p - k, s) + 1
    case .transposedNoPaddingUnitStrides: return iT + (k - 1)
    case .transposedZeroPaddingUnitStrides: return iT + (k - 1) - 2 * p
    case .transposedHalfPadding: return iT
    case .transposedFullPadding: return iT - (k - 1)
    case .transposedNoPaddingStrides: return s * (iT - 1) + k
    case .transposedPaddingStrides: return s * (iT - 1) + k - 2 * p
    case .transposedPaddingStridesOdd: return s * (iT - 1) + floorMod(i + 2 * p - k, s) + k - 2 * p
    case .dilated: return floorDiv(i + 2 * p - k - (k - 1) * (d - 1), s) + 1
    }
  }

  /// The equivalent direct convolution of a transposed relationship: `k′`, `s′`, `p′`
  /// (for 12–14 it slides over the input stretched by `s − 1` zeros between cells).
  public func equivalentConvolution(_ a: AxisParameters) -> (k: Int, s: Int, p: Int)? {
    guard isTransposed else { return nil }
    return (a.k, 1, a.k - a.p - 1)
  }

  /// The paper's own example for this relationship, with the size it shows.
  public var paperExample: (parameters: AxisParameters, output: Int) {
    switch self {
    case .noPaddingUnitStrides: (AxisParameters(i: 4, k: 3), 2)
    case .zeroPaddingUnitStrides: (AxisParameters(i: 5, k: 4, p: 2), 6)
    case .halfPadding: (AxisParameters(i: 5, k: 3, p: 1), 5)
    case .fullPadding: (AxisParameters(i: 5, k: 3, p: 2), 7)
    case .noPaddingStrides: (AxisParameters(i: 5, k: 3, s: 2), 2)
    case .paddingStrides: (AxisParameters(i: 5, k: 3, s: 2, p: 1), 3)
    case .pooling: (AxisParameters(i: 5, k: 3, s: 1), 3)
    case .transposedNoPaddingUnitStrides: (AxisParameters(i: 4, k: 3), 4)
    case .transposedZeroPaddingUnitStrides: (AxisParameters(i: 5, k: 4, p: 2), 5)
    case .transposedHalfPadding: (AxisParameters(i: 5, k: 3, p: 1), 5)
    case .transposedFullPadding: (AxisParameters(i: 5, k: 3, p: 2), 5)
    case .transposedNoPaddingStrides: (AxisParameters(i: 5, k: 3, s: 2), 5)
    case .transposedPaddingStrides: (AxisParameters(i: 5, k: 3, s: 2, p: 1), 5)
    case .transposedPaddingStridesOdd: (AxisParameters(i: 6, k: 3, s: 2, p: 1), 6)
    case .dilated: (AxisParameters(i: 7, k: 3, d: 2), 3)
    }
  }
}
