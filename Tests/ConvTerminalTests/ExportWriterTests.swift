import ConvArithmetic
import ConvExplorer
import ConvScenes
import Foundation
import Testing

@testable import ConvTerminal

@Suite("The explorer's exports, written to files")
struct ExportWriterTests {
  @Test("exports go to new files and never overwrite one")
  func exportFiles() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-export-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let state = typed(ExplorerState.opening(screenSize: ScreenSize(width: 160, height: 60)), "..")
    let effect = ExplorerEffect.exportFrame(state.current, step: state.step, focus: nil)
    let first = ExportWriter.perform(effect, in: directory).message
    let second = ExportWriter.perform(effect, in: directory).message
    #expect(first.contains("convscope-conv-frame-3.txt ("))
    #expect(second.contains("convscope-conv-frame-3-2.txt ("))
    let text = try String(
      contentsOfFile: directory + "/convscope-conv-frame-3.txt", encoding: .utf8)
    #expect(text.contains("output"))
    let animation = ExportWriter.perform(.exportAnimation(state.current), in: directory).message
    #expect(animation.contains("convscope-conv-animation.txt ("))
    let all = try String(
      contentsOfFile: directory + "/convscope-conv-animation.txt", encoding: .utf8)
    #expect(all.count > text.count * 4)
  }
}

/// Types characters in order, as if from the keyboard.
private func typed(_ state: ExplorerState, _ text: String) -> ExplorerState {
  var state = state
  for character in text { _ = state.handle(.key(.character(character))) }
  return state
}
