import ConvMessages

/// A refusal or a failed job: `Convscope.main` prints it as `Error: <sentence>` on stderr
/// and exits with its status.
///
/// The statuses follow BSD's sysexits, as ArgumentParser does for a bad option: 64
/// when the command line cannot be carried out as given (an unknown scene, parameters
/// that do not fit together), 1 when a job that was understood failed (a write error,
/// no terminal for the explorer, a compute line answered with an error).
struct CommandFailure: Error, CustomStringConvertible {
  enum Status: Int32 {
    /// The command line is wrong: the user has to change it (EX_USAGE).
    case usage = 64
    /// The command was understood but could not be done.
    case failure = 1
  }

  var sentence: String
  var status: Status
  /// The refusal as a value, when the catalogue worded it (so a scene can carry it on).
  var message: Message?

  init(_ sentence: String, status: Status = .usage) {
    self.sentence = sentence
    self.status = status
  }

  /// A refusal worded by the catalogue; `sentence` holds its English words, and
  /// `Convscope.main` words it in the command's language with ``text(in:)``.
  init(_ message: Message, status: Status = .usage) {
    self.init(message.text(in: .english), status: status)
    self.message = message
  }

  /// The refusal in `language` (a sentence that came without a message stays as it is).
  func text(in language: Language) -> String {
    message?.text(in: language) ?? sentence
  }

  /// A command line that cannot be carried out as given.
  init(_ problem: CommandProblem, status: Status = .usage) {
    self.init(.command(problem), status: status)
  }

  var description: String { sentence }
}
