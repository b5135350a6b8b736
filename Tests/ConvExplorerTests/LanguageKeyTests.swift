import ConvArithmetic
import ConvMessages
import ConvScenes
import Testing

@testable import ConvExplorer

/// `z` switches everything the explorer says between English and Chinese, at once.
@Suite struct LanguageKeyTests {
  static let classroom = ScreenSize(width: 80, height: 24)

  /// Whether `text` holds a Han ideograph.
  static func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }

  @Test("z switches to Chinese and back, keeping the scene, its step and the pinned cell")
  func switchesAndBack() throws {
    var state = type(ExplorerState.opening(screenSize: wide), "2...")
    let focus = CellFocus(panel: "output", row: 0, col: 0)
    state.focus = focus
    #expect(state.language == .english)
    let scene = state.scene
    let step = state.step
    #expect(step == 3)

    let chinese = type(state, "z")
    #expect(chinese.language == .chinese)
    #expect(chinese.scene == scene && chinese.step == step && chinese.focus == focus)
    #expect(chinese.built.parameters.language == .chinese)
    let said = try #require(chinese.status)
    #expect(said == Message.explorer(.languageSwitched(.chinese)).text(in: .chinese))
    #expect(Self.hasCJK(said))

    let back = type(chinese, "z")
    #expect(back.language == .english)
    #expect(back.scene == scene && back.step == step && back.focus == focus)
    #expect(back.built.parameters.language == .english)
    #expect(back.status == "now in English; z switches back to 中文")
    // The same frame as before the round trip.
    #expect(back.frame == state.frame)
  }

  @Test("every scene follows: switching scenes after z stays Chinese")
  func everySceneFollows() {
    let state = type(ExplorerState.opening(screenSize: wide), "z3")
    #expect(state.scene == .unpool)
    #expect(state.language == .chinese)
    for kind in SceneKind.allCases {
      #expect(state.parameters[kind]?.language == .chinese, "\(kind)")
    }
  }

  @Test("after z, the status line, title bar and key hint are Chinese")
  func screenIsChinese() {
    var state = type(ExplorerState.opening(screenSize: Self.classroom), "z")
    var text = ExplorerView.render(state).canvas.plainText
    #expect(text.contains("已切换到中文"))
    #expect(text.contains("? 帮助"))
    #expect(text.contains("第 1/9 步"))
    #expect(text.contains("步长"))
    #expect(!text.contains("? help"))
    // Later status lines are Chinese too.
    state = type(state, "S")
    #expect(state.status.map(Self.hasCJK) == true, "\(state.status ?? "")")
    state = type(state, "Q")
    #expect(state.status.map(Self.hasCJK) == true, "\(state.status ?? "")")
    state = type(state, "x")
    text = ExplorerView.render(state).canvas.plainText
    #expect(text.contains("只改高"))
  }

  @Test("the help overlay in Chinese fits 80×24 with no line cut")
  func chineseHelpFits() {
    let state = type(ExplorerState.opening(screenSize: Self.classroom), "z?")
    #expect(state.helpShown)
    let canvas = ExplorerView.render(state).canvas
    let text = canvas.plainText
    #expect(!(1..<canvas.height).map(canvas.line).contains { $0.contains("…") })
    let entries = HelpOverlay.entries(in: .chinese)
    #expect(entries.count == HelpOverlay.keys.count)
    for entry in entries {
      #expect(text.contains(entry.keys), "\(entry.keys)")
      #expect(text.contains(entry.action.replacing("->", with: "→")), "\(entry.action)")
    }
    #expect(text.contains("切换语言"))
    #expect(text.contains("按键"))
  }

  @Test("z with the help open redraws the help in the other language")
  func helpRedraws() {
    let state = type(ExplorerState.opening(screenSize: Self.classroom), "?z")
    #expect(state.helpShown && state.language == .chinese)
    let text = ExplorerView.render(state).canvas.plainText
    #expect(text.contains("切换语言") && !text.contains("switch the language"))
    let back = type(state, "z")
    #expect(back.helpShown && back.language == .english)
    #expect(!type(back, "?").helpShown)
  }

  @Test("the English help lists z too, and still fits 80×24")
  func englishHelpListsZ() {
    let state = type(ExplorerState.opening(screenSize: Self.classroom), "?")
    let canvas = ExplorerView.render(state).canvas
    #expect(!(1..<canvas.height).map(canvas.line).contains { $0.contains("…") })
    #expect(canvas.plainText.contains("switch the language"))
  }

  @Test("an explorer opened in Chinese speaks Chinese from the start")
  func opensInChinese() throws {
    var parameters = SceneParameters.defaults(for: .conv)
    parameters.language = .chinese
    var state = try ExplorerState(
      scene: .conv, parameters: parameters, screenSize: Self.classroom)
    #expect(state.language == .chinese)
    state = type(state, "#")
    #expect(state.status.map(Self.hasCJK) == true)
    #expect(type(state, "z").language == .english)
  }
}
