import ArgumentParser

/// The `convscope` command: the explorer by default, and its subcommands.
@main
struct Convscope: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convscope",
    abstract: "An interactive terminal explorer of convolution arithmetic.",
    discussion: """
      With no subcommand, convscope opens the explorer on the conv scene.
      Use `convscope export` to render any scene as text, and `convscope compute`
      to script the engine with JSON Lines.
      """,
    subcommands: [Compute.self, Shape.self, TUI.self, Export.self, ScenesCommand.self],
    defaultSubcommand: TUI.self
  )
}
