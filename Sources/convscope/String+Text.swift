extension String {
  /// Every occurrence of `target` replaced, matched scalar by scalar.
  ///
  /// The standard library's `replacing` matches whole characters, so a typed value that
  /// starts with a combining mark would not match after the quote it joins; matching
  /// Unicode scalars finds it, as Foundation's `replacingOccurrences` did.
  func replacingScalars(_ target: String, with replacement: String) -> String {
    let pattern = Array(target.unicodeScalars)
    guard !pattern.isEmpty else { return self }
    let scalars = Array(unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if index + pattern.count <= scalars.count
        && scalars[index..<(index + pattern.count)].elementsEqual(pattern)
      {
        result.append(contentsOf: replacement.unicodeScalars)
        index += pattern.count
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }

  /// The text cut or filled with spaces to exactly `width` characters.
  func padded(to width: Int) -> String {
    count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
  }

  /// The text without leading and trailing whitespace.
  var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
