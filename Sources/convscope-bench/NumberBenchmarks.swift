import ConvArithmetic
import ConvCompute
import ConvJSON
import ConvTerminal

/// How fast numbers are spelled and read, and a check that every spelling reads back exactly.
///
/// Times are CPU time of this thread, so a busy machine inflates them less than wall time.
enum NumberBenchmarks {
  static func run(checkCount: Int = 1_000_000) -> Table {
    var table = Table(title: "numbers: spelling and reading JSON numbers (one thread, CPU time)")
    let batch = Array(ComputeBenchmarkInput.mixed(count: 20_000, seed: 1).utf8)
    let answers = ComputeProtocol.run(batch, parallel: false).output
    let values = numbers(in: answers)
    table.add("numbers in the 20,000 answers", "\(values.count)")

    var writer = JSONWriter(capacity: 1 << 24)
    var written = 0
    let spell = bestOf(3) {
      writer.removeAll()
      for value in values {
        writer.writeNumber(value)
        writer.writeByte(0x20)
      }
      written = writer.count
    }
    table.add(
      "JSONWriter.writeNumber, per number",
      String(format1: spell / Double(values.count) * 1e9, "ns"))
    table.add("JSONWriter.writeNumber, all of them", duration(spell))
    table.add("  bytes written", "\(written / 1_000_000) MB")
    let cols = 50
    let rows = values.count / cols
    let grid = bestOf(3) {
      writer.removeAll()
      values.withUnsafeBufferPointer { writer.writeGrid($0, rows: rows, cols: cols) }
    }
    table.add(
      "JSONWriter.writeGrid (rows of \(cols)), per number",
      String(format1: grid / Double(rows * cols) * 1e9, "ns"))
    // Each class of number on its own: zeros, the 8-decimal shortcut, the digit search.
    let classes: [(String, [Double])] = [
      ("zeros", values.filter { $0 == 0 }),
      ("at most 8 decimals below 10^7", values.filter { $0 != 0 && hasEightDecimals($0) }),
      ("the others (digit search)", values.filter { $0 != 0 && !hasEightDecimals($0) }),
    ]
    for (name, group) in classes where group.count >= cols {
      let groupRows = group.count / cols
      let time = bestOf(3) {
        writer.removeAll()
        group.withUnsafeBufferPointer { writer.writeGrid($0, rows: groupRows, cols: cols) }
      }
      table.add(
        "  \(name) (\(group.count * 100 / values.count)%), per number",
        String(format1: time / Double(groupRows * cols) * 1e9, "ns"))
    }
    let describe = bestOf(3) {
      writer.removeAll()
      for value in values {
        writer.write(value.description)
        writer.writeByte(0x20)
      }
    }
    table.add(
      "Swift's description into the same writer, per number",
      String(format1: describe / Double(values.count) * 1e9, "ns"))

    let lines = batch.split(separator: 0x0A)
    var parsed = 0
    let parse = bestOf(3) {
      parsed = 0
      for line in lines {
        line.withUnsafeBufferPointer { bytes in
          if (try? JSONParser.parse(bytes)) != nil { parsed += 1 }
        }
      }
    }
    table.add(
      "JSONParser.parse, the 20,000 requests (\(batch.count / 1_000_000) MB)",
      "\(duration(parse)), \(String(format1: Double(batch.count) / parse / 1e6, "MB/s"))")
    if parsed != lines.count { table.add("REQUESTS THAT DID NOT PARSE", "\(lines.count - parsed)") }

    // The readers the compute command uses: every array of arrays in the requests.
    var cells = 0
    let arrays = bestOf(3) {
      cells = 0
      for line in lines {
        line.withUnsafeBufferPointer { bytes in cells += readArrays(bytes) }
      }
    }
    table.add(
      "JSONReader.readNumberGrid/Tensor, the requests' \(cells) cells",
      "\(duration(arrays)), \(String(format1: Double(batch.count) / arrays / 1e6, "MB/s")), "
        + String(format1: arrays / Double(max(cells, 1)) * 1e9, "ns per cell"))

    let (checked, wrong) = check(count: checkCount)
    table.add(
      "random doubles spelled as Swift's description and read back to the same bits",
      wrong == 0 ? "\(checked) of \(checked)" : "FAILED for \(wrong) of \(checked)")
    return table
  }

  /// Whether the writer's 8-decimal shortcut spells `value` (as NumberFormat decides it).
  static func hasEightDecimals(_ value: Double) -> Bool {
    let magnitude = value.magnitude
    guard magnitude >= 1e-3 && magnitude < 1e7 else { return false }
    return Double(Int64(magnitude * 1e8 + 0.5)) / 1e8 == magnitude
  }

  /// Reads every array of arrays in one line with the grid and tensor readers, as a request
  /// reader does, and returns how many cells they held.
  static func readArrays(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var cells = 0
    var reader = JSONReader(bytes: bytes)
    var i = 0
    while i + 1 < bytes.count {
      guard bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "[") else {
        i += 1
        continue
      }
      reader.index = i
      reader.values = 0
      if let tensor = reader.readNumberTensor() {
        cells += tensor.values.count
      } else if let grid = reader.readNumberGrid() {
        cells += grid.values.count
      } else {
        reader.index = i + 1
      }
      i = reader.index
    }
    return cells
  }

  /// Every number in a stream of answer lines, in order.
  static func numbers(in answers: [UInt8]) -> [Double] {
    var values: [Double] = []
    func flatten(_ value: JSONValue) {
      switch value {
      case .array(let elements): elements.forEach(flatten)
      case .object(let members): members.forEach { flatten($0.value) }
      default: if let x = value.doubleValue { values.append(x) }
      }
    }
    for line in answers.split(separator: 0x0A) {
      if let value = try? JSONParser.parse(Array(line)) { flatten(value) }
    }
    return values
  }

  /// Spells `count` doubles (random bit patterns, short decimals, integers, benchmark-like
  /// sums) and counts those whose spelling differs from `description` or reads back to other bits.
  static func check(count: Int) -> (checked: Int, wrong: Int) {
    var random = SplitMix64(seed: 2026)
    var writer = JSONWriter(capacity: 64)
    var checked = 0
    var wrong = 0
    while checked < count {
      let value: Double
      switch random.next() % 4 {
      case 0: value = Double(bitPattern: random.next())
      case 1:
        let digits = random.next() % 100_000_000_000_000_000
        var scale: UInt64 = 1
        for _ in 0..<(random.next() % 17) { scale *= 10 }
        value = Double("\(digits % scale)e\(Int(random.next() % 60) - 30)")!
      case 2:
        let a = Double(Int(random.next() % 40_001) - 20_000) / 10_000
        let b = Double(Int(random.next() % 40_001) - 20_000) / 10_000
        value = a * b + b
      default: value = Double(random.next() >> (random.next() % 64))
      }
      guard value.isFinite else { continue }
      writer.removeAll()
      writer.writeNumber(value)
      let text = String(decoding: writer.bytes, as: UTF8.self)
      if text != value.description || Double(text)?.bitPattern != value.bitPattern { wrong += 1 }
      checked += 1
    }
    return (checked, wrong)
  }

  /// The least CPU time of `runs` calls of `body`, in seconds.
  static func bestOf(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = threadCPUSeconds()
      body()
      best = min(best, threadCPUSeconds() - start)
    }
    return best
  }

  static func threadCPUSeconds() -> Double {
    let time = CurrentProcess.threadCPUTime.components
    return Double(time.seconds) + Double(time.attoseconds) / 1e18
  }
}
