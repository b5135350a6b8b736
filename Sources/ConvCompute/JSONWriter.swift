import ConvArithmetic

/// Writes answer lines as UTF-8 bytes into a growing buffer, with no intermediate strings.
///
/// Numbers use Swift's shortest round-trip form (`0.8595977000000004`, `1.0`,
/// `1e-05`), indices print as plain integers, and separators follow Python's
/// `json.dumps` (`", "` and `": "`) so answers diff cleanly against PyTorch scripts.
///
///     var writer = JSONWriter()
///     writer.writeError("Unknown op \"conv3d\".")
///     // {"error": "Unknown op \"conv3d\"."}
public struct JSONWriter: TextOutputStream {
  /// The bytes written so far.
  public var bytes: [UInt8] = []

  public init(capacity: Int = 1 << 16) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends raw ASCII or UTF-8 text as it is.
  @inline(__always) public mutating func writeRaw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Receives Double's shortest digits straight from the standard library, bypassing `String`.
  public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: buffer)
  }

  public mutating func write(_ string: String) {
    bytes.append(contentsOf: string.utf8)
  }

  /// Appends a finite Double in its shortest round-trip form.
  @inline(__always) public mutating func writeNumber(_ value: Double) {
    value.write(to: &self)
  }

  /// Appends an integer in decimal, without allocating.
  public mutating func writeInteger(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
    }
    var magnitude = value.magnitude
    if magnitude < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      while magnitude > 0 {
        digits[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[k]) }
    }
  }

  /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
  public mutating func writeString(_ string: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): writeRaw("\\\"")
      case UInt8(ascii: "\\"): writeRaw("\\\\")
      case 0x0A: writeRaw("\\n")
      case 0x0D: writeRaw("\\r")
      case 0x09: writeRaw("\\t")
      case 0x00..<0x20, 0x7F:
        writeRaw("\\u00")
        let hex: StaticString = "0123456789abcdef"
        hex.withUTF8Buffer { digits in
          bytes.append(digits[Int(byte >> 4)])
          bytes.append(digits[Int(byte & 0xF)])
        }
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends a grid of numbers as an array of rows: `[[1.0, 2.0], [3.0, 4.0]]`.
  public mutating func writeGrid(_ grid: Matrix) {
    bytes.append(UInt8(ascii: "["))
    grid.storage.withUnsafeBufferPointer { cells in
      for r in 0..<grid.rows {
        if r > 0 { writeRaw(", ") }
        bytes.append(UInt8(ascii: "["))
        let base = r * grid.cols
        for c in 0..<grid.cols {
          if c > 0 { writeRaw(", ") }
          cells[base + c].write(to: &self)
        }
        bytes.append(UInt8(ascii: "]"))
      }
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends a grid of integers as an array of rows.
  public mutating func writeGrid(_ grid: Grid<Int>) {
    bytes.append(UInt8(ascii: "["))
    for r in 0..<grid.rows {
      if r > 0 { writeRaw(", ") }
      bytes.append(UInt8(ascii: "["))
      for c in 0..<grid.cols {
        if c > 0 { writeRaw(", ") }
        writeInteger(grid[r, c])
      }
      bytes.append(UInt8(ascii: "]"))
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends one error answer line body: `{"error": "sentence"}` (without the newline).
  public mutating func writeError(_ sentence: String) {
    writeRaw("{\"error\": ")
    writeString(sentence)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends any JSON value compactly, in the same style; used to quote a request's value in an error.
  public mutating func writeValue(_ value: JSONValue) {
    switch value {
    case .null: writeRaw("null")
    case .bool(let flag): flag ? writeRaw("true") : writeRaw("false")
    case .integer(let n): writeInteger(n)
    case .number(let x): writeNumber(x)
    case .string(let s): writeString(s)
    case .array(let elements):
      bytes.append(UInt8(ascii: "["))
      for (k, element) in elements.enumerated() {
        if k > 0 { writeRaw(", ") }
        writeValue(element)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      for (k, member) in members.enumerated() {
        if k > 0 { writeRaw(", ") }
        writeString(member.key)
        writeRaw(": ")
        writeValue(member.value)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }
}
