import ConvArithmetic
import ConvScenes

/// Time per stack computation: what `shape --layers` and the stack scenes ask of the engine.
enum StackBenchmarks {
  static func run() throws -> Table {
    var table = Table(title: "Stacks, time per call (release build)")
    let vgg = NetworkPreset.named("vgg16")!
    table.add(
      "vgg16 at 224: parse, shapes and receptive fields (shape --layers vgg16)",
      duration(
        try Timing.secondsPerCall {
          let stack = LayerStack(try LayerNotation.parse("vgg16"))
          _ = try stack.shapes(input: vgg.input, inChannels: 3)
          _ = try stack.receptiveField(input: vgg.input)
        }))
    table.add(
      "vgg16 at 224: paths from the centre cell back to every map",
      duration(
        try Timing.secondsPerCall {
          _ = try LayerStack(vgg.layers).paths(input: vgg.input, cell: Pair(3))
        }))
    for name in ["fcn8s", "dcgan"] {
      let preset = NetworkPreset.named(name)!
      let stack = LayerStack(preset.layers)
      table.add(
        "\(name): receptive fields traced back through its deconvs",
        duration(try Timing.secondsPerCall { _ = try stack.receptiveField(input: preset.input) }))
      table.add(
        "\(name): overlap counts on the \(try stack.outputSizes(input: preset.input).last!) output",
        duration(try Timing.secondsPerCall { _ = try stack.overlap(input: preset.input) }))
    }
    // Issue 13's goal: every frame of receptive on vgg16 at 224 in under 0.5 s.
    for (scene, name) in [(SceneKind.receptive, "vgg16"), (.overlap, "dcgan")] {
      var p = SceneParameters.defaults(for: scene)
      let (settings, input) = StackSettings.preset(NetworkPreset.named(name)!)
      p.stack = settings
      p.input = input
      table.add(
        "\(scene.rawValue) \(name): build and every frame (\(try Scenes.build(p).stepCount))",
        duration(try Timing.secondsPerCall { _ = try Scenes.build(p).frames }))
    }
    return table
  }
}
