import ArgumentParser
import ConvTerminal

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

      Exit status: 0 when the command did its job; 64 when the command line cannot \
      be carried out as given (an unknown scene or option, a bad value, parameters \
      that do not fit together); 1 when a job failed (a write error such as a full \
      disk, no terminal for the explorer, a compute line answered with an error).
      """,
    subcommands: [
      Compute.self, Shape.self, TUI.self, Export.self, ScenesCommand.self, WorksheetCommand.self,
      QuizCommand.self,
    ],
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
      var code = exitCode(for: error)
      if let failure = error as? CommandFailure { code = ExitCode(failure.status.rawValue) }
      let full = fullMessage(for: error)
      if code == .success {
        if !full.isEmpty { print(full) }
        CurrentProcess.exit(0)
      }
      var sentence = message(for: error)
      // A bare exit status (compute's 1 after error lines) has already said everything.
      if sentence.isEmpty { CurrentProcess.exit(code.rawValue) }
      if let last = sentence.last, !".!?".contains(last) { sentence += "." }
      var pointer: String?
      if let line = full.split(separator: "\n").last(where: { $0.contains("--help' for more") }) {
        pointer = String(line).trimmed
      }
      let line = oneLine(
        sentence, pointer: pointer, arguments: Array(CommandLine.arguments.dropFirst()))
      try? FileDescriptor.standardError.writeAll("Error: \(line)\n")
      CurrentProcess.exit(code.rawValue)
    }
  }

  /// The longest error line, `Error: ` included.
  static let longestLine = 199

  /// An error message as one short line: values the user typed are cut to about 40
  /// characters with "…", an empty value is called one, newlines are escaped, and
  /// the whole line stays under 200 characters.
  ///
  ///     oneLine("The value '' is invalid for '--input <input>'.", pointer: nil, arguments: ["--input", ""])
  ///     // "An empty value is invalid for '--input <input>'."
  static func oneLine(_ sentence: String, pointer: String?, arguments: [String]) -> String {
    var text = sentence
    var values = Set<String>()
    for argument in arguments {
      values.insert(argument)
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        values.insert(String(argument[argument.index(after: equals)...]))
      }
    }
    // Longest first, so that a value containing a shorter one is replaced whole.
    for value in values.sorted(by: { $0.count > $1.count }) where !value.isEmpty {
      let shown = EchoedValue.shown(value)
      guard shown != value else { continue }
      text = text.replacingScalars(value, with: shown)
    }
    if values.contains("") || text.contains("''") {
      text = text.replacingScalars("The value '' is", with: "An empty value is")
      text = text.replacingScalars("The values '' are", with: "An empty value is")
      text = text.replacingScalars("named ''", with: "with an empty name")
      text = text.replacingScalars("''", with: "an empty value")
    }
    text = EchoedValue.escapingControls(text)
    var line = text
    if let pointer, line.count + pointer.count + 1 <= longestLine - 7 { line += " " + pointer }
    if line.count > longestLine - 7 { line = String(line.prefix(longestLine - 8)) + "…" }
    return line
  }
}
