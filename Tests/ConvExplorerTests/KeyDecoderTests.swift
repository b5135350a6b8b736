import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// The terminal's bytes, decoded: no sequence, whole or cut short, may quit the explorer.
@Suite("Key decoder")
struct KeyDecoderTests {
  static func decode(_ text: String, timeOut: Bool = true) -> [DecodedInput] {
    var decoder = KeyDecoder()
    var out = decoder.feed(Array(text.utf8))
    if timeOut { out += decoder.timeOut() }
    return out
  }

  static func key(_ key: Key) -> DecodedInput { .event(.key(key)) }

  @Test("plain keys, arrows in both cursor modes, Home/End/PgUp/PgDn, Shift-Tab")
  func knownKeys() {
    #expect(
      Self.decode("Sq ") == [
        Self.key(.character("S")), Self.key(.character("q")), Self.key(.character(" ")),
      ])
    #expect(
      Self.decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [
        Self.key(.up), Self.key(.down), Self.key(.right), Self.key(.left),
      ])
    #expect(
      Self.decode("\u{1B}OA\u{1B}OD\u{1B}OH\u{1B}OF") == [
        Self.key(.up), Self.key(.left), Self.key(.home), Self.key(.end),
      ])
    #expect(
      Self.decode("\u{1B}[1~\u{1B}[4~\u{1B}[5~\u{1B}[6~\u{1B}[H\u{1B}[F") == [
        Self.key(.home), Self.key(.end), Self.key(.pageUp), Self.key(.pageDown), Self.key(.home),
        Self.key(.end),
      ])
    #expect(Self.decode("\u{1B}[Z\t\r") == [Self.key(.backTab), Self.key(.tab), Self.key(.enter)])
    #expect(Self.decode("\u{1B}[1;5A") == [Self.key(.up)])
    #expect(Self.decode("é中") == [Self.key(.character("é")), Self.key(.character("中"))])
  }

  @Test("a lone Esc is a key only after the escape delay; Esc Esc is one Esc")
  func loneEscape() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1B]).isEmpty)
    #expect(decoder.isPending)
    #expect(decoder.timeOut() == [Self.key(.escape)])
    #expect(!decoder.isPending)
    #expect(Self.decode("\u{1B}\u{1B}") == [Self.key(.escape)])
  }

  @Test(
    "the issue's sequences never give Esc: focus, paste, unknown CSI, SGR and X10 mouse, F2",
    arguments: [
      "\u{1B}[I", "\u{1B}[O", "\u{1B}[200~q\u{1B}\u{1B}[201~", "\u{1B}[99~", "\u{1B}[<0;5;5M",
      "\u{1B}[M >;", "\u{1B}OQ", "\u{1B}[12~", "\u{1B}q", "\u{1B}[", "\u{1B}[1;", "\u{1B}O",
      "\u{1B}[200~qqq", "\u{1B}[<0;5", "\u{1B}[M ",
      "\u{1B}[" + String(repeating: "9", count: 500) + "~",
    ])
  func neverEscape(_ sequence: String) {
    for timeOut in [true, false] {
      let decoded = Self.decode(sequence, timeOut: timeOut)
      #expect(!decoded.contains(Self.key(.escape)), "\(decoded)")
      #expect(!decoded.contains(Self.key(.character("q"))), "\(decoded)")
    }
  }

  @Test("a cut-off sequence is swallowed and the next key still works")
  func cutOff() {
    #expect(Self.decode("\u{1B}[1;\rS") == [.unknown, Self.key(.enter), Self.key(.character("S"))])
    #expect(Self.decode("\u{1B}[99~S") == [.unknown, Self.key(.character("S"))])
    #expect(Self.decode("\u{1B}[I\u{1B}[OS") == [Self.key(.character("S"))])
    #expect(Self.decode("\u{1B}[200~abc\u{1B}[201~S") == [.paste, Self.key(.character("S"))])
  }

  @Test("mouse: SGR and X10 presses click at 0-based cells; releases are silent; wheel scrolls")
  func mouse() {
    #expect(Self.decode("\u{1B}[<0;5;7M\u{1B}[<0;5;7m") == [.event(.click(x: 4, y: 6))])
    #expect(Self.decode("\u{1B}[M !!\u{1B}[M#!!") == [.event(.click(x: 0, y: 0))])
    #expect(
      Self.decode("\u{1B}[<64;1;1M\u{1B}[<65;1;1M") == [
        .event(.wheel(up: true)), .event(.wheel(up: false)),
      ])
    #expect(Self.decode("\u{1B}[<32;3;3M").isEmpty)
  }

  @Test("100,000 random bytes: no crash, and Esc only where a lone Esc byte timed out")
  func randomBytes() {
    var rng = SplitMix64(seed: 9)
    var decoder = KeyDecoder()
    var escapes = 0
    for _ in 0..<100_000 {
      let byte = UInt8.random(in: 0...255, using: &rng)
      for input in decoder.feed([byte]) where input == Self.key(.escape) { escapes += 1 }
      if Int.random(in: 0..<50, using: &rng) == 0 {
        _ = decoder.timeOut()
      }
    }
    #expect(escapes == 0)
  }
}
