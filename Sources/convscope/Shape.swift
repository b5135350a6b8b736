import ArgumentParser

/// Prints the output-size arithmetic for the given parameters, with the formula.
struct Shape: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print output sizes for the given parameters, with the formula.")

  func run() throws {
    throw CleanExit.message("shape is not implemented yet")
  }
}
