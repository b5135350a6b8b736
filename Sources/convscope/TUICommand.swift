import ArgumentParser
import ConvExplorer
import ConvMessages
import ConvScenes
import ConvTerminal

/// Opens the interactive explorer: `convscope tui SCENE [params]`, and bare `convscope`.
///
///     convscope                                   # conv, 5×5 input, 3×3 kernel, stride 2, padding 1
///     convscope tui transposed --preset padding_strides
///     convscope tui conv --input 7 --dilation 2 --stats
struct TUI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the interactive explorer (the default when no subcommand is given).",
    discussion: """
      Keys: i/I k/K s/S p/P d/D o/O lower/raise a parameter, x picks the axes,
      ↑/↓ select and ←/→ change a parameter, space plays, . and , step,
      1-9 or Tab switch scenes, v cycles values, t the transposed view,
      l/L the layer presets of receptive and overlap (whose arrows move the
      traced cell), e/E export, z switches between English and Chinese (中文),
      ? lists every key, q or Esc quits. Click a cell to pin it.
      """)

  @Argument(help: "The scene to start on: conv, transposed, unpool, bilinear, receptive, overlap.")
  var scene: String = SceneKind.conv.rawValue

  @OptionGroup var options: SceneOptions

  @Flag(help: "Show the keypress-to-frame time in a corner.")
  var stats = false

  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  func run() throws {
    let language = try languageOption.language()
    guard let kind = SceneKind(rawValue: scene) else {
      throw CommandFailure(SceneError.unknownScene(scene).message)
    }
    // Refuse before parsing values files or building anything: nothing else can be shown.
    guard TerminalDriver.isInteractive else {
      throw CommandFailure(TerminalError.notATerminal.message, status: .failure)
    }
    let state: ExplorerState
    do {
      var parameters = try options.parameters(for: kind)
      parameters.language = language
      state = try ExplorerState(scene: kind, parameters: parameters, showStats: stats)
    } catch {
      throw CommandFailure(error.message)
    }
    var driver = TerminalDriver(state: state)
    do {
      try driver.run()
    } catch {
      throw CommandFailure(error.message, status: .failure)
    }
  }
}

extension TUI: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
