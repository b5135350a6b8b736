import ConvArithmetic

/// Everything convscope says to a reader, as a value: which message, with which numbers.
///
/// A ``Catalogue`` turns a message into a sentence in one language, so the
/// engine, the compute protocol, the scenes and the command line never hold
/// words of their own:
///
///     Message.engine(.outputTooSmall(output: Pair(0, 2))).text(in: .english)
///     // "These parameters give an output of 0x2; every output side must be at least 1."
public enum Message: Equatable, Sendable {
  /// A refusal of the engine.
  case engine(ConvError)
  /// A refused stack of layers, naming layer types as the notation or the protocol spells them.
  case stack(StackError, naming: LayerNaming)
  /// A `--layers` text that could not be read.
  case notation(LayerNotationError)
  /// A compute request line that could not be answered.
  case request(RequestProblem)
  /// Scene parameters that cannot be drawn.
  case scene(SceneProblem)
  /// A command line that cannot be carried out as given.
  case command(CommandProblem)
  /// A read, write or terminal failure.
  case io(IOProblem)
  /// The explorer's status line, help and key hint.
  case explorer(ExplorerText)
  /// A line of `convscope scenes`.
  case listing(ListingText)
  /// A line of `convscope shape`'s report.
  case shape(ShapeText)
  /// A scene's caption line or panel title.
  case caption(Caption)
  /// A line of `convscope worksheet`: a heading, a question or an answer.
  case worksheet(WorksheetText)
  /// Why a worksheet could not be made.
  case worksheetProblem(WorksheetProblem)
  /// The explorer's quiz: its card, verdicts and score, and why a quiz could not start.
  case quiz(QuizText)

  /// The message in `language`: a sentence, or a caption line, title or status line.
  public func text(in language: Language = .english) -> String {
    language.catalogue.text(self)
  }
}

/// How a message spells layer types: `maxpool` as the `--layers` notation does, or
/// `max_pool` as the compute protocol does.
public enum LayerNaming: Sendable {
  case notation
  case `protocol`

  /// The type's name in this spelling.
  public func name(_ kind: LayerKind) -> String {
    switch self {
    case .notation: return kind.rawValue
    case .protocol: return kind.protocolName
    }
  }
}
