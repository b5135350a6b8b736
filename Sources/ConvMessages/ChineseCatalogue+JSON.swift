extension ChineseCatalogue {
  /// Where and why a text is not valid JSON: `第 5 列应为 ',' 或 ']'，但这一行已经结束`.
  func json(_ problem: JSONProblem, column: Int) -> String {
    "第 \(column) 列\(json(problem))"
  }

  private func json(_ problem: JSONProblem) -> String {
    switch problem {
    case .expected(let expectation, .end): return "应为\(name(expectation))，但这一行已经结束"
    case .expected(let expectation, let found):
      return "应为\(name(expectation))，却遇到\(name(found))"
    case .unexpectedAfterValue(let found): return "在 JSON 值之后多出了\(name(found))"
    case .tooManyValues(let limit): return "一行中的值超过了 \(limit) 个"
    case .tooDeep(let limit): return "嵌套超过了 \(limit) 层"
    case .leadingZero: return "数字不能以多余的 0 开头"
    case .numberTooLong(let limit): return "数字超过了 \(limit) 个字符"
    case .unreadableNumber: return "有一个无法读取的数字"
    case .numberTooLarge: return "数字太大，64 位浮点数容纳不下"
    case .controlCharacterInString: return "字符串里有控制字符"
    case .unterminatedString: return "字符串没有结束"
    case .loneSurrogate: return "\\u 转义里有落单的代理项"
    case .invalidUnicodeEscape: return "\\u 转义无效"
    case .shortUnicodeEscape: return "\\u 转义需要四个十六进制数字"
    case .unknownEscape(let character): return "有未知的转义 '\\\(character)'"
    case .invalidUTF8: return "有无效的 UTF-8 字节"
    }
  }

  private func name(_ expectation: JSONExpectation) -> String {
    switch expectation {
    case .value: return "一个值"
    case .fieldName: return "用双引号括起的字段名"
    case .colon: return " ':'"
    case .commaOrBracket: return " ',' 或 ']'"
    case .commaOrBrace: return " ',' 或 '}'"
    case .digit: return "一个数字"
    case .digitAfterPoint: return "小数点后的数字"
    case .digitInExponent: return "指数中的数字"
    }
  }

  private func name(_ found: JSONFound) -> String {
    switch found {
    case .end: return "行尾"
    case .character(let character): return "字符 '\(character)'"
    case .space: return "空格"
    case .byte(let byte): return "字节 0x\(String(byte, radix: 16, uppercase: true))"
    }
  }
}
