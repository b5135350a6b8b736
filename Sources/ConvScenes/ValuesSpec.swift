import ConvArithmetic
import Foundation

/// Where a scene's input and kernel values come from.
///
///     try ValuesSpec.parse("random:7")   // .random(seed: 7)
///     try ValuesSpec.parse("@x.json")    // reads {"input": [[…]], "kernel": [[…]]}
public enum ValuesSpec: Hashable, Sendable {
  /// Small integers in reading order: input 1…9 repeating, kernel 0, 1, 2 repeating.
  case ramp
  /// Every value 1, so each output counts the taps that land on real input.
  case ones
  /// Small integers from a seeded SplitMix64 generator, the same on every platform.
  case random(seed: UInt64)
  /// Values given in full; their sizes replace `--input` and `--kernel`.
  case custom(input: [[Double]], kernel: [[Double]]?)

  /// Parses `ramp`, `ones`, `random:SEED` or `@FILE.json`.
  public static func parse(_ text: String) throws(SceneError) -> ValuesSpec {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch trimmed {
    case "ramp": return .ramp
    case "ones": return .ones
    case "random": return .random(seed: 0)
    default: break
    }
    if trimmed.hasPrefix("random:") {
      guard let seed = UInt64(trimmed.dropFirst("random:".count)) else { throw .badValues(text) }
      return .random(seed: seed)
    }
    if trimmed.hasPrefix("@") {
      return try readFile(String(trimmed.dropFirst()))
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
    }
  }

  /// Reads `{"input": [[…]], "kernel": [[…]]}` or a bare `[[…]]` input grid.
  static func readFile(_ path: String) throws(SceneError) -> ValuesSpec {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadableValues(path: path, reason: "no such file, or it is not readable")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw .unreadableValues(path: path, reason: "it is not valid JSON")
    }
    if let grid = numberGrid(object) {
      return .custom(input: grid, kernel: nil)
    }
    guard let dictionary = object as? [String: Any], let inputObject = dictionary["input"] else {
      throw .unreadableValues(
        path: path, reason: "it needs an \"input\" grid (an array of rows of numbers)")
    }
    guard let input = numberGrid(inputObject) else {
      throw .unreadableValues(
        path: path, reason: "\"input\" must be a non-empty array of equal-length rows of numbers")
    }
    var kernel: [[Double]]? = nil
    if let kernelObject = dictionary["kernel"] {
      guard let grid = numberGrid(kernelObject) else {
        throw .unreadableValues(
          path: path, reason: "\"kernel\" must be a non-empty array of equal-length rows of numbers"
        )
      }
      kernel = grid
    }
    return .custom(input: input, kernel: kernel)
  }

  private static func numberGrid(_ object: Any) -> [[Double]]? {
    guard let rows = object as? [Any], !rows.isEmpty else { return nil }
    var grid: [[Double]] = []
    for row in rows {
      guard let cells = row as? [Any], !cells.isEmpty else { return nil }
      var values: [Double] = []
      for cell in cells {
        guard let number = cell as? NSNumber, !(cell is Bool) else { return nil }
        values.append(number.doubleValue)
      }
      grid.append(values)
    }
    guard let width = grid.first?.count, grid.allSatisfy({ $0.count == width }) else { return nil }
    return grid
  }

  /// The input grid for a scene whose input has `size`.
  public func inputGrid(size: Pair) -> Matrix {
    switch self {
    case .ramp:
      return Matrix(rows: size.h, cols: size.w) { r, c in Double((r * size.w + c) % 9 + 1) }
    case .ones:
      return Matrix(rows: size.h, cols: size.w, repeating: 1)
    case .random(let seed):
      var generator = SplitMix64(seed: seed)
      return Matrix(rows: size.h, cols: size.w) { _, _ in Double(generator.next(below: 10)) }
    case .custom(let input, _):
      return Matrix(rows: input.count, cols: input.first?.count ?? 0, storage: input.flatMap { $0 })
    }
  }

  /// The kernel grid for a scene whose kernel has `size`.
  public func kernelGrid(size: Pair) -> Matrix {
    switch self {
    case .ramp:
      return Matrix(rows: size.h, cols: size.w) { r, c in Double((r * size.w + c) % 3) }
    case .ones:
      return Matrix(rows: size.h, cols: size.w, repeating: 1)
    case .random(let seed):
      // A second stream, so that the kernel does not depend on the input size.
      var generator = SplitMix64(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
      return Matrix(rows: size.h, cols: size.w) { _, _ in Double(generator.next(below: 3)) }
    case .custom(_, let kernel):
      guard let kernel else { return ValuesSpec.ramp.kernelGrid(size: size) }
      return Matrix(
        rows: kernel.count, cols: kernel.first?.count ?? 0, storage: kernel.flatMap { $0 })
    }
  }
}

/// The SplitMix64 generator: tiny, fast, and the same sequence on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<bound`, by plain modulo: the tiny bias does not matter for pictures
  /// and keeps the sequence independent of the standard library's algorithm.
  public mutating func next(below bound: UInt64) -> UInt64 {
    next() % bound
  }
}
