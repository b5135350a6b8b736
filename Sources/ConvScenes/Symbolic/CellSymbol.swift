/// A cell named by a letter and its indices instead of its number: `x₀₁`, `w₂₂`, `y₁₀,₂`.
///
/// Subscripts read best on screen; ASCII (and JSON) write `x[0,1]`. The indices of a grid
/// with a side of 10 or more are separated by a comma (`x₁₀,₂`), and then every cell of
/// that grid is, so that one panel never mixes the two spellings.
public struct CellSymbol: Hashable, Sendable {
  /// `x` for the input, `w` for the kernel, `y` for the output.
  public var letter: String
  public var indices: [Int]
  /// Whether the subscripts are separated by commas.
  public var separated: Bool

  public init(_ letter: String, _ indices: [Int], separated: Bool = false) {
    self.letter = letter
    self.indices = indices
    self.separated = separated || indices.contains { $0 >= 10 }
  }

  /// The symbol of cell `(row, col)` of a grid of `size`, separated when a side reaches 10.
  public init(_ letter: String, row: Int, col: Int, in size: (h: Int, w: Int)) {
    self.init(letter, [row, col], separated: size.h > 10 || size.w > 10)
  }

  /// A zero that symbolic mode writes as `0` (padding, inserted zeros), where numbers
  /// show a role's glyph: in the algebra a zero is a zero.
  public static let zero = CellSymbol("0", [])

  /// Whether this is ``zero`` rather than a named cell.
  public var isZero: Bool { indices.isEmpty }

  /// `x₀₁` (or `x[0,1]` with `ascii`).
  public func text(ascii: Bool) -> String {
    if isZero { return letter }
    if ascii { return bracketed }
    let parts = indices.map(Self.subscripted)
    return letter + parts.joined(separator: separated ? "," : "")
  }

  /// `x[0,1]`: the products line's spelling, and the JSON export's.
  public var bracketed: String {
    if isZero { return letter }
    return letter + "[" + indices.map(String.init).joined(separator: ",") + "]"
  }

  private static let subscriptDigits: [Character] = [
    "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉",
  ]

  /// `12` as `₁₂` (a minus sign as `₋`).
  static func subscripted(_ n: Int) -> String {
    let digits = String(n.magnitude).map { subscriptDigits[Int(String($0))!] }
    return (n < 0 ? "₋" : "") + String(digits)
  }
}
