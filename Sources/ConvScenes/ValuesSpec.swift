import ConvArithmetic
import ConvJSON
import ConvMessages

/// Where a scene's input and kernel values come from (or `symbolic`: their names).
///
///     try ValuesSpec.parse("random:7", readFile: read)   // .random(seed: 7)
///     try ValuesSpec.parse("@x.json", readFile: read)    // {"input": [[…]], "kernel": [[…]]}
public enum ValuesSpec: Hashable, Sendable {
  /// Small integers in reading order: input 1…9 repeating, kernel 1, 2, 3 repeating.
  ///
  /// Neither grid holds a zero, so a 0 on screen is always padding or an inserted zero
  /// and every product of a window changes its sum: a student can trust what they see.
  case ramp
  /// Every value 1, so each output counts the taps that land on real input.
  case ones
  /// Small integers from a seeded SplitMix64 generator, the same on every platform:
  /// input 1…9 and kernel 1…3, never 0, for the same reason as `ramp`.
  case random(seed: UInt64)
  /// Values given in full; their sizes replace `--input` and `--kernel`.
  case custom(input: [[Double]], kernel: [[Double]]?)
  /// Symbols instead of numbers: x₀₀ … for the input, w₀₀ … for the kernel, y₀₀ … for the
  /// output. The cells still hold `ramp`'s numbers, which shade a grid too large for symbols.
  case symbolic

  /// Parses `ramp`, `ones`, `random:SEED` or `@FILE.json`; `readFile` returns a file's
  /// bytes, or nil when it cannot be read (files are the front end's business, not this layer's).
  public static func parse(_ text: String, readFile: (String) -> [UInt8]?) throws(SceneError)
    -> ValuesSpec
  {
    // Spaces and tabs around the value are not part of it (newlines are refused below).
    var trimmed = Substring(text)
    while let first = trimmed.first, first.isWhitespace && !first.isNewline {
      trimmed.removeFirst()
    }
    while let last = trimmed.last, last.isWhitespace && !last.isNewline { trimmed.removeLast() }
    switch trimmed {
    case "ramp": return .ramp
    case "ones": return .ones
    case "random": return .random(seed: 0)
    case "symbolic": return .symbolic
    default: break
    }
    if trimmed.hasPrefix("random:") {
      guard let seed = UInt64(trimmed.dropFirst("random:".count)) else { throw .badValues(text) }
      return .random(seed: seed)
    }
    if trimmed.hasPrefix("@") {
      let path = String(trimmed.dropFirst())
      guard let bytes = readFile(path) else {
        throw .unreadableValues(path: path, reason: .unreadable)
      }
      return try decode(bytes, path: path)
    }
    throw .badValues(text)
  }

  /// The text that `parse` turns back into this spec (custom values print as `custom`).
  public var name: String {
    switch self {
    case .ramp: return "ramp"
    case .ones: return "ones"
    case .random(let seed): return "random:\(seed)"
    case .custom: return "custom"
    case .symbolic: return "symbolic"
    }
  }

  /// Whether cells show symbols instead of numbers.
  public var isSymbolic: Bool { self == .symbolic }

  /// Reads `{"input": [[…]], "kernel": [[…]]}` (the kernel optional, or null) or a bare
  /// `[[…]]` input grid, from the bytes of the file at `path` (named in errors).
  public static func decode(_ bytes: [UInt8], path: String) throws(SceneError) -> ValuesSpec {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw .unreadableValues(path: path, reason: .notJSON)
    }
    if let grid = rows(value) { return try checked(.custom(input: grid, kernel: nil), path: path) }
    let shape = SceneError.unreadableValues(path: path, reason: .wrongShape)
    guard case .object = value, let input = value["input"].flatMap(rows) else { throw shape }
    var kernel: [[Double]]?
    if let given = value["kernel"], given != .null {
      guard let grid = rows(given) else { throw shape }
      kernel = grid
    }
    return try checked(.custom(input: input, kernel: kernel), path: path)
  }

  /// The numbers of an array of arrays of numbers, row by row; nil for anything else.
  private static func rows(_ value: JSONValue) -> [[Double]]? {
    guard case .array(let rows) = value else { return nil }
    var grid: [[Double]] = []
    grid.reserveCapacity(rows.count)
    for row in rows {
      guard case .array(let cells) = row else { return nil }
      var numbers: [Double] = []
      numbers.reserveCapacity(cells.count)
      for cell in cells {
        guard let number = cell.doubleValue else { return nil }
        numbers.append(number)
      }
      grid.append(numbers)
    }
    return grid
  }

  /// Refuses empty or ragged grids.
  private static func checked(_ spec: ValuesSpec, path: String) throws(SceneError) -> ValuesSpec {
    guard case .custom(let input, let kernel) = spec else { return spec }
    for (name, grid) in [("input", input), ("kernel", kernel ?? [[0]])] {
      guard let width = grid.first?.count, width > 0, grid.allSatisfy({ $0.count == width }) else {
        throw .unreadableValues(
          path: path, reason: .badGrid(grid: name))
      }
    }
    return spec
  }

  /// The input grid for a scene whose input has `size`.
  public func inputGrid(size: Pair) -> Matrix {
    switch self {
    case .ramp, .symbolic:
      return Matrix(rows: size.h, cols: size.w) { r, c in Double((r * size.w + c) % 9 + 1) }
    case .ones:
      return Matrix(rows: size.h, cols: size.w, repeating: 1)
    case .random(let seed):
      var generator = SplitMix64(seed: seed)
      return Matrix(rows: size.h, cols: size.w) { _, _ in Double(generator.next(below: 9) + 1) }
    case .custom(let input, _):
      return Matrix(rows: input.count, cols: input.first?.count ?? 0, storage: input.flatMap { $0 })
    }
  }

  /// The kernel grid for a scene whose kernel has `size`.
  public func kernelGrid(size: Pair) -> Matrix {
    switch self {
    case .ramp, .symbolic:
      return Matrix(rows: size.h, cols: size.w) { r, c in Double((r * size.w + c) % 3 + 1) }
    case .ones:
      return Matrix(rows: size.h, cols: size.w, repeating: 1)
    case .random(let seed):
      // A second stream, so that the kernel does not depend on the input size.
      var generator = SplitMix64(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
      return Matrix(rows: size.h, cols: size.w) { _, _ in Double(generator.next(below: 3) + 1) }
    case .custom(_, let kernel):
      guard let kernel else { return ValuesSpec.ramp.kernelGrid(size: size) }
      return Matrix(
        rows: kernel.count, cols: kernel.first?.count ?? 0, storage: kernel.flatMap { $0 })
    }
  }
}

extension SplitMix64 {
  /// A value in `0..<bound`, by plain modulo: the tiny bias does not matter for pictures
  /// and keeps the sequence independent of the standard library's algorithm.
  public mutating func next(below bound: UInt64) -> UInt64 {
    next() % bound
  }
}
