import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes

/// The options of the `receptive` and `overlap` scenes, as given (SceneOptions declares them):
/// the stack and the traced cell.
///
/// `--preset` names a network preset for these scenes (the paper's animations for the others),
/// and `--input` the stack's input size, N or HxW (wavenet's is 1xN):
///
///     convscope export receptive --preset vgg16 --cell 3,3
///     convscope export overlap --layers "deconv k3 s2; deconv k3 s2" --input 4
struct StackOptions {
  var layers: String?
  var cell: CellArgument?

  /// Sets the stack of a stack scene from `--layers` or `--preset` (with the preset's input
  /// size, which a later `--input` overrides), and the traced cell.
  func apply(to p: inout SceneParameters, scene: SceneKind, preset: String?) throws(SceneError) {
    guard StackScenes.handles(scene) else { return }
    if layers != nil || preset != nil {
      do {
        let resolved = try LayersSpec.resolve(layers: layers, preset: preset)
        p.stack.layers = resolved.layers
        p.stack.preset = resolved.preset?.name
        if let input = resolved.preset?.input { p.input = input }
      } catch let failure as CommandFailure {
        throw .layers(failure.message ?? .command(.noStack))
      } catch {
        throw .layers(.command(.noStack))
      }
    }
    if let cell { p.stack.cell = cell.pair }
  }
}

extension StackOptions {
  /// A stack scene's defaults as `convscope scenes` lists them: its layers.
  static func listing(_ p: SceneParameters) -> [String] {
    ["--layers '\(LayerNotation.format(p.stack.layers))'"]
  }
}

/// A cell as `row,col` (or one number for both).
struct CellArgument: ExpressibleByArgument, Hashable, Sendable {
  var pair: Pair

  init?(argument: String) {
    let parts = argument.split(separator: ",", omittingEmptySubsequences: false).map {
      Int(String($0).trimmed)
    }
    guard (1...2).contains(parts.count), let row = parts[0], let col = parts[parts.count - 1]
    else { return nil }
    pair = Pair(row, col)
  }
}
