import ConvScenes
import Testing

@testable import ConvExplorer

/// The title bar's scene tabs: all when they fit, else a run around the current scene.
@Suite struct TabBarTests {
  @Test func theCurrentSceneIsAlwaysShownAndNothingOverflows() {
    for scene in SceneKind.allCases {
      for room in 24...160 {
        let bar = ExplorerView.tabBar(current: scene, room: room, ascii: false)
        #expect(bar.contains("\(scene.rawValue)]"), "\(scene) \(room): \(bar)")
        #expect(DisplayWidth.of(bar) <= room, "\(scene) \(room): \(bar)")
        let shown = SceneKind.allCases.filter {
          bar.contains(" \($0.rawValue)") || bar.contains("[\($0.rawValue)")
            || bar.contains(" \($0.rawValue) ")
        }
        // Every tab left out is marked.
        if shown.count < SceneKind.allCases.count { #expect(bar.contains("…"), "\(bar)") }
      }
    }
  }

  @Test func allTabsWithTheNameWhenWide() {
    let bar = ExplorerView.tabBar(current: .conv, room: 400, ascii: false)
    #expect(bar.hasPrefix(" convscope  [1 conv]"))
    #expect(!bar.contains("…"))
  }

  @Test func asciiMarksLeftOutTabsWithDots() {
    let bar = ExplorerView.tabBar(current: SceneKind.allCases.last!, room: 30, ascii: true)
    #expect(bar.isEmpty || bar.allSatisfy(\.isASCII))
  }
}
