/// Where a line may break inside a run of text without spaces: Chinese has none, so
/// ``FrameLayout/wrap(_:width:)`` needs places other than spaces to break a caption.
///
/// A break is allowed between two characters when either is wide (a CJK character or
/// CJK punctuation), except before closing punctuation (`，。；：、）」`…) and after opening
/// punctuation (`（「`…). Between two narrow characters there is never a break, so an ASCII
/// token such as `k=3`, `5×5` or `x[1,2]` stays whole:
///
///     LineBreaks.pieces(of: "卷积核k=3，步长")  // ["卷", "积", "核", "k=3，", "步", "长"]
enum LineBreaks {
  /// `word` (text without spaces) cut at every break opportunity; joined, the pieces are `word`.
  static func pieces(of word: Substring) -> [Substring] {
    // English words have no wide character: one piece, found without walking characters twice.
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return [word] }
    var pieces: [Substring] = []
    var start = word.startIndex
    var previous: Character?
    for index in word.indices {
      let character = word[index]
      if let previous, allowsBreak(between: previous, and: character) {
        pieces.append(word[start..<index])
        start = index
      }
      previous = character
    }
    pieces.append(word[start...])
    return pieces
  }

  /// Whether a line may end after `before` and go on with `after`.
  static func allowsBreak(between before: Character, and after: Character) -> Bool {
    if closing.contains(after) || opening.contains(before) { return false }
    return DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2
  }

  /// Punctuation that never starts a line: CJK and ASCII closing marks and pauses.
  static let closing: Set<Character> = [
    "，", "。", "；", "：", "、", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "”", "’",
    "…", ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
  ]

  /// Punctuation that never ends a line: opening brackets and quotes.
  static let opening: Set<Character> = ["（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "(", "[", "{"]
}
