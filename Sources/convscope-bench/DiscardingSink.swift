import ConvCompute

/// Takes answers and keeps only their count, as `/dev/null` does for `convscope compute`.
///
/// The timed compute runs write here: gathering a hundred megabytes of answers into one
/// growing array costs copies and page faults that the command itself, which writes each
/// megabyte out as it is ready, never pays.
struct DiscardingSink: ByteSink {
  var bytes = 0

  mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    self.bytes += bytes.count
    return true
  }
}

extension ComputeProtocol {
  /// Answers an in-memory batch into a ``DiscardingSink``; returns the summary.
  static func discardingRun(_ batch: [UInt8], parallel: Bool) -> ComputeSummary {
    var source = BytesSource(batch)
    var sink = DiscardingSink()
    return run(input: &source, output: &sink, parallel: parallel)
  }
}
