import ConvArithmetic
import ConvMessages
import ConvScenes

/// The keys of the `receptive` and `overlap` scenes: l / L cycle the layer presets, and in
/// `receptive` the arrows move the traced cell (elsewhere they keep their meaning).
extension ExplorerState {
  /// The move an arrow key makes, as (rows, columns).
  static func cellMove(_ key: Key) -> Pair? {
    switch key {
    case .up: return Pair(-1, 0)
    case .down: return Pair(1, 0)
    case .left: return Pair(0, -1)
    case .right: return Pair(0, 1)
    default: return nil
    }
  }

  /// Moves the traced cell, staying on the last layer's output.
  mutating func moveTracedCell(by move: Pair) {
    guard let output = current.stackOutput else { return }
    let cell = current.stack.cell ?? Pair(output.h / 2, output.w / 2)
    let next = Pair(cell.h + move.h, cell.w + move.w)
    guard next.h >= 0, next.w >= 0, next.h < output.h, next.w < output.w else {
      status = Message.explorer(.stack(.tracedEdge(output: output))).text(in: language)
      return
    }
    var candidate = current
    candidate.stack.cell = next
    let at = step
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      go(to: at)
      status = Message.explorer(.stack(.traced(cell: next, output: output))).text(in: language)
    }
  }

  /// Shows the next (or previous) stack: the scene's own first, then each network preset it can draw.
  mutating func cycleStackPreset(by delta: Int) {
    guard StackScenes.handles(scene) else {
      status = Message.explorer(.stack(.layersNeedStack)).text(in: language)
      return
    }
    let presets = StackScenes.presets(for: scene)
    let names: [String?] = [nil] + presets.map(\.name)
    let index = names.firstIndex(of: current.stack.preset) ?? 0
    let count = names.count
    var candidate = SceneParameters.defaults(for: scene)
    candidate.language = current.language
    if let name = names[((index + delta) % count + count) % count],
      let preset = presets.first(where: { $0.name == name })
    {
      let (settings, input) = StackSettings.preset(preset)
      candidate.stack = settings
      candidate.input = input
    }
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      go(to: 0)
      status = Message.explorer(
        .stack(.layers(preset: candidate.stack.preset, input: candidate.input))
      ).text(in: language)
    }
  }
}

extension SceneParameters {
  /// Moves a traced cell that a smaller input left off the output to the output's last row
  /// or column, so that lowering the input is not refused for a cell the viewer chose earlier.
  mutating func keepTracedCellOnOutput() {
    guard let cell = stack.cell, let output = stackOutput else { return }
    stack.cell = Pair(min(cell.h, output.h - 1), min(cell.w, output.w - 1))
  }

  /// The last layer's output size of a stack scene, nil when the stack does not build.
  var stackOutput: Pair? {
    (try? LayerStack(stack.layers).outputSizes(input: input))?.last
  }
}
