import ConvCompute
import ConvTerminal

/// Throughput of the compute protocol on 20,000 mixed conv2d and conv_transpose2d requests.
enum ComputeBenchmarks {
  static func run() -> Table {
    var table = Table(
      title: "compute, 20,000 mixed conv2d / conv_transpose2d requests (5×5–16×16, k 2–4)")
    let batch = Array(ComputeBenchmarkInput.mixed(count: 20_000, seed: 1).utf8)
    table.add("input size", "\(batch.count / 1_000_000) MB")
    for (label, parallel) in [("one thread", false), ("two threads", true)] {
      var best = Double.infinity
      var summary = ComputeSummary(answered: 0, errors: 0)
      for _ in 0..<3 {
        best = min(
          best, Timing.once { summary = ComputeProtocol.discardingRun(batch, parallel: parallel) })
      }
      table.add("\(label): time for the batch (best of 3)", duration(best))
      table.add("\(label): requests per second", "\(Int(Double(summary.answered) / best))")
      if summary.errors > 0 { table.add("\(label): ERROR LINES", "\(summary.errors)") }
    }
    ComputeMemoryBenchmark.add(to: &table)
    return table
  }
}

/// Peak memory of `compute` on answers far larger than their requests: it must follow
/// the largest single answer, not the batch (each answer is written as soon as it is ready).
enum ComputeMemoryBenchmark {
  /// Discards the answers, sampling resident memory at every write, when buffers are fullest.
  struct SamplingSink: ByteSink {
    var bytes = 0
    var peakResident = 0

    mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
      self.bytes += bytes.count
      peakResident = max(peakResident, ComputeMemoryBenchmark.residentBytes())
      return true
    }
  }

  /// The process's resident memory now, from /proc (0 where there is no /proc).
  static func residentBytes() -> Int {
    // "size resident shared …", in pages.
    guard let bytes = try? FileDescriptor.readAll("/proc/self/statm") else { return 0 }
    let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
    guard fields.count > 1, let resident = Int(fields[1]) else { return 0 }
    return resident * CurrentProcess.pageSize
  }

  /// Adds the memory rows to the compute table.
  static func add(to table: inout Table, requests: Int = 40) {
    let prefix = "memory, \(requests) × upsample_nearest [[1]] → 2048×2048:"
    let line = #"{"op":"upsample_nearest","input":[[1]],"size":[2048,2048]}"# + "\n"
    let batch = Array(String(repeating: line, count: requests).utf8)
    var source = BytesSource(batch)
    var sink = SamplingSink()
    let before = residentBytes()
    let seconds = Timing.once {
      _ = ComputeProtocol.run(input: &source, output: &sink)
    }
    let answer = sink.bytes / requests
    table.add("\(prefix) one answer", "\(answer / 1_000_000) MB")
    table.add("\(prefix) the batch", "\(sink.bytes / 1_000_000) MB in \(duration(seconds))")
    table.add("\(prefix) resident before", "\(before / 1_000_000) MB")
    table.add("\(prefix) peak resident while answering", "\(sink.peakResident / 1_000_000) MB")
    // One answer's grid (8 bytes a cell) and text, twice over for the two threads, plus slack.
    let bound = before + 2 * (answer + 2048 * 2048 * 8) + (64 << 20)
    table.add(
      "\(prefix) bound, 2 × (grid + text of one answer) + 64 MB",
      "\(bound / 1_000_000) MB — \(sink.peakResident <= bound ? "held" : "EXCEEDED")")
  }
}
