import Testing

@testable import ConvMessages

/// `--lang` values and the locale variables map to a language as POSIX orders them.
@Suite struct LanguageChoiceTests {
  @Test("--lang takes en and zh, and locale names built on them")
  func named() {
    #expect(Language(named: "en") == .english)
    #expect(Language(named: "zh") == .chinese)
    #expect(Language(named: "ZH") == .chinese)
    #expect(Language(named: "zh_CN.UTF-8") == .chinese)
    #expect(Language(named: "zh-Hant") == .chinese)
    #expect(Language(named: "en_GB") == .english)
    for bad in ["", "fr", "zhx", "english", "chinese", "C", "e", "_zh"] {
      #expect(Language(named: bad) == nil, "\(bad)")
    }
  }

  @Test("LC_ALL, else LC_MESSAGES, else LANG decides; zh… is Chinese")
  func locale() {
    #expect(Language.fromLocale(all: nil, messages: nil, lang: nil) == .english)
    #expect(Language.fromLocale(all: nil, messages: nil, lang: "zh_CN.UTF-8") == .chinese)
    #expect(Language.fromLocale(all: nil, messages: nil, lang: "C.UTF-8") == .english)
    #expect(Language.fromLocale(all: nil, messages: "zh_TW", lang: "en_US.UTF-8") == .chinese)
    #expect(Language.fromLocale(all: nil, messages: "en_US", lang: "zh_CN.UTF-8") == .english)
    #expect(Language.fromLocale(all: "C", messages: "zh_CN", lang: "zh_CN") == .english)
    #expect(Language.fromLocale(all: "zh_SG.UTF-8", messages: "C", lang: "C") == .chinese)
    // An empty variable counts as unset, as POSIX says.
    #expect(Language.fromLocale(all: "", messages: "", lang: "zh_HK") == .chinese)
    #expect(Language.fromLocale(all: "", messages: "", lang: "") == .english)
    #expect(Language.fromLocale(all: "POSIX", messages: nil, lang: nil) == .english)
  }

  @Test("the values a bad --lang is told about")
  func values() {
    #expect(Language.optionValues == ["en", "zh"])
    #expect(
      Message.command(.unknownLanguage(text: "fr", languages: Language.optionValues)).text()
        == "The language 'fr' is not known; use en or zh.")
  }
}

/// File sizes: the number worked out once, the unit worded by each catalogue.
@Suite struct ByteSizeTests {
  @Test func sizes() {
    let cases: [(Int, String, String)] = [
      (0, "0 bytes", "0 字节"), (812, "812 bytes", "812 字节"), (1_000, "1 KB", "1 KB"),
      (4_200, "4.2 KB", "4.2 KB"), (127_400_000, "127 MB", "127 MB"),
      (999_999, "1000 KB", "1000 KB"), (3_000_000_000_000_000, "3000 TB", "3000 TB"),
    ]
    for (bytes, english, chinese) in cases {
      let file = Message.explorer(.exported(file: "f.txt", size: ByteSize(bytes: bytes)))
      #expect(file.text(in: .english) == "exported f.txt (\(english))")
      #expect(file.text(in: .chinese) == "已导出 f.txt（\(chinese)）")
    }
  }
}
