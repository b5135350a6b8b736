import ArgumentParser
import Foundation

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

extension Convscope {
  /// Runs the command; a refusal prints one line, `Error: <sentence>`, not the usage text.
  ///
  /// ArgumentParser's own `main` follows a bad option value with the help and usage
  /// lines; a student needs the sentence and where to look (`--help` still prints everything).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let full = fullMessage(for: error)
      if code == .success {
        if !full.isEmpty { print(full) }
        Foundation.exit(0)
      }
      var sentence = message(for: error)
      // A bare exit status (compute's 1 after error lines) has already said everything.
      if sentence.isEmpty { Foundation.exit(code.rawValue) }
      if let last = sentence.last, !".!?".contains(last) { sentence += "." }
      if let pointer = full.split(separator: "\n").last(where: { $0.contains("--help' for more") })
      {
        sentence += " " + pointer.trimmingCharacters(in: .whitespaces)
      }
      FileHandle.standardError.write(Data("Error: \(sentence)\n".utf8))
      Foundation.exit(code.rawValue)
    }
  }
}
