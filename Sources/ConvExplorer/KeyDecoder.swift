/// What a run of terminal input bytes turned out to be.
public enum DecodedInput: Hashable, Sendable {
  /// A key, click or wheel turn the explorer understands.
  case event(ExplorerEvent)
  /// A whole sequence the explorer has no use for (F2, Alt-x, a cut-off sequence): swallowed.
  case unknown
  /// Bracketed-paste text (`ESC [200~ … ESC [201~`), swallowed whole so that no pasted letter acts as a key.
  case paste
}

/// Turns the bytes a terminal sends into explorer events, in pure Swift.
///
/// curses' own keypad parsing reads an escape sequence it does not know as
/// Esc followed by ordinary keys, so `ESC [I` (a focus report) used to quit.
/// This decoder instead reads every sequence to its end (CSI, SS3, X10 and
/// SGR mouse reports, bracketed paste) and reports a sequence it does not
/// know as ``DecodedInput/unknown``. A lone Esc becomes a key only when the
/// driver reports that nothing followed within the escape delay
/// (``timeOut()``), so a sequence cut into pieces never quits.
///
///     var decoder = KeyDecoder()
///     decoder.feed(Array("\u{1B}[Aq".utf8))  // [.event(.key(.up)), .event(.key(.character("q")))]
///     decoder.feed([0x1B])                   // [], and isPending is true
///     decoder.timeOut()                      // [.event(.key(.escape))]
public struct KeyDecoder: Sendable {
  private enum Mode: Sendable {
    case ground
    /// After ESC.
    case escape
    /// After ESC [, collecting parameter and intermediate bytes.
    case csi
    /// After ESC [ M: an X10 mouse report's three raw bytes.
    case x10
    /// After ESC O: one final byte.
    case ss3
    /// Inside a UTF-8 character, `remaining` continuation bytes to go.
    case utf8(remaining: Int)
    /// Inside bracketed paste, until ESC [201~.
    case paste
  }

  private var mode = Mode.ground
  private var held: [UInt8] = []
  /// How many bytes of the paste terminator have matched so far.
  private var pasteMatch = 0
  /// Longest CSI body kept; longer sequences are still read to their end, then reported unknown.
  private static let longestSequence = 64
  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  public init() {}

  /// Whether bytes are held that wait for the rest of a sequence (the driver then waits only the escape delay).
  public var isPending: Bool {
    if case .ground = mode { return false }
    return true
  }

  /// Decodes bytes; returns what they complete, in order (often nothing, inside a sequence).
  public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [DecodedInput] {
    var out: [DecodedInput] = []
    for byte in bytes { feed(byte, into: &out) }
    return out
  }

  /// Called when no byte followed within the escape delay: a lone Esc is the Esc key;
  /// anything else held is a cut-off sequence and is swallowed.
  public mutating func timeOut() -> [DecodedInput] {
    defer { reset() }
    switch mode {
    case .ground: return []
    case .escape: return [.event(.key(.escape))]
    case .paste: return [.paste]
    default: return [.unknown]
    }
  }

  private mutating func reset() {
    mode = .ground
    held.removeAll(keepingCapacity: true)
    pasteMatch = 0
  }

  private mutating func feed(_ byte: UInt8, into out: inout [DecodedInput]) {
    switch mode {
    case .ground:
      ground(byte, into: &out)
    case .escape:
      switch byte {
      case UInt8(ascii: "["):
        mode = .csi
        held.removeAll(keepingCapacity: true)
      case UInt8(ascii: "O"):
        mode = .ss3
      case 0x1B:
        // Esc pressed twice: the second one starts over, so Esc Esc still ends as one Esc.
        break
      case 0x20...0x7E:
        // Alt plus a key: not a key of the explorer's.
        reset()
        out.append(.unknown)
      default:
        reset()
        out.append(.unknown)
        ground(byte, into: &out)
      }
    case .csi:
      csi(byte, into: &out)
    case .x10:
      held.append(byte)
      if held.count == 3 {
        let report = held
        reset()
        if let input = Self.mouse(
          button: Int(report[0]) - 32, x: Int(report[1]) - 33, y: Int(report[2]) - 33,
          pressed: true)
        {
          out.append(input)
        }
      }
    case .ss3:
      reset()
      switch byte {
      case UInt8(ascii: "A"): out.append(.event(.key(.up)))
      case UInt8(ascii: "B"): out.append(.event(.key(.down)))
      case UInt8(ascii: "C"): out.append(.event(.key(.right)))
      case UInt8(ascii: "D"): out.append(.event(.key(.left)))
      case UInt8(ascii: "H"): out.append(.event(.key(.home)))
      case UInt8(ascii: "F"): out.append(.event(.key(.end)))
      case 0x20...0x7E: out.append(.unknown)
      default:
        out.append(.unknown)
        ground(byte, into: &out)
      }
    case .utf8(let remaining):
      guard byte & 0xC0 == 0x80 else {
        reset()
        out.append(.unknown)
        ground(byte, into: &out)
        return
      }
      held.append(byte)
      if remaining > 1 {
        mode = .utf8(remaining: remaining - 1)
        return
      }
      let bytes = held
      reset()
      var iterator = bytes.makeIterator()
      var utf8 = UTF8()
      if case .scalarValue(let scalar) = utf8.decode(&iterator) {
        out.append(.event(.key(.character(Character(scalar)))))
      } else {
        out.append(.unknown)
      }
    case .paste:
      if byte == Self.pasteEnd[pasteMatch] {
        pasteMatch += 1
        if pasteMatch == Self.pasteEnd.count {
          reset()
          out.append(.paste)
        }
      } else {
        pasteMatch = byte == Self.pasteEnd[0] ? 1 : 0
      }
    }
  }

  private mutating func ground(_ byte: UInt8, into out: inout [DecodedInput]) {
    switch byte {
    case 0x1B:
      mode = .escape
    case 0x09:
      out.append(.event(.key(.tab)))
    case 0x0D, 0x0A:
      out.append(.event(.key(.enter)))
    case 0x7F, 0x08:
      out.append(.event(.key(.backspace)))
    case 0x00...0x7E:
      out.append(.event(.key(.character(Character(Unicode.Scalar(byte))))))
    case 0xC2...0xDF:
      held = [byte]
      mode = .utf8(remaining: 1)
    case 0xE0...0xEF:
      held = [byte]
      mode = .utf8(remaining: 2)
    case 0xF0...0xF4:
      held = [byte]
      mode = .utf8(remaining: 3)
    default:
      out.append(.unknown)
    }
  }

  private mutating func csi(_ byte: UInt8, into out: inout [DecodedInput]) {
    switch byte {
    case UInt8(ascii: "M") where held.isEmpty:
      // ESC [ M and three raw bytes: an X10 mouse report.
      mode = .x10
    case 0x20...0x3F:
      // Past the longest body, keep reading to the final byte but spoil the body (a NUL
      // parses as no number), so the sequence ends as unknown instead of as a wrong key.
      if held.count < Self.longestSequence { held.append(byte) } else { held[0] = 0 }
    case 0x40...0x7E:
      let body = held
      reset()
      interpret(body: body, final: byte, into: &out)
    default:
      // A control byte or a non-ASCII one cannot be inside a sequence: the sequence was cut off.
      reset()
      out.append(.unknown)
      ground(byte, into: &out)
    }
  }

  private mutating func interpret(body: [UInt8], final: UInt8, into out: inout [DecodedInput]) {
    let text = String(decoding: body, as: UTF8.self)
    let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    switch final {
    case UInt8(ascii: "A"), UInt8(ascii: "B"), UInt8(ascii: "C"), UInt8(ascii: "D"),
      UInt8(ascii: "H"), UInt8(ascii: "F"):
      // Plain or with modifiers (ESC [1;5A is Ctrl-Up): the key either way.
      guard body.isEmpty || (numbers.count == 2 && numbers[0] == 1 && numbers[1] != nil) else {
        out.append(.unknown)
        return
      }
      let keys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
        UInt8(ascii: "D"): .left, UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
      ]
      out.append(.event(.key(keys[final]!)))
    case UInt8(ascii: "Z") where body.isEmpty:
      out.append(.event(.key(.backTab)))
    case UInt8(ascii: "~"):
      switch numbers.first ?? nil {
      case 1, 7: out.append(.event(.key(.home)))
      case 4, 8: out.append(.event(.key(.end)))
      case 5: out.append(.event(.key(.pageUp)))
      case 6: out.append(.event(.key(.pageDown)))
      case 200 where numbers.count == 1:
        mode = .paste
        pasteMatch = 0
      default: out.append(.unknown)
      }
    case UInt8(ascii: "M"), UInt8(ascii: "m"):
      // SGR mouse: ESC [ < button ; x ; y M (press) or m (release), 1-based.
      guard body.first == UInt8(ascii: "<") else {
        out.append(.unknown)
        return
      }
      let fields = String(decoding: body.dropFirst(), as: UTF8.self)
        .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
      guard fields.count == 3, let button = fields[0], let x = fields[1], let y = fields[2] else {
        out.append(.unknown)
        return
      }
      if let input = Self.mouse(
        button: button, x: x - 1, y: y - 1, pressed: final == UInt8(ascii: "M"))
      {
        out.append(input)
      }
    case UInt8(ascii: "I"),
      UInt8(ascii: "O") where body.isEmpty:
      // Focus in and out: the terminal's business, not the user's key, so not even "unknown key".
      break
    default:
      out.append(.unknown)
    }
  }

  /// A mouse report's meaning: a left press is a click, buttons 4 and 5 turn the wheel;
  /// releases, drags and other buttons mean nothing and are dropped silently (nil).
  private static func mouse(button: Int, x: Int, y: Int, pressed: Bool) -> DecodedInput? {
    // Bits 2-4 are Shift, Meta and Ctrl; bit 5 is motion while a button is held.
    guard button >= 0, pressed, button & 32 == 0 else { return nil }
    switch button & ~0b11100 {
    case 0: return x >= 0 && y >= 0 ? .event(.click(x: x, y: y)) : nil
    case 64: return .event(.wheel(up: true))
    case 65: return .event(.wheel(up: false))
    default: return nil
    }
  }
}
