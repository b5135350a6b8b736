/// A refusal: ArgumentParser prints it as `Error: <sentence>` on stderr and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var sentence: String

  init(_ sentence: String) { self.sentence = sentence }

  var description: String { sentence }
}
