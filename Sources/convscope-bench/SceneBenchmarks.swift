import ConvArithmetic
import ConvScenes

/// Frame building and text rendering: per step, every default scene, and a 1,024-frame conv.
enum SceneBenchmarks {
  static func run() throws -> Table {
    var table = Table(title: "Scenes and export (text renderer, width 100)")
    let renderer = TextRenderer(width: 100)
    var total = 0.0
    for kind in SceneKind.allCases {
      let steps = try Scenes.build(SceneParameters.defaults(for: kind))
      let perStep = Timing.secondsPerCall(budget: 0.15) {
        _ = renderer.render(steps.frame(at: steps.stepCount / 2))
      }
      table.add("\(kind.rawValue): build + render one step", duration(perStep))
      let all = Timing.secondsPerCall(budget: 0.3) {
        _ = renderer.render(try! Scenes.build(SceneParameters.defaults(for: kind)))
      }
      table.add("\(kind.rawValue): all \(steps.stepCount) frames", duration(all))
      total += all
    }
    table.add("every default scene, all frames (goal < 250 ms)", duration(total))
    var big = SceneParameters.defaults(for: .conv)
    big.input = Pair(32)
    big.kernel = Pair(3)
    big.stride = Pair(1)
    big.padding = Pair(1)
    let bigSteps = try Scenes.build(big)
    let bigTime = Timing.secondsPerCall(budget: 1, minimum: 2) { _ = renderer.render(bigSteps) }
    table.add("conv 32×32, \(bigSteps.stepCount) frames, text (goal < 50 ms)", duration(bigTime))
    let colour = ANSIRenderer(width: 100, depth: .full)
    let ansiTime = Timing.secondsPerCall(budget: 1, minimum: 2) { _ = colour.render(bigSteps) }
    table.add("conv 32×32, \(bigSteps.stepCount) frames, ANSI at 256 colours", duration(ansiTime))
    let json = Timing.secondsPerCall(budget: 1, minimum: 2) {
      _ = JSONRenderer().render(bigSteps.frames, parameters: big)
    }
    table.add("conv 32×32, \(bigSteps.stepCount) frames, JSON", duration(json))
    return table
  }
}
