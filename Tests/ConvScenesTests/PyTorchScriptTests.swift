import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// `export --format pytorch`: the script, run by a real PyTorch, prints the scene's numbers.
@Suite struct PyTorchScriptTests {
  /// A Python that imports torch: `CONVSCOPE_TORCH_PYTHON`, else `python3` if it has torch.
  static let python: String? = {
    let candidates = [ProcessInfo.processInfo.environment["CONVSCOPE_TORCH_PYTHON"], "python3"]
    for candidate in candidates.compactMap({ $0 }) {
      if (try? run(candidate, ["-c", "import torch"]))?.status == 0 { return candidate }
    }
    return nil
  }()

  static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, out: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, out)
  }

  @Test(
    .enabled(
      if: python != nil,
      "PyTorch is not installed here (set CONVSCOPE_TORCH_PYTHON to a Python that imports torch)"),
    arguments: PyTorchScript.scenes)
  func scriptsReproduceTheFinalPanels(_ scene: SceneKind) throws {
    var generator = SplitMix64(seed: 99 + UInt64(PyTorchScript.scenes.firstIndex(of: scene)!))
    var cases = [SceneParameters.defaults(for: scene)]
    if SymbolicScenes.flip.contains(scene) {
      // True convolution: the script flips the weight with torch.flip.
      var flipped = cases[0]
      flipped.flip = true
      cases.append(flipped)
    }
    while cases.count < 5 {
      let p = JSONCrossCheckTests.randomParameters(scene, &generator)
      if (try? Scenes.build(p)) != nil { cases.append(p) }
    }
    var compared = 0
    for p in cases {
      let steps = try Scenes.build(p)
      let last = steps.frame(at: steps.stepCount - 1)
      let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "convscope-\(UUID().uuidString).py")
      try PyTorchScript.script(for: p).write(to: file, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(at: file) }
      let result = try Self.run(try #require(Self.python), [file.path])
      #expect(result.status == 0, "\(p)")
      let printed = try JSONDecoder().decode([String: [[Double]]].self, from: result.out)
      #expect(!printed.isEmpty)
      // The script prints every channel; the frame shows one page of them.
      let shown = printed.filter { last.panel(named: $0.key) != nil }
      #expect(!shown.isEmpty, "none of \(printed.keys.sorted()) is on the last frame")
      if scene != .channels && scene != .bnfold { #expect(shown.count == printed.count) }
      for (name, rows) in shown {
        let panel = try #require(last.panel(named: name))
        // A large overlap map is shown binned (`1 cell per 2×2`); the script prints it whole.
        if scene == .overlap && panel.rows < rows.count { continue }
        compared += 1
        #expect(rows.count == panel.rows && rows.first?.count == panel.cols, "\(name) \(p)")
        for (r, row) in rows.enumerated() {
          for (c, value) in row.enumerated() {
            // Cells the final frame leaves empty (a cropped stamp) have no number to compare.
            guard let shown = panel[r, c].value else { continue }
            #expect(abs(shown - value) <= 1e-9, "\(name)[\(r),\(c)] \(p)")
          }
        }
      }
    }
    #expect(compared > 0)
  }

  @Test func otherScenesAreRefusedInOneSentence() {
    #expect(
      throws: SceneError.refused(
        .pytorchUnavailable(scene: "shapes", scenes: PyTorchScript.scenes.map(\.rawValue)))
    ) {
      try PyTorchScript.script(for: .defaults(for: .shapes))
    }
  }
}
