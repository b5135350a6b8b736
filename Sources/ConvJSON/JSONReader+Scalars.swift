import ConvMessages

/// Numbers and strings: the two token kinds that need care to be exact and safe.
extension JSONReader {
  /// The exact power of ten 10^`exponent` for 0 ≤ `exponent` ≤ 22, the range where one
  /// multiplication or division still rounds correctly (Clinger's fast path).
  @inline(__always) static func exactPowerOfTen(_ exponent: Int) -> Double {
    switch exponent {
    case 0: return 1e0
    case 1: return 1e1
    case 2: return 1e2
    case 3: return 1e3
    case 4: return 1e4
    case 5: return 1e5
    case 6: return 1e6
    case 7: return 1e7
    case 8: return 1e8
    case 9: return 1e9
    case 10: return 1e10
    case 11: return 1e11
    case 12: return 1e12
    case 13: return 1e13
    case 14: return 1e14
    case 15: return 1e15
    case 16: return 1e16
    case 17: return 1e17
    case 18: return 1e18
    case 19: return 1e19
    case 20: return 1e20
    case 21: return 1e21
    default: return 1e22
    }
  }

  @inline(__always) private func digit(at position: Int) -> UInt8? {
    guard position < bytes.count else { return nil }
    let byte = bytes[position] &- UInt8(ascii: "0")
    return byte < 10 ? byte : nil
  }

  /// Reads a number in the common short form (optional minus, at most 19 digits, an optional
  /// fraction, no exponent) straight to a Double, without building a ``JSONValue``; nil, with
  /// the cursor unmoved, for anything else, which ``readNumber()`` then reads or refuses.
  ///
  /// The grid readers call it once per cell, so it works on a bare pointer; the value is
  /// exact (Clinger's fast path, as in ``readNumber()``) and equal to what that would return.
  /// `powers` is ``PowersOfTen/table``, fetched once by the caller.
  @inline(__always) mutating func readPlainNumber(powers: UnsafePointer<UInt64>) -> (
    value: Double, isInteger: Bool
  )? {
    guard let base = bytes.baseAddress else { return nil }
    let end = bytes.count
    var i = index
    // Most cells are a sign, at most 7 whole digits, a point and at most 7 decimals: read as
    // two 8-byte words, whole digits and decimals each found and converted at once. The
    // words end at most 17 bytes past the start, within the 24 this path asks for.
    if _fastPath(end &- i >= 24) {
      let negative = base[i] == UInt8(ascii: "-")
      i &+= negative ? 1 : 0
      let (whole, wholeDigits) = Self.leadingDigits(at: base + i)
      // A leading zero before more digits is refused by the general reader, and 8 or more
      // whole digits go the long way.
      if wholeDigits == 0 || wholeDigits == 8 || (wholeDigits > 1 && base[i] == UInt8(ascii: "0")) {
        return readPlainNumberSlowly(negative: negative)
      }
      i &+= wholeDigits
      if base[i] != UInt8(ascii: ".") {
        guard base[i] | 0x20 != UInt8(ascii: "e") else { return nil }
        index = i
        let value = Int(bitPattern: UInt(whole))
        return (Double(negative ? -value : value), true)
      }
      let (fraction, decimals) = Self.leadingDigits(at: base + (i &+ 1))
      if decimals == 0 || decimals == 8 { return readPlainNumberSlowly(negative: negative) }
      i &+= 1 &+ decimals
      guard base[i] | 0x20 != UInt8(ascii: "e") else { return nil }
      index = i
      // At most 14 digits: the mantissa is below 2^53 and 10^decimals exact, so one
      // correctly rounded division gives the nearest Double.
      let scale = powers[PowersOfTen.exactOffset &+ decimals]
      let mantissa = whole &* scale &+ fraction
      let magnitude =
        Double(Int64(bitPattern: mantissa)) / Double(Int64(bitPattern: scale))
      return (negative ? -magnitude : magnitude, false)
    }
    return readPlainNumberSlowly(negative: i < end && base[i] == UInt8(ascii: "-"))
  }

  /// The value and count (0...8) of the decimal digits that start at `start`, which must have
  /// 8 readable bytes: one word, its digit bytes found and combined without a loop.
  @inline(__always) static func leadingDigits(at start: UnsafePointer<UInt8>) -> (
    value: UInt64, count: Int
  ) {
    let word = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
    // Digits become 0...9 with a clear high nibble; +6 carries a low nibble of 10...15
    // into the high nibble. A carry out of a non-digit byte only disturbs the bytes after
    // it, which are past the first non-digit and not counted.
    let values = word ^ 0x3030_3030_3030_3030
    let nonDigits = (values | (values &+ 0x0606_0606_0606_0606)) & 0xF0F0_F0F0_F0F0_F0F0
    let count = nonDigits.trailingZeroBitCount &>> 3
    guard count > 0 else { return (0, 0) }
    // The digits moved to the top bytes (zeros below act as leading zeros), then summed in
    // pairs, fours and eights (the SWAR conversion of simdjson's parse_eight_digits).
    var v = values &<< UInt64(truncatingIfNeeded: (8 &- count) &<< 3)
    v = v &* 10 &+ (v &>> 8)
    v =
      ((v & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 &<< 32))
        &+ ((v &>> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 &<< 32))) &>> 32
    return (v & 0xFFFF_FFFF, count)
  }

  /// ``readPlainNumber(powers:)`` a digit at a time: near the end of the text, and for
  /// numbers with 8 or more whole digits or decimals.
  @inline(never) mutating func readPlainNumberSlowly(negative: Bool) -> (
    value: Double, isInteger: Bool
  )? {
    guard let base = bytes.baseAddress else { return nil }
    let end = bytes.count
    var i = index
    if negative { i &+= 1 }
    guard i < end, base[i] &- UInt8(ascii: "0") < 10 else { return nil }
    var mantissa: UInt64 = 0
    var digits = 0
    if base[i] == UInt8(ascii: "0") {
      i &+= 1
      // A leading zero before more digits is refused by the general reader.
      if i < end && base[i] &- UInt8(ascii: "0") < 10 { return nil }
    } else {
      while i < end {
        let d = base[i] &- UInt8(ascii: "0")
        if d >= 10 { break }
        mantissa = mantissa &* 10 &+ UInt64(d)
        digits &+= 1
        i &+= 1
      }
    }
    var decimals = 0
    if i < end && base[i] == UInt8(ascii: ".") {
      i &+= 1
      let start = i
      while i < end {
        let d = base[i] &- UInt8(ascii: "0")
        if d >= 10 { break }
        mantissa = mantissa &* 10 &+ UInt64(d)
        digits &+= 1
        i &+= 1
      }
      decimals = i &- start
      if decimals == 0 { return nil }
    }
    if i < end && base[i] | 0x20 == UInt8(ascii: "e") { return nil }
    guard digits <= 19, mantissa <= 1 << 53, decimals <= 22 else { return nil }
    index = i
    if decimals == 0 {
      // As readNumber: an integer literal is an Int first, so "-0" is plain zero.
      let whole = Int(mantissa)
      return (Double(negative ? -whole : whole), true)
    }
    let magnitude = Double(mantissa) / Self.exactPowerOfTen(decimals)
    return (negative ? -magnitude : magnitude, false)
  }

  /// Reads a number; short decimals take a fast exact path, the rest go through the standard library.
  public mutating func readNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    var negative = false
    if bytes[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    guard let first = digit(at: index) else { throw failure(.digit) }
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var decimalExponent = 0
    var isInteger = true

    // Integer part: "0" alone, or a non-zero digit followed by digits.
    if first == 0 {
      index += 1
      if digit(at: index) != nil {
        throw JSONParseError(.leadingZero, at: start)
      }
    } else {
      while let d = digit(at: index) {
        if significantDigits < 19 {
          mantissa = mantissa &* 10 &+ UInt64(d)
          significantDigits += 1
        } else {
          decimalExponent += 1
          significantDigits += 1
        }
        index += 1
      }
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard digit(at: index) != nil else { throw failure(.digitAfterPoint) }
      while let d = digit(at: index) {
        if mantissa == 0 && d == 0 {
          decimalExponent -= 1
        } else if significantDigits < 19 {
          mantissa = mantissa &* 10 &+ UInt64(d)
          significantDigits += 1
          decimalExponent -= 1
        } else {
          significantDigits += 1
        }
        index += 1
      }
    }
    if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      var exponentNegative = false
      if index < bytes.count
        && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
      {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      guard digit(at: index) != nil else { throw failure(.digitInExponent) }
      var exponent = 0
      while let d = digit(at: index) {
        // Saturate: anything this large is out of range either way.
        if exponent < 100_000 { exponent = exponent * 10 + Int(d) }
        index += 1
      }
      decimalExponent += exponentNegative ? -exponent : exponent
    }
    let length = index - start
    if length > JSONParser.maxNumberLength {
      throw JSONParseError(.numberTooLong(limit: JSONParser.maxNumberLength), at: start)
    }

    if isInteger && significantDigits <= 18 {
      let value = Int(mantissa)
      return .integer(negative ? -value : value)
    }
    let value: Double
    if significantDigits <= 19 && mantissa <= (1 << 53) && decimalExponent >= -22
      && decimalExponent <= 22
    {
      let m = Double(mantissa)
      value =
        decimalExponent >= 0
        ? m * Self.exactPowerOfTen(decimalExponent) : m / Self.exactPowerOfTen(-decimalExponent)
    } else {
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      // The text keeps its sign, so the parsed value is already signed.
      guard let parsed = Double(text) else {
        throw JSONParseError(.unreadableNumber, at: start)
      }
      value = parsed
      guard value.isFinite else {
        throw JSONParseError(.numberTooLarge, at: start)
      }
      return .number(value)
    }
    return .number(negative ? -value : value)
  }

  /// Reads a string starting at its opening quote, decoding escapes and checking UTF-8.
  public mutating func readString() throws(JSONParseError) -> String {
    let open = index
    index += 1
    let contentStart = index
    var plainASCII = true
    // Fast scan: most strings have no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        if !plainASCII { try Self.validateUTF8(content, offset: contentStart) }
        index += 1
        return String(decoding: content, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 {
        throw JSONParseError(.controlCharacterInString, at: index)
      }
      if byte >= 0x80 { plainASCII = false }
      index += 1
    }
    guard index < bytes.count else {
      throw JSONParseError(.unterminatedString, at: open)
    }
    // Slow path: collect the bytes, decoding escapes.
    var collected = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        try collected.withUnsafeBufferPointer { buffer throws(JSONParseError) in
          try Self.validateUTF8(buffer, offset: contentStart)
        }
        index += 1
        return String(decoding: collected, as: UTF8.self)
      }
      if byte < 0x20 {
        throw JSONParseError(.controlCharacterInString, at: index)
      }
      if byte != UInt8(ascii: "\\") {
        collected.append(byte)
        index += 1
        continue
      }
      let escapeStart = index
      index += 1
      guard index < bytes.count else { break }
      let code = bytes[index]
      index += 1
      switch code {
      case UInt8(ascii: "\""): collected.append(0x22)
      case UInt8(ascii: "\\"): collected.append(0x5C)
      case UInt8(ascii: "/"): collected.append(0x2F)
      case UInt8(ascii: "b"): collected.append(0x08)
      case UInt8(ascii: "f"): collected.append(0x0C)
      case UInt8(ascii: "n"): collected.append(0x0A)
      case UInt8(ascii: "r"): collected.append(0x0D)
      case UInt8(ascii: "t"): collected.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try readHex4(escapeStart: escapeStart)
        if scalar >= 0xD800 && scalar < 0xDC00 {
          // A high surrogate must be followed by an escaped low surrogate.
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw JSONParseError(.loneSurrogate, at: escapeStart) }
          index += 2
          let low = try readHex4(escapeStart: escapeStart)
          guard low >= 0xDC00 && low < 0xE000 else {
            throw JSONParseError(.loneSurrogate, at: escapeStart)
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if scalar >= 0xDC00 && scalar < 0xE000 {
          throw JSONParseError(.loneSurrogate, at: escapeStart)
        }
        guard let unicode = Unicode.Scalar(scalar) else {
          throw JSONParseError(.invalidUnicodeEscape, at: escapeStart)
        }
        collected.append(contentsOf: UTF8.encode(unicode)!)
      default:
        throw JSONParseError(.unknownEscape(Character(Unicode.Scalar(code))), at: escapeStart)
      }
    }
    throw JSONParseError(.unterminatedString, at: open)
  }

  private mutating func readHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
    guard bytes.count - index >= 4 else {
      throw JSONParseError(.shortUnicodeEscape, at: escapeStart)
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let nibble: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw JSONParseError(.shortUnicodeEscape, at: escapeStart)
      }
      value = value << 4 | nibble
      index += 1
    }
    return value
  }

  /// Checks well-formed UTF-8 (no overlong forms, surrogates, or values past U+10FFFF).
  static func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONParseError)
  {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: throw JSONParseError(.invalidUTF8, at: offset + i)
      }
      guard i + length <= n else { throw JSONParseError(.invalidUTF8, at: offset + i) }
      let b1 = bytes[i + 1]
      guard b1 >= low && b1 <= high else { throw JSONParseError(.invalidUTF8, at: offset + i) }
      for k in 2..<max(length, 2) where bytes[i + k] & 0xC0 != 0x80 {
        throw JSONParseError(.invalidUTF8, at: offset + i)
      }
      i += length
    }
  }
}
