import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvExplorer
@testable import ConvScenes

/// The classroom screen in Chinese: at 80×24 every scene keeps each caption line on screen,
/// wrapped between characters, and no line is wider than the screen.
@Suite("Chinese classroom layout")
struct ChineseClassroomTests {
  @Test("every Chinese caption line is on screen at 80×24", arguments: SceneKind.allCases)
  func captionsStayOnScreen(_ scene: SceneKind) throws {
    var parameters = SceneParameters.defaults(for: scene)
    parameters.language = .chinese
    let size = ScreenSize(width: 80, height: 24)
    let count = try Scenes.build(parameters).stepCount
    for step in Set([0, 1, count / 2, count - 1]) where step < count {
      let (state, lines) = try ClassroomLayoutTests.screen(parameters, step: step, size: size)
      #expect(state.frame.language == .chinese)
      for caption in state.frame.captions {
        for line in FrameLayout.wrap(caption, width: size.width) {
          #expect(lines.contains(line), "\(scene) step \(step + 1): missing '\(line)'")
        }
      }
      for line in lines {
        #expect(DisplayWidth.of(line) <= size.width, "\(scene) step \(step + 1): '\(line)'")
      }
    }
  }
}
