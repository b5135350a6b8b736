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
  private var storage: ByteStorage

  public init(capacity: Int = 1 << 16) {
    storage = ByteStorage(capacity: capacity)
  }

  /// The bytes written so far, as a new array.
  public var bytes: [UInt8] {
    withUnsafeBytes { Array($0) }
  }

  /// The bytes written so far, decoded as UTF-8 text.
  public var string: String {
    withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
  }

  /// How many bytes have been written.
  public var count: Int { storage.count }

  /// Lends the bytes written so far without copying them.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
  }

  /// Forgets what was written, keeping the memory for reuse.
  public mutating func removeAll() {
    makeUnique()
    storage.count = 0
  }

  @inline(__always) private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// Returns where the next `count` bytes go; the caller must fill all of them.
  @inline(__always) private mutating func claim(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    makeUnique()
    if storage.count + count > storage.capacity { storage.grow(toFit: storage.count + count) }
    let destination = storage.base + storage.count
    storage.count += count
    return destination
  }

  /// Appends one byte.
  @inline(__always) public mutating func writeByte(_ byte: UInt8) {
    claim(1).pointee = byte
  }

  /// Appends bytes as they are.
  @inline(__always) public mutating func writeBytes(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let source = buffer.baseAddress, buffer.count > 0 else { return }
    claim(buffer.count).update(from: source, count: buffer.count)
  }

  /// Appends raw ASCII or UTF-8 text as it is.
  @inline(__always) public mutating func writeRaw(_ text: StaticString) {
    writeBytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  public mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { writeBytes($0) }
  }

  /// Appends a Double in its shortest round-trip form, as Swift's `description` spells it
  /// (`1.0`, `0.1`, `1e-05`); `null` for NaN and infinities, which JSON cannot hold.
  public mutating func writeNumber(_ value: Double) {
    reserve(NumberFormat.room)
    storage.count += NumberFormat.write(value, to: storage.base + storage.count)
  }

  /// Appends a Double as the scene export spells it: whole numbers below 10^15 without a
  /// decimal point (`3`, `-12`), others as ``writeNumber(_:)`` does, `null` when not finite.
  public mutating func writeCompactNumber(_ value: Double) {
    if value.isFinite && value == value.rounded(.towardZero) && value.magnitude < 1e15 {
      writeInteger(Int(value))
    } else {
      writeNumber(value)
    }
  }

  /// Appends an integer in decimal, without allocating.
  public mutating func writeInteger(_ value: Int) {
    if value < 0 {
      writeByte(UInt8(ascii: "-"))
    }
    var magnitude = value.magnitude
    if magnitude < 10 {
      writeByte(UInt8(ascii: "0") + UInt8(magnitude))
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      while magnitude > 0 {
        digits[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for k in stride(from: count - 1, through: 0, by: -1) { writeByte(digits[k]) }
    }
  }

  /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
  public mutating func writeString(_ string: String) {
    var string = string
    string.withUTF8 { writeEscaped($0) }
  }

  /// Appends a JSON string literal of UTF-8 text, as ``writeString(_:)`` does for a `String`:
  /// a long text made as bytes (an asciicast's screen) is not turned into a `String` first.
  public mutating func writeString(utf8 text: UnsafeBufferPointer<UInt8>) {
    writeEscaped(text)
  }

  private mutating func writeEscaped(_ text: UnsafeBufferPointer<UInt8>) {
    // Room for the worst case (every byte a six-byte \u00XX) up front, so that each byte is
    // one store through a pointer: a recording escapes megabytes of screens.
    reserve(text.count &* 6 &+ 2)
    let hex: StaticString = "0123456789abcdef"
    var out = storage.base + storage.count
    out.pointee = UInt8(ascii: "\"")
    out += 1
    for byte in text {
      if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0x7F {
        out.pointee = byte
        out += 1
        continue
      }
      out[0] = UInt8(ascii: "\\")
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out[1] = byte
        out += 2
      case 0x0A:
        out[1] = UInt8(ascii: "n")
        out += 2
      case 0x0D:
        out[1] = UInt8(ascii: "r")
        out += 2
      case 0x09:
        out[1] = UInt8(ascii: "t")
        out += 2
      default:
        out[1] = UInt8(ascii: "u")
        out[2] = UInt8(ascii: "0")
        out[3] = UInt8(ascii: "0")
        hex.withUTF8Buffer { digits in
          out[4] = digits[Int(byte >> 4)]
          out[5] = digits[Int(byte & 0xF)]
        }
        out += 6
      }
    }
    out.pointee = UInt8(ascii: "\"")
    out += 1
    storage.count = out - storage.base
  }

  /// Makes room for at least `count` more bytes, so the writes that follow never reallocate.
  public mutating func reserve(_ count: Int) {
    makeUnique()
    if storage.count + count > storage.capacity { storage.grow(toFit: storage.count + count) }
  }

  /// Appends a grid of numbers as an array of rows: `[[1.0, 2.0], [3.0, 4.0]]`.
  public mutating func writeGrid(_ grid: Matrix) {
    grid.storage.withUnsafeBufferPointer { writeGrid($0, rows: grid.rows, cols: grid.cols) }
  }

  /// Appends `rows × cols` numbers stored row-major as an array of rows, without copying them
  /// into a grid first (a channel of a stack, say).
  public mutating func writeGrid(_ cells: UnsafeBufferPointer<Double>, rows: Int, cols: Int) {
    precondition(cells.count >= rows * cols, "fewer cells than rows × cols")
    writeByte(UInt8(ascii: "["))
    // Room for a whole row up front, so each cell is written through a bare pointer.
    let rowBytes = cols * (NumberFormat.maxLength + 2) + NumberFormat.room + 4
    let powers = PowersOfTen.table
    for r in 0..<rows {
      reserve(rowBytes)
      var out = storage.base + storage.count
      if r > 0 {
        out[0] = UInt8(ascii: ",")
        out[1] = UInt8(ascii: " ")
        out += 2
      }
      out.pointee = UInt8(ascii: "[")
      out += 1
      let base = r * cols
      for c in 0..<cols {
        if c > 0 {
          out[0] = UInt8(ascii: ",")
          out[1] = UInt8(ascii: " ")
          out += 2
        }
        out += NumberFormat.write(cells[base + c], to: out, powers: powers)
      }
      out.pointee = UInt8(ascii: "]")
      out += 1
      storage.count = storage.base.distance(to: out)
    }
    writeByte(UInt8(ascii: "]"))
  }

  /// Appends a grid of integers as an array of rows.
  public mutating func writeGrid(_ grid: Grid<Int>) {
    writeByte(UInt8(ascii: "["))
    for r in 0..<grid.rows {
      if r > 0 { writeRaw(", ") }
      writeByte(UInt8(ascii: "["))
      for c in 0..<grid.cols {
        if c > 0 { writeRaw(", ") }
        writeInteger(grid[r, c])
      }
      writeByte(UInt8(ascii: "]"))
    }
    writeByte(UInt8(ascii: "]"))
  }

  /// Appends one error answer line body: `{"error": "sentence"}` (without the newline).
  public mutating func writeError(_ sentence: String) {
    writeRaw("{\"error\": ")
    writeString(sentence)
    writeByte(UInt8(ascii: "}"))
  }

  /// Appends any JSON value compactly, in the same style; used to quote a request's value in an error.
  public mutating func writeValue(_ value: JSONValue) {
    writeValue(value, budget: .max)
  }

  /// Appends a JSON value, but stops adding elements once `budget` bytes are written (the text is then cut).
  public mutating func writeValue(_ value: JSONValue, budget: Int) {
    guard count <= budget else { return }
    switch value {
    case .null: writeRaw("null")
    case .bool(let flag): flag ? writeRaw("true") : writeRaw("false")
    case .integer(let n): writeInteger(n)
    case .number(let x): writeNumber(x)
    case .string(let s): writeString(s)
    case .array(let elements):
      writeByte(UInt8(ascii: "["))
      for (k, element) in elements.enumerated() {
        if count > budget { return }
        if k > 0 { writeRaw(", ") }
        writeValue(element, budget: budget)
      }
      writeByte(UInt8(ascii: "]"))
    case .object(let members):
      writeByte(UInt8(ascii: "{"))
      for (k, member) in members.enumerated() {
        if count > budget { return }
        if k > 0 { writeRaw(", ") }
        writeString(member.key)
        writeRaw(": ")
        writeValue(member.value, budget: budget)
      }
      writeByte(UInt8(ascii: "}"))
    }
  }
}

/// The growable byte buffer behind ``JSONWriter``, copied only when shared.
private final class ByteStorage {
  var base: UnsafeMutablePointer<UInt8>
  var count = 0
  var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  func copy() -> ByteStorage {
    let twin = ByteStorage(capacity: capacity)
    twin.base.update(from: base, count: count)
    twin.count = count
    return twin
  }

  func grow(toFit needed: Int) {
    var newCapacity = capacity
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
