import ArgumentParser
import ConvArithmetic
import ConvScenes

/// The `shapes` scene's own option, as given (SceneOptions declares it): which input sizes its
/// table lists.
struct ShapesOptions {
  var inputs: SizeRange?

  /// Sets the first input size and the row count; other scenes have no such table.
  func apply(to p: inout SceneParameters, scene: SceneKind) {
    guard scene == .shapes, let inputs else { return }
    p.input = Pair(inputs.low)
    p.shapes.rows = inputs.high - inputs.low + 1
  }
}

/// `4-9`: a range of input sizes, low first.
struct SizeRange: ExpressibleByArgument, Hashable, Sendable {
  var low: Int
  var high: Int

  init?(argument: String) {
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high else {
      return nil
    }
    self.low = low
    self.high = high
  }
}
