/// A per-axis pair of integers: height first, then width.
///
/// Every size and parameter in convscope is a `Pair`, so rectangular inputs,
/// kernels and asymmetric strides, paddings and dilations all work.
///
///     let stride = Pair(2, 1)   // 2 down, 1 across
///     let square = Pair(3)      // 3 × 3
public struct Pair: Hashable, Sendable, CustomStringConvertible {
  public var h: Int
  public var w: Int

  public init(_ h: Int, _ w: Int) {
    self.h = h
    self.w = w
  }

  /// The same value on both axes.
  public init(_ both: Int) {
    self.init(both, both)
  }

  public subscript(axis: Axis) -> Int {
    get { axis == .height ? h : w }
    set {
      if axis == .height { h = newValue } else { w = newValue }
    }
  }

  /// Whether both axes hold the same value.
  public var isSquare: Bool { h == w }

  /// The number of cells in an `h × w` grid.
  public var area: Int { h * w }

  /// Applies `f` to each axis.
  public func map(_ f: (Int) -> Int) -> Pair { Pair(f(h), f(w)) }

  /// Combines two pairs axis by axis.
  public static func zip(_ a: Pair, _ b: Pair, _ f: (Int, Int) -> Int) -> Pair {
    Pair(f(a.h, b.h), f(a.w, b.w))
  }

  public var description: String { "\(h)x\(w)" }
}

/// One of the two spatial axes.
public enum Axis: String, CaseIterable, Sendable {
  case height
  case width
}
