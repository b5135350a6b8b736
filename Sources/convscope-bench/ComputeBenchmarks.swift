import ConvCompute

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
          best, Timing.once { summary = ComputeProtocol.run(batch, parallel: parallel).summary })
      }
      table.add("\(label): time for the batch (best of 3)", duration(best))
      table.add("\(label): requests per second", "\(Int(Double(summary.answered) / best))")
      if summary.errors > 0 { table.add("\(label): ERROR LINES", "\(summary.errors)") }
    }
    return table
  }
}
