extension EnglishCatalogue {
  /// Where and why a text is not valid JSON: `expected ',' or ']' but the line ended at column 5`.
  func json(_ problem: JSONProblem, column: Int) -> String {
    "\(json(problem)) at column \(column)"
  }

  private func json(_ problem: JSONProblem) -> String {
    switch problem {
    case .expected(let expectation, .end):
      return "expected \(name(expectation)) but the line ended"
    case .expected(let expectation, let found):
      return "expected \(name(expectation)) but found \(name(found))"
    case .unexpectedAfterValue(let found): return "unexpected \(name(found)) after the JSON value"
    case .tooManyValues(let limit): return "more than \(limit) values in one line"
    case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
    case .leadingZero: return "a number must not have a leading zero"
    case .numberTooLong(let limit): return "a number longer than \(limit) characters"
    case .unreadableNumber: return "an unreadable number"
    case .numberTooLarge: return "a number too large for a 64-bit float"
    case .controlCharacterInString: return "a control character inside a string"
    case .unterminatedString: return "a string that never ends"
    case .loneSurrogate: return "a lone surrogate in a \\u escape"
    case .invalidUnicodeEscape: return "an invalid \\u escape"
    case .shortUnicodeEscape: return "a \\u escape needs four hex digits"
    case .unknownEscape(let character): return "an unknown escape '\\\(character)'"
    case .invalidUTF8: return "invalid UTF-8"
    }
  }

  private func name(_ expectation: JSONExpectation) -> String {
    switch expectation {
    case .value: return "a value"
    case .fieldName: return "a field name in double quotes"
    case .colon: return "':'"
    case .commaOrBracket: return "',' or ']'"
    case .commaOrBrace: return "',' or '}'"
    case .digit: return "a digit"
    case .digitAfterPoint: return "a digit after the decimal point"
    case .digitInExponent: return "a digit in the exponent"
    }
  }

  private func name(_ found: JSONFound) -> String {
    switch found {
    case .end: return "end of line"
    case .character(let character): return "character '\(character)'"
    case .space: return "space"
    case .byte(let byte): return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
  }
}
