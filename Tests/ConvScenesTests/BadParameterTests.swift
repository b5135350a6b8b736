import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// Reads a values file as the command line does.
private func readFile(_ path: String) -> [UInt8]? {
  FileManager.default.contents(atPath: path).map(Array.init)
}

/// Bad parameters are refused with one clear sentence.
@Suite struct BadParameterTests {
  static func message(_ p: SceneParameters) -> String? {
    do {
      try p.validate()
      return nil
    } catch {
      return error.description
    }
  }

  /// One sentence: ends with a full stop, no line breaks, and only one sentence end.
  static func isOneSentence(_ text: String) -> Bool {
    !text.contains("\n") && text.hasSuffix(".")
      && text.dropLast().filter { $0 == "." }.count
        <= text.filter { $0 == "." }.count
  }

  @Test func kernelLargerThanPaddedInput() throws {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(3)
    p.kernel = Pair(5)
    p.padding = Pair(0)
    let text = try #require(Self.message(p))
    #expect(text.contains("larger than the padded input"))
    #expect(!text.contains("\n") && text.hasSuffix("."))
  }

  // The stack scenes take strides inside their layers (StackSceneEndToEndTests refuses s0 there).
  @Test(arguments: SceneKind.allCases.filter { SceneParameters.uses(.stride, in: $0) })
  func zeroStride(_ scene: SceneKind) throws {
    var p = SceneParameters.defaults(for: scene)
    p.stride = Pair(0, 1)
    let text = try #require(Self.message(p))
    #expect(text.contains("stride"))
  }

  @Test func outputPaddingNotBelowStride() throws {
    var p = SceneParameters.defaults(for: .transposed)
    p.outputPadding = Pair(2)
    let text = try #require(Self.message(p))
    #expect(text.contains("output padding"))
  }

  @Test func bilinearNeedsASquareKernel() throws {
    var p = SceneParameters.defaults(for: .bilinear)
    p.kernel = Pair(3, 4)
    #expect(Self.message(p)?.contains("square") == true)
    p.kernel = Pair(0)
    #expect(Self.message(p) != nil)
  }

  @Test func inputsBeyondTheDrawableSize() {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(65)
    #expect(Self.message(p)?.contains("64") == true)
  }

  @Test func unknownPresetAndScene() {
    #expect(throws: SceneError.unknownPreset("nope")) { try Presets.named("nope", for: .conv) }
    #expect(
      throws: SceneError.presetScene(
        preset: "padding_strides_transposed", scene: .transposed, wanted: .conv)
    ) {
      try Presets.named("padding_strides_transposed", for: .conv)
    }
    #expect(SceneKind(rawValue: "pool") == nil)
    #expect(
      SceneError.unknownScene("pool").description.contains("conv, transposed, unpool, bilinear"))
  }

  @Test func badValues() throws {
    #expect(throws: SceneError.badValues("random:x")) {
      try ValuesSpec.parse("random:x", readFile: readFile)
    }
    #expect(throws: SceneError.badValues("zeros")) {
      try ValuesSpec.parse("zeros", readFile: readFile)
    }
    let missing = "/nonexistent/convscope-values.json"
    #expect(throws: SceneError.self) { try ValuesSpec.parse("@" + missing, readFile: readFile) }
    do {
      _ = try ValuesSpec.parse("@" + missing, readFile: readFile)
    } catch {
      #expect(error.description.contains(missing) && error.description.hasSuffix("."))
    }
  }

  @Test func valuesFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convscope-values-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = folder.appendingPathComponent("good.json")
    try Data(#"{"input": [[1, 2, 3], [4, 5, 6]], "kernel": [[1, -1]]}"#.utf8).write(to: good)
    let spec = try ValuesSpec.parse("@" + good.path, readFile: readFile)
    #expect(spec == .custom(input: [[1, 2, 3], [4, 5, 6]], kernel: [[1, -1]]))
    var p = SceneParameters.defaults(for: .conv)
    p.values = spec
    p.padding = Pair(0)
    p.stride = Pair(1)
    let steps = try Scenes.build(p)
    let output = try #require(steps.frame(at: steps.stepCount - 1).panel(named: "output"))
    let expected = try Convolution.conv2d(try Grid([[1, 2, 3], [4, 5, 6]]), try Grid([[1, -1]]))
    #expect(output.cells.map(\.value) == expected.storage.map(Optional.some))

    for (name, text) in [
      ("ragged", #"{"input": [[1, 2], [3]]}"#), ("broken", "{"), ("strings", #"[["a"]]"#),
      ("booleans", "[[true, 1]]"), ("no input", #"{"kernel": [[1]]}"#), ("empty", "[]"),
    ] {
      let url = folder.appendingPathComponent(name + ".json")
      try Data(text.utf8).write(to: url)
      #expect(throws: SceneError.self) { try ValuesSpec.parse("@" + url.path, readFile: readFile) }
    }
  }

  /// Values files are read by the one JSON module: integers and decimals alike, a null kernel
  /// meaning none, and each kind of mistake named.
  @Test func valuesFileContents() throws {
    #expect(
      try ValuesSpec.decode(Array(#"{"input": [[1, 2.5]], "kernel": null}"#.utf8), path: "v")
        == .custom(input: [[1, 2.5]], kernel: nil))
    #expect(
      try ValuesSpec.decode(Array("[[1e-05, -3]]".utf8), path: "v")
        == .custom(input: [[1e-05, -3]], kernel: nil))
    #expect(throws: SceneError.unreadableValues(path: "v", reason: .notJSON)) {
      try ValuesSpec.decode(Array("[[1,]]".utf8), path: "v")
    }
  }

  @Test func everyErrorIsOneSentence() {
    let errors: [SceneError] = [
      .unknownScene("x"), .unknownPreset("y"), .badValues("z"),
      .unreadableValues(path: "f", reason: .unreadable),
      .presetScene(preset: "a", scene: .conv, wanted: .unpool),
      .engine(.outputTooSmall(output: Pair(0))),
    ]
    for error in errors {
      #expect(!error.description.contains("\n"))
      #expect(error.description.hasSuffix("."))
    }
  }
}
