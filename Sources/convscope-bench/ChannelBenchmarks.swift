import ConvCompute
import ConvJSON
import ConvTerminal

/// Throughput of multi-channel compute requests, beside PyTorch's on the same bytes when it is at hand.
///
/// Set `CONVSCOPE_TORCH_PYTHON` to a Python that has torch, and run from the
/// package root: the batch then also goes through `scripts/torch_compute.py`
/// (one thread, float64), its answers are compared with ours number by number,
/// and the table shows both rates and the ratio.
enum ChannelBenchmarks {
  static let count = 10_000

  static func run() -> Table {
    var table = Table(
      title:
        "compute, 10,000 multi-channel conv2d / conv_transpose2d requests (C ≤ 8, 8×8, groups, bias)"
    )
    let batch = Array(ComputeBenchmarkInput.channels(count: count, seed: 1).utf8)
    table.add("input size", "\(batch.count / 1_000) kB")
    var oneThread = Double.infinity
    for (label, parallel) in [("one thread", false), ("two threads", true)] {
      var best = Double.infinity
      var summary = ComputeSummary(answered: 0, errors: 0)
      for _ in 0..<3 {
        best = min(
          best,
          Timing.once { summary = ComputeProtocol.discardingRun(batch, parallel: parallel) })
      }
      if !parallel { oneThread = best }
      table.add("convscope, \(label): time for the batch (best of 3)", duration(best))
      table.add(
        "convscope, \(label): requests per second", "\(Int(Double(summary.answered) / best))")
      if summary.errors > 0 { table.add("convscope, \(label): ERROR LINES", "\(summary.errors)") }
    }
    guard let python = CurrentProcess.environment("CONVSCOPE_TORCH_PYTHON") else {
      table.add("PyTorch", "not run: set CONVSCOPE_TORCH_PYTHON to a Python with torch")
      return table
    }
    // The answers to compare with PyTorch's, gathered once, outside the timing.
    let answers = ComputeProtocol.run(batch).output
    compareWithTorch(python: python, batch: batch, ours: answers, oneThread: oneThread, &table)
    return table
  }

  private static func compareWithTorch(
    python: String, batch: [UInt8], ours: [UInt8], oneThread: Double, _ table: inout Table
  ) {
    let base = "/tmp/convscope-bench-channels-\(FileSystem.processID)"
    let (batchPath, outPath, secondsPath) = (base + ".jsonl", base + ".out", base + ".seconds")
    defer { for path in [batchPath, outPath, secondsPath] { try? FileSystem.remove(path) } }
    guard writeFile(batchPath, batch) else {
      table.add("PyTorch", "not run: cannot write \(batchPath)")
      return
    }
    let command =
      "'\(python)' scripts/torch_compute.py --seconds '\(secondsPath)' < '\(batchPath)' > '\(outPath)'"
    var status: Int32 = 0
    let wall = Timing.once { status = CurrentProcess.runShell(command) }
    guard status == 0, let secondsText = readFile(secondsPath),
      let seconds = Double(
        String(decoding: secondsText, as: UTF8.self).filter { !$0.isWhitespace }),
      let theirs = readFile(outPath)
    else {
      table.add("PyTorch", "failed (status \(status)): \(command)")
      return
    }
    table.add("PyTorch 1 thread: time answering (torch imported, input read)", duration(seconds))
    table.add("PyTorch 1 thread: requests per second", "\(Int(Double(count) / seconds))")
    table.add("PyTorch: wall time with Python start and torch import", duration(wall))
    table.add(
      "convscope one thread ÷ PyTorch (requests per second)",
      String(format1: seconds / oneThread, "×"))
    let (worst, mismatched) = compare(ours, theirs)
    table.add("largest difference from PyTorch (relative above 1)", "\(worst)")
    if mismatched > 0 { table.add("ANSWER LINES THAT DIFFER IN SHAPE", "\(mismatched)") }
  }

  /// The largest number difference between two answer streams, and how many lines differ in shape.
  private static func compare(_ ours: [UInt8], _ theirs: [UInt8]) -> (Double, Int) {
    let a = ours.split(separator: 0x0A)
    let b = theirs.split(separator: 0x0A)
    var worst = 0.0
    var mismatched = abs(a.count - b.count)
    for (x, y) in zip(a, b) {
      guard let u = try? JSONParser.parse(Array(x)), let v = try? JSONParser.parse(Array(y)) else {
        mismatched += 1
        continue
      }
      var p: [Double] = []
      var q: [Double] = []
      flatten(u, &p)
      flatten(v, &q)
      if p.count != q.count {
        mismatched += 1
        continue
      }
      for (m, n) in zip(p, q) { worst = max(worst, abs(m - n) / max(1, abs(n))) }
    }
    return (worst, mismatched)
  }

  private static func flatten(_ value: JSONValue, _ into: inout [Double]) {
    switch value {
    case .array(let elements): for element in elements { flatten(element, &into) }
    case .object(let members): for member in members { flatten(member.value, &into) }
    default: if let x = value.doubleValue { into.append(x) }
    }
  }

  private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    guard
      let file = try? FileDescriptor.open(path, .writeOnly, options: [.create, .truncate])
    else { return false }
    defer { try? file.close() }
    return (try? file.writeAll(bytes)) != nil
  }

  private static func readFile(_ path: String) -> [UInt8]? {
    try? FileDescriptor.readAll(path)
  }
}
