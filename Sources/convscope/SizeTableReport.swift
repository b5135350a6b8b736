import ConvArithmetic
import ConvJSON
import ConvScenes

/// The `shapes` scene's table as `convscope shape --table` prints it for scripts: the
/// same columns, names whole, `-` (or JSON null) where a convention gives no size.
///
///     $ convscope shape --table --inputs 4-9 --kernel 3 --stride 2 --padding 1
struct SizeTableReport {
  static let columns = ShapesSettings.columns

  let table: SizeTable

  /// Each row's values in column order; nil where there is no size.
  var values: [[Int?]] {
    table.rows.map(\.columns)
  }

  /// Right-aligned columns, each as wide as its name or its widest number.
  var text: String {
    let texts = values.map { $0.map { $0.map(String.init) ?? "-" } }
    let widths = Self.columns.indices.map { c in
      texts.map { $0[c].count }.reduce(Self.columns[c].count, max)
    }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }
        .joined(separator: "  ")
    }
    return ([line(Self.columns)] + texts.map(line)).joined(separator: "\n") + "\n"
  }

  /// `{"k": 3, "s": 2, "p": 1, "d": 1, "sizes": [{"i": 4, "pytorch": 2, …}, …]}`.
  var json: String {
    var writer = JSONWriter(capacity: 256 * (values.count + 1))
    writer.writeRaw("{")
    for (name, value) in [("k", table.k), ("s", table.s), ("p", table.p), ("d", table.d)] {
      writer.writeString(name)
      writer.writeRaw(": ")
      writer.writeInteger(value)
      writer.writeRaw(", ")
    }
    writer.writeRaw("\"sizes\": [")
    for (r, row) in values.enumerated() {
      writer.writeRaw(r > 0 ? ",\n  {" : "\n  {")
      for (c, (name, value)) in zip(Self.columns, row).enumerated() {
        if c > 0 { writer.writeRaw(", ") }
        writer.writeString(name)
        writer.writeRaw(": ")
        if let value { writer.writeInteger(value) } else { writer.writeRaw("null") }
      }
      writer.writeRaw("}")
    }
    writer.writeRaw("]}\n")
    return writer.string
  }
}
