import ArgumentParser
import ConvScenes
import ConvScopeTUI

/// Opens the interactive explorer: `convscope tui SCENE [params]`, and bare `convscope`.
struct TUI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the interactive explorer (the default when no subcommand is given).",
    discussion: """
      Keys: i/I k/K s/S p/P d/D o/O lower/raise a parameter, x picks the axes,
      space plays, ./, step, 1-4 switch scenes, ? lists every key, q quits.
      """)

  @Argument(help: "The scene to start on: conv, transposed, unpool or bilinear.")
  var scene: String = SceneKind.conv.rawValue

  @Option(help: "Start from a named preset (see `convscope scenes`).")
  var preset: String?

  @Flag(help: "Show the keypress-to-frame time in a corner.")
  var stats = false

  func run() throws {
    guard let kind = SceneKind(rawValue: scene) else {
      throw CommandFailure(SceneError.unknownScene(scene).description)
    }
    var parameters = SceneParameters.defaults(for: kind)
    if let preset {
      do {
        parameters = try Presets.named(preset, for: kind).parameters
      } catch {
        throw CommandFailure(error.description)
      }
    }
    try Explorer.open(scene: kind, parameters: parameters, stats: stats)
  }
}

/// Starting the explorer, shared by `tui` and the bare command.
enum Explorer {
  static func open(scene: SceneKind, parameters: SceneParameters, stats: Bool) throws {
    guard TerminalDriver.isInteractive else {
      throw CommandFailure(TerminalError.notATerminal.description)
    }
    let state: ExplorerState
    do {
      state = try ExplorerState(scene: scene, parameters: parameters, showStats: stats)
    } catch {
      throw CommandFailure(error.description)
    }
    var driver = TerminalDriver(state: state)
    do {
      try driver.run()
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
