import ConvArithmetic
import Foundation

/// Where a scene's input and kernel values come from.
///
///     try ValuesSpec.parse("random:7")   // .random(seed: 7)
///     try ValuesSpec.parse("@x.json")    // reads {"input": [[…]], "kernel": [[…]]}
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
  ///
  /// JSONDecoder, not JSONSerialization: the latter rounds some doubles on Linux
  /// and reads 0 and 1 as booleans.
  static func readFile(_ path: String) throws(SceneError) -> ValuesSpec {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadableValues(path: path, reason: .unreadable)
    }
    let decoder = JSONDecoder()
    if let grid = try? decoder.decode([[Double]].self, from: data) {
      return try checked(.custom(input: grid, kernel: nil), path: path)
    }
    struct Values: Decodable {
      var input: [[Double]]
      var kernel: [[Double]]?
    }
    do {
      let values = try decoder.decode(Values.self, from: data)
      return try checked(.custom(input: values.input, kernel: values.kernel), path: path)
    } catch let error as SceneError {
      throw error
    } catch DecodingError.dataCorrupted {
      throw .unreadableValues(path: path, reason: .notJSON)
    } catch {
      throw .unreadableValues(
        path: path, reason: .wrongShape
      )
    }
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
    case .ramp:
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
    case .ramp:
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
