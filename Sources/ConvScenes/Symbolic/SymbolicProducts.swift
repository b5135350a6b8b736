import ConvArithmetic
import ConvMessages

/// One product of a symbolic line: the input cell as given (nil for a zero) and the weight.
struct SymbolicFactor {
  var input: Pair?
  var weight: Pair
}

/// Products lines and panels in symbols: `y[1,2] = x[2,4]·w[0,0] + x[2,5]·w[0,1] + …`.
///
/// Which input cell meets which weight is the engine's: each term's input cell (or nil for
/// a zero) and its `source` weight, exactly the data the numeric products line reads.
enum SymbolicProducts {
  /// The line for output cell `(row, col)`: each term as `x[i,j]·w[a,b]`, cut to
  /// ``Limits/Scenes/symbolicLine`` columns with `+ … (N more)` when it is longer.
  ///
  /// Terms on a zero (padding, inserted zeros) add nothing and are left out, so the line
  /// is the algebra: which x meets which w. A cell that reads only zeros is `y[0,0] = 0`.
  static func line(
    row: Int, col: Int, factors: [SymbolicFactor], language: Language
  ) -> String {
    let head = "y[\(row),\(col)] = "
    let parts = factors.compactMap { factor in
      factor.input.map {
        CellSymbol("x", [$0.h, $0.w]).bracketed + "·"
          + CellSymbol("w", [factor.weight.h, factor.weight.w]).bracketed
      }
    }
    guard !parts.isEmpty else { return head + "0" }
    return cut(head: head, parts: parts, language: language)
  }

  /// `head` and the `parts` joined by `+`, cut to ``Limits/Scenes/symbolicLine`` columns
  /// with `+ … (N more)` counting the parts left out.
  static func cut(head: String, parts: [String], language: Language) -> String {
    let whole = head + parts.joined(separator: " + ")
    let width = Limits.Scenes.symbolicLine
    guard DisplayWidth.of(whole) > width else { return whole }
    // The most terms that fit with the tail that counts the rest.
    var kept = parts.count - 1
    while kept > 0 {
      let tail = Caption.symbolic(.moreTerms(count: parts.count - kept)).text(in: language)
      let line = head + parts.prefix(kept).joined(separator: " + ") + " " + tail
      if DisplayWidth.of(line) <= width { return line }
      kept -= 1
    }
    return head + Caption.symbolic(.moreTerms(count: parts.count)).text(in: language)
  }

  /// The factors of a convolution's terms: the input cell as given (nil for padding) and
  /// the weight as given (mirrored by the engine when the kernel was flipped).
  static func factors(_ terms: [Term]) -> [SymbolicFactor] {
    terms.map { SymbolicFactor(input: $0.input, weight: $0.source) }
  }

  /// A grid's symbols, `letter` and the cell's row and column.
  static func grid(_ letter: String, size: Pair) -> [CellSymbol?] {
    (0..<size.h).flatMap { r in
      (0..<size.w).map { c in CellSymbol(letter, row: r, col: c, in: (size.h, size.w)) }
    }
  }

  /// The kernel's symbols as it slides: `w[a,b]` as given, or mirrored when flipped (the
  /// engine's ``KernelFlip/source(of:kernel:)`` says which weight each cell holds).
  static func kernel(size: Pair, flipped: Bool) -> [CellSymbol?] {
    (0..<size.h).flatMap { r in
      (0..<size.w).map { c in
        let source = flipped ? KernelFlip.source(of: Pair(r, c), kernel: size) : Pair(r, c)
        return CellSymbol("w", row: source.h, col: source.w, in: (size.h, size.w))
      }
    }
  }
}
