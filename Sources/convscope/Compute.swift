import ArgumentParser
import ConvCompute
import ConvMessages
import ConvTerminal

/// Answers JSON Lines requests on standard input, one answer line per request line.
struct Compute: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compute",
    abstract: "Answer JSON Lines requests on stdin with PyTorch's semantics.",
    discussion: """
      Each input line is one JSON object; each gets one answer line, in order. \
      Ops: \(ComputeOp.list). \
      Blank lines are skipped. A line that cannot be answered gets {"error": "..."} \
      and the others are still answered; the exit status is 1 if any line got an error \
      or writing the answers failed, else 0. Each answer is written as soon as it is ready.

      Example: echo '{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]]}' | convscope compute

      prints {"output": [[1.0, 2.0]]}
      """)

  @Option(
    name: .customLong("generate-benchmark"),
    help: ArgumentHelp(
      "Print N mixed conv2d/conv_transpose2d requests instead of answering.", visibility: .hidden))
  var generateBenchmark: Int?

  @Option(help: ArgumentHelp("The seed for --generate-benchmark.", visibility: .hidden))
  var seed: UInt64 = 1

  @Option(
    help: ArgumentHelp(
      "What --generate-benchmark prints: mixed (2-D requests) or channels.", visibility: .hidden))
  var benchmarkKind: BenchmarkKind = .mixed

  /// The two batches of the benchmarks: issue 10's 2-D requests and issue 11's channel stacks.
  enum BenchmarkKind: String, ExpressibleByArgument {
    case mixed, channels
  }

  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  /// Compute answers English error sentences unless `--lang` asks otherwise, whatever the
  /// locale: its answers are read by programs, which should not see them change with LANG.
  static let defaultLanguage = Language.english

  func run() throws {
    let language = try languageOption.language(default: Self.defaultLanguage)
    if let count = generateBenchmark {
      let largest = ComputeBenchmarkInput.largestCount
      guard (0...largest).contains(count) else {
        throw ValidationError(
          Message.command(.benchmarkCount(count: count, largest: largest)).text(in: language))
      }
      var sink = FileDescriptorSink(.standardOutput)
      let written: Bool
      switch benchmarkKind {
      case .mixed:
        written = ComputeBenchmarkInput.mixed(count: count, seed: seed, write: { sink.write($0) })
      case .channels:
        var text = ComputeBenchmarkInput.channels(count: count, seed: seed)
        written = text.withUTF8 { sink.write(UnsafeRawBufferPointer($0)) }
      }
      guard written else {
        throw CommandFailure(
          WriteError(path: nil, errno: sink.error ?? .badFileDescriptor).message, status: .failure)
      }
      return
    }
    var input = FileDescriptorSource(.standardInput)
    var output = FileDescriptorSink(.standardOutput)
    let summary = ComputeProtocol.run(input: &input, output: &output, language: language)
    if let failure = summary.ioFailure {
      try? FileDescriptor.standardError.writeAll(failure + "\n")
    }
    if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
  }
}

/// `1000000` as `1,000,000`, as the English messages write counts.
private func grouped(_ n: Int) -> String {
  let digits = String(n.magnitude)
  var result = ""
  for (index, digit) in digits.enumerated() {
    if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
    result.append(digit)
  }
  return (n < 0 ? "-" : "") + result
}

extension Compute: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording(default: Self.defaultLanguage) }
}
