import ConvArithmetic
import ConvExplorer
import ConvScenes
import ConvTerminal

/// The explorer through `HeadlessExplorer`: keypress-to-frame time, first frame, memory and bytes per step.
///
/// Every number comes from the same path the curses driver takes (state
/// machine, view, screen diff), with the escape sequences counted by the
/// headless encoder instead of being written to a terminal. The real binary's
/// startup, peak RSS and terminal bytes are measured in tmux by
/// `scripts/measure-explorer.sh`.
enum ExplorerBenchmarks {
  static let screen = ScreenSize(width: 120, height: 40)
  static let presses = 200

  static func run() throws -> Table {
    var table = Table(title: "Explorer (headless, 120×40 screen, \(presses) presses per row)")
    // Peak RSS of the explorer part alone, not of the compute benchmarks before it.
    let peakReset = resetPeakResident()
    for side in [5, 16, 32] {
      let parameters = grid(side)
      let label = "conv \(side)×\(side) s1 p1"
      table.add("\(label): `.` step", summary(try stepTimes(parameters)))
      table.add(
        "\(label): `S`/`s` stride (rebuild)", summary(try keyTimes(parameters, ["S", "s"])))
      table.add(
        "\(label): `p`/`P` padding (rebuild)", summary(try keyTimes(parameters, ["p", "P"])))
    }
    for kind in SceneKind.allCases {
      let parameters = SceneParameters.defaults(for: kind)
      let state = try ExplorerState(scene: kind, parameters: parameters, screenSize: screen)
      let keys = state.selected.keys
      table.add("\(kind.rawValue) defaults: `.` step", summary(try stepTimes(parameters)))
      table.add(
        "\(kind.rawValue) defaults: `\(keys.raise)`/`\(keys.lower)` \(state.selected.label())",
        summary(try keyTimes(parameters, [keys.raise, keys.lower])))
    }

    for (name, parameters) in [
      ("opening (conv 5×5)", SceneParameters.defaults(for: .conv)), ("conv 32×32", grid(32)),
    ] {
      let cold = try startup(parameters)
      var warm: [Double] = []
      for _ in 0..<50 { warm.append(try startup(parameters)) }
      table.add(
        "first frame, \(name): state + draw (goal ≤ 100 ms)",
        "first \(duration(cold)), median \(duration(median(warm)))")
    }

    let bytes = try stepBytes(grid(32))
    table.add(
      "conv 32×32 `.`: bytes written per step",
      "median \(median(bytes.written)), total \(Int(bytes.written.reduce(0, +)))")
    table.add(
      "conv 32×32 `.`: changed-cell minimum per step",
      "median \(median(bytes.minimum)), total \(Int(bytes.minimum.reduce(0, +)))")
    table.add(
      "conv 32×32 `.`: changed cells / their text bytes per step",
      "median \(median(bytes.cells)) / \(median(bytes.text))")
    let ratio = bytes.written.reduce(0, +) / bytes.minimum.reduce(0, +)
    let worst = zip(bytes.written, bytes.minimum).map { $0 / $1 }.max() ?? 0
    table.add(
      "conv 32×32 `.`: written / minimum (goal ≤ 2×)",
      "\(String(format1: ratio, "×")) overall, worst step \(String(format1: worst, "×"))")

    if let peak = peakResidentKilobytes() {
      table.add(
        peakReset
          ? "VmHWM since the explorer part began (starts at the heap earlier benchmarks left resident)"
          : "peak RSS of the whole benchmark process (VmHWM)",
        String(format1: Double(peak) / 1024, "MB"))
    }
    table.add(
      "note",
      "times here run after the other benchmarks; scripts/measure-explorer.sh times the real binary"
    )
    return table
  }

  /// A conv scene on an n×n input, 3×3 kernel, stride 1, padding 1.
  static func grid(_ side: Int) -> SceneParameters {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(side)
    p.kernel = Pair(3)
    p.stride = Pair(1)
    p.padding = Pair(1)
    return p
  }

  static func explorer(_ parameters: SceneParameters) throws -> HeadlessExplorer {
    var e = HeadlessExplorer(
      state: try ExplorerState(scene: parameters.scene, parameters: parameters, screenSize: screen))
    e.draw()
    return e
  }

  /// Seconds per `.` press; at the last step an untimed `g` goes back to the first.
  static func stepTimes(_ parameters: SceneParameters) throws -> [Double] {
    var e = try explorer(parameters)
    var times: [Double] = []
    for _ in 0..<(presses + 10) {
      if e.state.step >= e.state.stepCount - 1 { e.send(.key(.character("g"))) }
      times.append(Timing.seconds(e.send(.key(.character("."))).duration))
    }
    return Array(times.dropFirst(10))  // the first presses warm caches
  }

  /// Seconds per press of `keys` in turn (each a parameter change that rebuilds the scene).
  static func keyTimes(_ parameters: SceneParameters, _ keys: [Character]) throws -> [Double] {
    var e = try explorer(parameters)
    var times: [Double] = []
    for index in 0..<(presses + 10) {
      let cost = e.send(.key(.character(keys[index % keys.count])))
      times.append(Timing.seconds(cost.duration))
    }
    // A refused change would not rebuild: make sure the keys really changed parameters.
    precondition(
      e.state.status?.contains("→") ?? false, "keys \(keys) were refused: \(e.state.status ?? "")")
    return Array(times.dropFirst(10))
  }

  /// Presses `keys` in turn `count` times on the 32×32 grid: the keys' summary, for profiling.
  static func press(_ keys: [Character], count: Int) throws -> String {
    var e = try explorer(grid(32))
    var times: [Double] = []
    for index in 0..<count {
      let key = keys[index % keys.count]
      if key == ".", e.state.step >= e.state.stepCount - 1 { e.send(.key(.character("g"))) }
      times.append(Timing.seconds(e.send(.key(.character(key))).duration))
    }
    return "\(String(keys)) ×\(count): " + summary(times)
  }

  /// Seconds from building the state to the first drawn frame.
  static func startup(_ parameters: SceneParameters) throws -> Double {
    try Timing.once {
      var e = HeadlessExplorer(
        state: try ExplorerState(
          scene: parameters.scene, parameters: parameters, screenSize: screen))
      e.draw()
    }
  }

  /// Per `.` step over a whole pass: bytes written, the ideal minimum, changed cells and their text bytes.
  static func stepBytes(_ parameters: SceneParameters) throws -> (
    written: [Double], minimum: [Double], cells: [Double], text: [Double]
  ) {
    var e = try explorer(parameters)
    var result: (written: [Double], minimum: [Double], cells: [Double], text: [Double]) = (
      [], [], [], []
    )
    while e.state.step < e.state.stepCount - 1 {
      let before = e.screen!
      let cost = e.send(.key(.character(".")))
      let ideal = IdealRedraw(palette: e.encoder.palette).bytes(from: before, to: e.screen!)
      result.written.append(Double(cost.bytesWritten))
      result.minimum.append(Double(ideal))
      result.cells.append(Double(cost.changedCells))
      result.text.append(Double(cost.changedCellBytes))
    }
    return result
  }

  static func summary(_ times: [Double]) -> String {
    "median \(duration(median(times))), p95 \(duration(percentile(times, 0.95))), max \(duration(times.max() ?? 0))"
  }

  static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
  }

  /// Resets VmHWM to the current RSS (Linux: writing 5 to /proc/self/clear_refs); false when unsupported.
  static func resetPeakResident() -> Bool {
    guard let file = try? FileDescriptor.open("/proc/self/clear_refs", .writeOnly) else {
      return false
    }
    defer { try? file.close() }
    return (try? file.writeAll("5")) != nil
  }

  /// VmHWM from /proc/self/status, in kilobytes (Linux only).
  static func peakResidentKilobytes() -> Int? {
    guard let bytes = try? FileDescriptor.readAll("/proc/self/status") else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    where line.hasPrefix("VmHWM:") {
      return Int(line.dropFirst(6).filter(\.isNumber))
    }
    return nil
  }
}

/// The bytes an ideal terminal update needs to turn one screen into the next.
///
/// Changed cells are visited in row order. Each costs its text, the SGR that
/// sets its appearance from the current one (the shorter of an incremental
/// change and a reset), and, when the cursor is not already there, the
/// cheapest of: an absolute move, a relative move along the row or column, or
/// rewriting the unchanged cells in between when they already have the current
/// appearance. The cursor and appearance start unknown, as after another
/// program wrote to the terminal.
struct IdealRedraw {
  let palette: Palette

  func bytes(from old: Canvas, to new: Canvas) -> Int {
    precondition(old.width == new.width && old.height == new.height)
    var total = 0
    var cursor: (x: Int, y: Int)? = nil
    var current: Appearance? = nil
    for y in 0..<new.height {
      var x = 0
      while x < new.width {
        guard old[x, y] != new[x, y] || leadOfChangedContinuation(old, new, x, y) else {
          x += 1
          continue
        }
        var lead = x
        while lead > 0 && new[lead, y].text.isEmpty { lead -= 1 }
        let columns = lead + 1 < new.width && new[lead + 1, y].text.isEmpty ? 2 : 1
        total += move(from: cursor, to: (lead, y), over: new, appearance: current)
        let appearance = palette.appearance(of: new[lead, y].style)
        if appearance != current {
          total += sgr(from: current, to: appearance)
          current = appearance
        }
        total += new[lead, y].text.utf8.count
        cursor = (lead + columns, y)
        x = max(x + 1, lead + columns)
      }
    }
    return total
  }

  private func leadOfChangedContinuation(_ old: Canvas, _ new: Canvas, _ x: Int, _ y: Int) -> Bool {
    x + 1 < new.width && new[x + 1, y].text.isEmpty && old[x + 1, y] != new[x + 1, y]
  }

  private func move(
    from cursor: (x: Int, y: Int)?, to target: (x: Int, y: Int), over screen: Canvas,
    appearance: Appearance?
  ) -> Int {
    let absolute =
      target.x == 0
      ? (target.y == 0 ? 3 : 3 + digits(target.y + 1))
      : 4 + digits(target.y + 1) + digits(target.x + 1)
    guard let cursor else { return absolute }
    if cursor.x == target.x && cursor.y == target.y { return 0 }
    var best = absolute
    if cursor.y == target.y {
      let distance = abs(target.x - cursor.x)
      best = min(best, distance == 1 ? 3 : 3 + digits(distance))
      if target.x > cursor.x, let appearance {
        // Rewriting unchanged cells that already look like the current appearance.
        var bridge = 0
        for x in cursor.x..<target.x {
          if palette.appearance(of: screen[x, target.y].style) != appearance
            || screen[x, target.y].text.isEmpty
          {
            bridge = Int.max
            break
          }
          bridge += screen[x, target.y].text.utf8.count
        }
        best = min(best, bridge)
      }
    } else if cursor.x == target.x {
      let distance = abs(target.y - cursor.y)
      best = min(best, distance == 1 ? 3 : 3 + digits(distance))
    } else if target.x == 0 && target.y == cursor.y + 1 {
      best = min(best, 2)  // CR LF
    }
    return best
  }

  /// The shorter of an incremental SGR and a reset followed by every setting of `a`.
  private func sgr(from old: Appearance?, to a: Appearance) -> Int {
    var reset = ["0"]
    reset += attributeCodes(a.attributes)
    if a.foreground >= 0 { reset.append(colour(a.foreground, background: false)) }
    if a.background >= 0 { reset.append(colour(a.background, background: true)) }
    let resetLength = 3 + reset.joined(separator: ";").utf8.count
    guard let old else { return resetLength }
    var codes: [String] = []
    var kept = old.attributes
    let removed = old.attributes.subtracting(a.attributes)
    if removed.contains(.bold) || removed.contains(.dim) {
      codes.append("22")
      kept.remove(.bold)
      kept.remove(.dim)
    }
    if removed.contains(.underline) {
      codes.append("24")
      kept.remove(.underline)
    }
    if removed.contains(.reverse) {
      codes.append("27")
      kept.remove(.reverse)
    }
    codes += attributeCodes(a.attributes.subtracting(kept))
    if a.foreground != old.foreground { codes.append(colour(a.foreground, background: false)) }
    if a.background != old.background { codes.append(colour(a.background, background: true)) }
    return min(resetLength, 3 + codes.joined(separator: ";").utf8.count)
  }

  private func attributeCodes(_ set: TextAttributes) -> [String] {
    var codes: [String] = []
    if set.contains(.bold) { codes.append("1") }
    if set.contains(.dim) { codes.append("2") }
    if set.contains(.underline) { codes.append("4") }
    if set.contains(.reverse) { codes.append("7") }
    return codes
  }

  private func colour(_ value: Int, background: Bool) -> String {
    switch palette.depth {
    case .monochrome: return ""
    case .eight: return value < 0 ? (background ? "49" : "39") : "\((background ? 40 : 30) + value)"
    case .full:
      return value < 0
        ? (background ? "49" : "39") : (background ? "48;5;\(value)" : "38;5;\(value)")
    }
  }

  private func digits(_ n: Int) -> Int { String(n).utf8.count }
}
