import ConvArithmetic
import ConvMessages

/// What the shared switches of the scenes ask of `receptive` and `overlap`.
public enum StackScenes {
  /// Whether `scene` is one of the stack scenes.
  public static func handles(_ scene: SceneKind) -> Bool {
    scene == .receptive || scene == .overlap
  }

  static func topic(_ scene: SceneKind) -> SceneTopic {
    scene == .receptive ? .receptive : .overlap
  }

  /// `receptive`: `conv k3; conv k3 s2 p1; conv k3 p1` on an 11×11 input, whose 5×5 output fits
  /// 80×24; the centre cell's 9×9 field gets 25 paths in its middle and 1 at its corners
  /// (a cell at the output's edge reaches into the padding). `overlap`: the classic
  /// checkerboard, a 3×3 deconv of stride 2, on a 5×5 input.
  public static func defaults(for scene: SceneKind) -> SceneParameters {
    var p = SceneParameters(
      scene: scene, input: Pair(scene == .receptive ? 11 : 5), kernel: Pair(1))
    if scene == .receptive {
      p.stack = StackSettings(layers: [
        Layer(.conv, kernel: Pair(3)),
        Layer(.conv, kernel: Pair(3), stride: Pair(2), padding: Pair(1)),
        Layer(.conv, kernel: Pair(3), padding: Pair(1)),
      ])
    } else {
      p.stack = StackSettings(layers: [Layer(.deconv, kernel: Pair(3), stride: Pair(2))])
    }
    return p
  }

  /// The stack scenes read the input size; their layers carry everything else.
  static func uses(_ parameter: SceneParameter) -> Bool {
    parameter == .input
  }

  /// The network presets each scene cycles through (l/L): the ones it can draw.
  public static func presets(for scene: SceneKind) -> [NetworkPreset] {
    NetworkPreset.all.filter { preset in
      let upsampling = preset.layers.allSatisfy { $0.kind == .deconv }
      let hasDeconv = preset.layers.contains { $0.kind == .deconv }
      return scene == .overlap ? upsampling : !hasDeconv
    }
  }

  /// The scene's settings as the JSON export's parameters: the layers in the notation,
  /// the preset's name, and the traced cell (the input is written as every scene's is).
  static func jsonParameters(_ p: SceneParameters) -> [(String, SceneParameterValue)] {
    var fields: [(String, SceneParameterValue)] = [
      ("layers", .text(LayerNotation.format(p.stack.layers)))
    ]
    if let preset = p.stack.preset { fields.append(("preset", .text(preset))) }
    if p.scene == .receptive, let cell = try? ReceptiveScene.cell(p) {
      fields.append(("cell", .integers([cell.h, cell.w])))
    }
    return fields
  }

  /// The checks before the engine sees the stack: the engine checks the rest.
  static func checkSizes(_ p: SceneParameters) throws(SceneError) {
    do {
      _ = try LayerStack(p.stack.layers).outputSizes(input: p.input)
    } catch {
      throw .stack(error)
    }
  }

  static func build(_ p: SceneParameters) throws(SceneError) -> any SceneProgram {
    do {
      return p.scene == .receptive ? try ReceptiveScene(p) : try OverlapScene(p)
    } catch {
      throw .stack(error)
    }
  }

  /// A map's profile as shown: cell by cell when it fits, else scaled into blocks.
  static func shown(_ profile: OverlapProfile, _ combine: OverlapProfile.Combine) -> (
    profile: OverlapProfile, block: Pair?
  ) {
    let side = Limits.Scenes.stackMap
    guard profile.height.count > side || profile.width.count > side else { return (profile, nil) }
    let scaled = profile.scaled(toAtMost: side, combine)
    return (scaled.profile, scaled.block)
  }

  /// Heat cells of a profile's grid: hot where the count is high, pending where it is zero.
  static func heatCells(_ profile: OverlapProfile) -> [Cell] {
    let most = (profile.height.max() ?? 0) * (profile.width.max() ?? 0)
    var cells: [Cell] = []
    cells.reserveCapacity(profile.height.count * profile.width.count)
    for h in profile.height {
      for w in profile.width {
        let count = h * w
        cells.append(
          Cell(
            value: count, role: count > 0 ? .heat : .outputPending,
            heat: most > 0 ? count / most : 0))
      }
    }
    return cells
  }

  /// A layer in the notation, for tables and captions; `fieldOnly` leaves out its channels and
  /// groups, which change no size or field (and would widen the table past 80 columns).
  static func spec(_ layer: Layer, fieldOnly: Bool = false) -> String {
    var shown = layer
    if fieldOnly {
      shown.channels = nil
      shown.groups = 1
    }
    return LayerNotation.format(shown)
  }
}
