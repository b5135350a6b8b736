import ArgumentParser

/// Answers JSON Lines requests on standard input, one answer line per request line.
struct Compute: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Answer JSON Lines requests on stdin with PyTorch's semantics.")

  func run() throws {
    throw CleanExit.message("compute is not implemented yet")
  }
}
