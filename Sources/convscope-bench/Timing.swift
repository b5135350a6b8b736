/// Measures how long an operation takes by repeating it until enough time has passed.
enum Timing {
  /// Seconds per call of `body`, from as many calls as fit in about `budget` seconds (at least `minimum`).
  static func secondsPerCall(budget: Double = 0.25, minimum: Int = 3, _ body: () throws -> Void)
    rethrows -> Double
  {
    let clock = ContinuousClock()
    try body()  // warm-up
    var calls = 0
    let start = clock.now
    var elapsed = 0.0
    while calls < minimum || elapsed < budget {
      try body()
      calls += 1
      elapsed = seconds(clock.now - start)
    }
    return elapsed / Double(calls)
  }

  /// Seconds for one call of `body`.
  static func once(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    return seconds(clock.now - start)
  }

  static func seconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) + Double(atto) / 1e18
  }
}

/// A two-column table printed with aligned columns.
struct Table {
  var title: String
  var rows: [(String, String)] = []

  mutating func add(_ name: String, _ value: String) { rows.append((name, value)) }

  func print() {
    let width = max(title.count, rows.map(\.0.count).max() ?? 0)
    Swift.print("\n## \(title)\n")
    Swift.print("| " + "measure".padding(width) + " | value |")
    Swift.print("|" + String(repeating: "-", count: width + 2) + "|-------|")
    for (name, value) in rows { Swift.print("| " + name.padding(width) + " | \(value) |") }
  }
}

extension String {
  func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}

/// `12.3 µs`, `4.56 ms`, `1.23 s`.
func duration(_ seconds: Double) -> String {
  if seconds < 1e-3 { return String(format1: seconds * 1e6, "µs") }
  if seconds < 1 { return String(format1: seconds * 1e3, "ms") }
  return String(format1: seconds, "s")
}

extension String {
  /// A number with three significant digits and a unit, without Foundation.
  init(format1 value: Double, _ unit: String) {
    let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    self = "\(text) \(unit)"
  }
}
