import Testing

@testable import ConvScenes

/// Caption wrapping in Chinese: breaks between characters, never before closing punctuation,
/// never inside an ASCII token; English wraps exactly as it did before Chinese came.
@Suite struct CJKWrapTests {
  /// The lines put back together: continuation indents dropped; `spaces` says whether a
  /// break swallowed a space (between words) or nothing (between CJK characters).
  static func rejoin(_ lines: [String], original: String) -> Bool {
    var rest = Substring(original)
    for (index, line) in lines.enumerated() {
      var body = Substring(line)
      if index > 0 {
        #expect(body.hasPrefix("  "), "continuation without indent: \(line)")
        body = body.dropFirst(2)
      }
      guard rest.hasPrefix(body) else { return false }
      rest = rest.dropFirst(body.count)
      if rest.hasPrefix(" ") { rest = rest.dropFirst() }
    }
    return rest.isEmpty
  }

  @Test func chineseBreaksBetweenCharacters() {
    let text = "反池化记住每个最大值的位置（稀疏，大多为 0）；最近邻上采样不记位置，填满每一格。"
    for width in 10...60 {
      let lines = FrameLayout.wrap(text, width: width)
      for line in lines {
        #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
      }
      #expect(Self.rejoin(lines, original: text), "width \(width): \(lines)")
    }
    // 40 columns hold 20 characters: the first line breaks between two characters, not at
    // the only space, which is much further on.
    let lines = FrameLayout.wrap(text, width: 40)
    #expect(lines[0] == "反池化记住每个最大值的位置（稀疏，大多为")
    #expect(lines.count == 3)
  }

  @Test func neverBeforeClosingPunctuation() {
    let text = "输出格影响它，所以输入的第 5 行与第 5 列从未被用到。没有核元素读到它；没有输出依赖它。"
    for width in 9...50 {
      for line in FrameLayout.wrap(text, width: width).dropFirst() {
        let first = line.dropFirst(2).first
        #expect(first.map { !LineBreaks.closing.contains($0) } ?? true, "width \(width): \(line)")
      }
      for line in FrameLayout.wrap(text, width: width) {
        #expect(
          line.last.map { !LineBreaks.opening.contains($0) } ?? true, "width \(width): \(line)")
      }
    }
  }

  @Test func asciiTokensStayWhole() {
    let text = "卷积核k=3在5×5的输入上滑动，x[1,2]=7影响y[0,0]和y[0,1]，output_padding不变。"
    let tokens = ["k=3", "5×5", "x[1,2]=7", "y[0,0]", "y[0,1]", "output_padding"]
    for width in 16...50 {
      let lines = FrameLayout.wrap(text, width: width)
      #expect(Self.rejoin(lines, original: text), "width \(width): \(lines)")
      let joined = lines.map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : $0 }
      for token in tokens {
        #expect(joined.contains { $0.contains(token) }, "width \(width) cut \(token): \(lines)")
      }
      for line in lines { #expect(DisplayWidth.of(line) <= width) }
    }
  }

  @Test func pieces() {
    #expect(
      LineBreaks.pieces(of: "卷积核k=3，步长").map(String.init) == ["卷", "积", "核", "k=3，", "步", "长"])
    #expect(LineBreaks.pieces(of: "（稀疏）").map(String.init) == ["（稀", "疏）"])
    #expect(LineBreaks.pieces(of: "output_padding").map(String.init) == ["output_padding"])
    #expect(LineBreaks.pieces(of: "⌊(5+2·1)/2⌋").count == 1)
  }

  /// A run of CJK longer than a line and a narrow width: lines never pass the width, and
  /// no two-column character is split across lines.
  @Test func neverWiderNeverHalved() {
    let text = String(repeating: "转置卷积", count: 30) + " k=3 " + String(repeating: "池", count: 41)
    for width in 9...30 {
      let lines = FrameLayout.wrap(text, width: width)
      for line in lines {
        #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
        #expect(!line.contains("\u{FFFD}"))
      }
      #expect(Self.rejoin(lines, original: text), "width \(width)")
    }
  }

  /// The wrapping as it was before Chinese: at spaces only, long words cut anywhere.
  static func englishWrap(_ text: String, width: Int) -> [String] {
    guard DisplayWidth.of(text) > width, width > 8 else { return [text] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      var word = String(word)
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = "  "
        lineWidth = 2
      } else if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      while lineWidth + wordWidth > width {
        var head = ""
        var headWidth = 0
        for character in word {
          let w = DisplayWidth.of(character)
          if lineWidth + headWidth + w > width { break }
          head.append(character)
          headWidth += w
        }
        if head.isEmpty { break }
        lines.append(line + head)
        line = "  "
        lineWidth = 2
        word.removeFirst(head.count)
        wordWidth -= headWidth
      }
      line += word
      lineWidth += wordWidth
    }
    lines.append(line)
    return lines
  }

  @Test func englishWrapsAsBefore() {
    var generator = SeededGenerator(seed: 14)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz=[],.;:()×−⌊⌋·′0123456789")
    for _ in 0..<2000 {
      let words = (0..<Int.random(in: 1...25, using: &generator)).map { _ in
        String(
          (0..<Int.random(in: 0...18, using: &generator)).map { _ in
            alphabet.randomElement(using: &generator)!
          })
      }
      let text = words.joined(separator: " ")
      let width = Int.random(in: 1...70, using: &generator)
      #expect(
        FrameLayout.wrap(text, width: width) == Self.englishWrap(text, width: width),
        "width \(width): \(text)")
    }
  }
}
