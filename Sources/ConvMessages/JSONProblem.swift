/// Why a text is not JSON that convscope's strict reader accepts, with what its phrase names.
///
/// The reader (ConvJSON's `JSONParser`) refuses what a strict reader must (trailing commas,
/// leading zeros, control characters in strings, invalid UTF-8) and what would be unsafe
/// (deep nesting, too many values, overlong numbers).
public enum JSONProblem: Equatable, Sendable {
  /// Something else belongs where the text went wrong.
  case expected(JSONExpectation, found: JSONFound)
  /// Text follows a complete value.
  case unexpectedAfterValue(found: JSONFound)
  case tooManyValues(limit: Int)
  case tooDeep(limit: Int)
  case leadingZero
  case numberTooLong(limit: Int)
  case unreadableNumber
  /// A number beyond the largest 64-bit float, such as `1e400`.
  case numberTooLarge
  case controlCharacterInString
  case unterminatedString
  /// A `\u` escape of half a surrogate pair without the other half.
  case loneSurrogate
  case invalidUnicodeEscape
  /// A `\u` escape without four hex digits.
  case shortUnicodeEscape
  /// A backslash before a character that JSON does not escape.
  case unknownEscape(Character)
  case invalidUTF8
}

/// What the reader looked for where a text went wrong.
public enum JSONExpectation: Equatable, Sendable {
  case value
  case fieldName
  case colon
  case commaOrBracket
  case commaOrBrace
  case digit
  case digitAfterPoint
  case digitInExponent
}

/// What the reader found instead of what it expected.
public enum JSONFound: Equatable, Sendable {
  /// The text ended.
  case end
  /// A printable ASCII character other than the space.
  case character(Character)
  case space
  /// Any other byte.
  case byte(UInt8)
}
